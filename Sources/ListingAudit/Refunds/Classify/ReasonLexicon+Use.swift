extension ReasonLexicon {
    /// How goods fail in use and how buyers lose interest: an operating verb with an inability ending (调不了,
    /// 打不开, 转不动), degree words for poor performance that judge the part before them (像素太低, 反应很慢),
    /// nouns that give quality as the reason (质量原因, `quality issues`), and interest the buyer does not have
    /// (没兴趣, `not interested`) or a better price the buyer hopes for (更好的价格, `a lower price`), a change of
    /// mind; and a failure that persists after the seller's advice (还是不行, `still doesn't work`).
    static let use: [LexiconGroup] = [
        LexiconGroup(.phrase(.qualityDefect, 3), combine(
            ["调", "开", "关", "充", "连", "打", "转", "启动", "开机", "充电", "连接", "识别", "读", "插", "按"],
            ["不了", "不上", "不开", "不动", "不进", "不出"])),
        LexiconGroup(.problem, combine(["太", "很", "偏", "过", "好", "超", "特别", "非常", "有点"], ["低", "慢"])),
        LexiconGroup(.phrase(.qualityDefect, 3), combine(["质量", "品质", "做工"], ["原因", "方面", "问题"]) + [
            "quality issue", "quality issues", "quality problem", "quality problems", "quality reasons",
        ]),
        LexiconGroup(.phrase(.changedMind, 3), combine(
            ["没有", "没", "不感", "失去", "失去了", "没什么", "不太感"], ["兴趣"]
        ) + ["not interested", "lost interest", "no longer interested", "isn't interested", "wasn't interested"]),
        LexiconGroup(.phrase(.changedMind, 3), combine(
            ["更好的", "更低的", "更便宜的", "更优惠的"], ["价格", "价钱", "价"]
        ) + combine(["怕", "担心", "会"], ["降价", "便宜"]) + combine(
            ["better", "lower", "cheaper"], ["price", "prices", "deal"]
        )),
        LexiconGroup(.phrase(.qualityDefect, 3), combine(
            ["还是", "仍然", "依然", "照样", "依旧", "还"], ["不行", "不能用", "没用", "不好使", "没反应", "不亮", "不工作"]
        ) + combine(["still"], ["doesn't work", "not working", "won't work", "isn't working", "won't turn on"])),
    ]
}
