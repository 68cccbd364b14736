extension ReasonLexicon {
    /// Words that shape how their neighbours are read rather than naming a category themselves: parts and
    /// properties of the goods (a size or damage word after them describes the part), nouns of difference (a degree
    /// word after them measures the difference), and signs the goods were used before the damage. Listed first, so
    /// these roles win over any other list naming the same word.
    static let structure: [LexiconGroup] = [
        LexiconGroup(.part(wears: false), [
            "声音", "音量", "音质", "内存", "屏幕", "屏", "显卡", "电池", "续航", "电量", "信号", "像素", "分辨率", "摄像头",
            "镜头", "画面", "画质", "键盘", "按键", "按钮", "开关", "接口", "充电口", "喇叭", "风扇", "噪音", "噪声", "水压",
            "功率", "系统", "驱动", "软件", "sound", "volume", "speaker", "battery", "battery life", "screen", "display",
            "camera", "keyboard", "button", "buttons", "switch", "port", "charging port", "fan", "motor", "signal",
        ]),
        LexiconGroup(.part(wears: true), [
            "走线", "线头", "缝线", "接缝", "拉链", "扣子", "纽扣", "轮子", "万向轮", "鞋底", "鞋跟", "鞋带", "带子", "肩带",
            "把手", "提手", "手柄", "合页", "stitching", "seam", "seams", "hem", "zip", "zipper", "zips",
            "wheel", "wheels", "sole", "soles", "heel cap", "strap", "straps", "handle", "handles", "buckle", "clasp",
            "hinge", "lining",
        ]),
        LexiconGroup(.gap, ["差距", "差别", "区别", "落差", "出入", "差异", "相差", "反差", "误差", "偏差"]),
        LexiconGroup(.afterUse, [
            "用了", "洗了", "洗一次", "洗过", "洗后", "洗完", "水洗后", "穿了", "穿过", "穿一次", "穿了一次", "使用后", "用完",
            "用过", "没几天", "没多久", "没用几天", "没穿几次", "没用多久", "没两天", "不到一个月", "不到一周", "才用",
            "穿几次", "穿了几次", "穿两次", "穿了两次", "穿几天", "穿了几天", "穿两天", "穿了两天", "穿一天", "穿了一天", "刚穿",
            "洗几次", "洗了几次", "洗两次", "洗了两次", "用几天", "用了几天", "几次后",
            "after one wash", "after a wash", "after washing", "after the first wash", "after wearing",
            "after one wear",
            "after a few wears", "after using", "after use", "after a week", "after a few days", "after a month",
            "after a couple", "washed it", "washed them", "wore it", "wore them", "worn once", "worn twice",
            "first wear", "first wash", "in the wash", "of wearing", "of wear", "hours of wearing", "hours of wear",
            "after an hour", "after a few hours", "after a couple of hours", "after a day", "after one day",
            "within an hour", "within a few hours", "by the end of the day", "throughout the day", "after just",
            "after only", "after about",
            // 用不了 before minutes or hours (用不了半小时, 用不了几分钟: "takes no more than") is the time a task takes,
            // and before 多久 (用不了多久就坏了) a short time of use, as 没用多久 is: no failure in itself. Before days
            // (电池用不了一天) it is the goods that fail to last. The longer word is read, not the term inside it.
        ] + combine(["用不了"], combine(["半", "几", "一", "两", "十", "二十", "三十"], ["分钟", "小时", "个小时", "秒"])
            + ["多久", "多长时间", "一会", "一会儿"])),
    ]
}
