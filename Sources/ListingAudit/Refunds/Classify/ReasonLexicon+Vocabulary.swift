extension ReasonLexicon {
    /// Product-family vocabulary in both languages: how buyers say shoes pinch, electronics fail, food has gone
    /// off, parts or gifts are missing, parcels are late, and how they own a mistake or a preference.
    static let vocabulary: [LexiconGroup] = [
        // Shoes and fit.
        LexiconGroup(.phrase(.sizeFit, 3), [
            "顶脚", "压脚", "勒脚", "卡脚", "累脚", "偏窄", "鞋楦", "脚背高", "脚宽", "宽脚", "掉跟", "不跟脚", "跟脚", "磨后跟",
            "rubs", "rubbed", "rub my", "blisters", "blister", "crushes my toes", "toe box", "heel slips",
            "slips off my heel", "narrow fit", "wide fit", "half size", "half a size",
        ]),
        LexiconGroup(.subject(.sizeFit, 1), ["码子", "号码", "脚长", "脚掌", "instep", "toes", "heel", "bust",
                                            "hip", "thigh", "thighs", "arms", "rise", "torso"]),
        // Sizes true to the chart (`true to size`, 尺码标准) are in `ReasonLexicon.accuracy`.
        // Electronics that fail.
        LexiconGroup(.phrase(.qualityDefect, 3), [
            "连不上", "连接不上", "连不了", "配对不上", "配对不了", "无法连接", "连接失败", "开不了机", "开不开机", "不开机", "无法开机",
            "充不了电", "充不上电", "充不进", "不能充电", "无法充电", "没声音", "没有声音", "杂音", "电流声", "黑屏", "花屏", "卡死", "自动关机",
            "不显示", "不灵", "按键失灵", "不出水", "不制冷", "不加热", "识别不了", "读不出", "鼓包", "漏电", "短路", "烧了", "冒烟", "坏点",
            "漏光", "断连", "掉线", "没信号",
            "won't pair", "can't pair", "cannot pair", "doesn't pair", "won't connect", "can't connect",
            "cannot connect", "doesn't connect", "does not connect", "keeps disconnecting", "disconnects",
            "won't power on", "won't switch on", "doesn't switch on", "no sound", "no power", "not charging",
            "doesn't charge", "does not charge", "won't hold a charge", "doesn't hold a charge", "drains",
            "overheats", "overheating", "gets hot", "dead pixel", "dead pixels", "black screen", "buzzing",
            "crackling", "unresponsive", "not responding", "glitchy", "freezes", "crashes", "short circuit",
            "sparked", "burnt out", "burned out", "doa", "peeling off", "peels off", "peeled off", "coming off",
            "came off", "flaking", "flaked", "cracking", "wore through", "worn through",
        ]),
        LexiconGroup(.subject(.qualityDefect, 1), ["蓝牙", "开关", "按键", "bluetooth", "battery", "motor"]),
        // Food and consumables that went off.
        LexiconGroup(.phrase(.qualityDefect, 3), [
            "过期", "临期", "快过期", "变质", "胀袋", "胀气", "涨袋", "鼓袋", "长毛", "馊", "发酸", "酸臭", "有虫", "虫子", "生虫", "异物",
            "头发丝", "哈喇味", "油哈味", "不新鲜", "结块", "化了",
            "expired", "out of date", "past the date", "past its date", "best before", "past their best",
            "past its best", "use by", "sell by", "gone off", "went off", "rancid", "stale", "spoiled", "spoilt",
            "rotten", "bugs", "weevils", "insects", "bloated", "swollen", "tastes off", "tasted off", "smelled off",
            "smells off", "tastes funny",
        ]),
        LexiconGroup(.subject(.qualityDefect, 1), ["保质期", "生产日期", "味道", "口感", "taste", "tastes", "flavour"]),
        // Parts and gifts that did not come.
        LexiconGroup(.phrase(.wrongOrMissingItem, 3.5), [
            "没收到赠品", "赠品没收到", "没有赠品", "赠品没有", "没送赠品", "赠品没送", "少了赠品", "赠品呢", "少给", "少送", "少寄", "数量不对",
            "数量不够",
            "wasn't in the box", "was not in the box", "not in the box", "left out", "didn't include",
            "did not include", "didn't come with", "did not come with", "doesn't come with", "never came with",
            "came without", "missing from", "short shipped", "only received one", "only got one", "one was missing",
            "only one in the", "free gift",
        ]),
        LexiconGroup(.subject(.wrongOrMissingItem, 1), [
            "说明书", "充电线", "数据线", "充电器", "遥控器", "螺丝", "零件", "盖子", "gift", "cable", "instructions",
            "manual", "remote", "screws", "lid", "batteries",
        ]),
        // Delivery.
        LexiconGroup(.phrase(.deliveryProblem, 3.5), [
            "lost in the post", "lost in post", "still not here", "not here yet", "where is my", "where's my",
            "delivered to the wrong", "wrong house", "stolen", "never got it", "派送失败", "没人派送", "别人签收", "被签收",
            "代签收", "物流停", "物流卡",
        ]),
        // The parcel on its way, and the packaging that carried it.
        LexiconGroup(.transit, [
            "in transit", "in shipping", "in delivery", "during delivery", "during shipping", "during transit",
            "in the mail", "on the way", "en route", "运输中", "在运输", "运输途中", "运输过程中", "运送途中", "配送途中", "派送中", "在途",
            "途中", "路上",
        ]),
        LexiconGroup(.subject(.damagedInTransit, 1), [
            "carton", "outer carton", "outer box", "shipping box", "mailer", "mailer bag", "padded envelope",
            "shipping bag", "外盒", "快递袋", "包裹袋", "泡沫箱",
        ]),
        // Buyer's own reasons and preference.
        LexiconGroup(.phrase(.changedMind, 3), [
            "我的问题", "自己原因", "个人原因", "自身原因", "自己的原因", "后悔", "反悔", "不适合我", "不适合自己", "显胖", "不显瘦", "显黑",
            "效果一般", "没有想象中好看", "没想象中好看", "不如想象", "冲动",
            "not keen", "not a fan", "not what i wanted", "doesn't suit me", "didn't suit", "not flattering",
            "unflattering", "second thoughts", "no longer required", "don't love", "didn't love",
        ]),
    ]
}
