extension ReasonLexicon {
    /// Synonym families built from parts: verbs in all their forms, listing-picture words with the comparison
    /// words that point at them, compounds whose colour character is not a colour (奶粉, 红包), and the ways a
    /// buyer names what they chose and what came.
    static let families: [LexiconGroup] = [
        LexiconGroup(.phrase(.qualityDefect, 3), EnglishInflection.forms([
            "crackle", "buzz", "flicker", "cut out", "drop out", "pop off", "come off", "fall off", "peel", "fray",
            "unravel", "rattle", "squeak", "jam", "stop working", "glitch", "malfunction", "disconnect", "overheat",
            "short out", "come undone", "come apart", "fall apart", "split", "snap", "bobble", "wobble",
            // Listed once in one form (`pilling`, `faded`, `shrank`) among the English defects: every form.
            "pill", "fade", "shrink", "rip", "stain",
            // A fabric's own fault: a smell.
            "stink", "reek",
        ]) + [
            "stank", "stunk", "odor", "odors", "pulled threads", "pulled thread", "pulled a thread", "threads pulled",
            // A pulled loop, only where `snag` is no verb of getting (`if you can snag one on sale`): caught on
            // something, easily, or prone to it, or the loop itself.
            "snags on", "snagged on", "snagging on", "snags easily", "snagged easily", "snag easily", "will snag",
            "tends to snag", "likely to snag", "easy to snag", "prone to snag", "bound to snag", "a snag in",
            "snags in",
        ]),
        // Threads pulled, the threads written between the verb and its particle or after a quantity (`pulled the
        // threads out`, `pulled a few threads`): the fabric's own fault, as `pulled threads` is. The quantities are
        // the few that change what the classifier reads: the first form's 200 words (twelve quantities, both verbs
        // with each) read no pool text differently from these 56 and cost 1.7M instructions more to compile.
        LexiconGroup(.phrase(.qualityDefect, 3),
            combine(
                EnglishInflection.forms(["pull"]),
                combine(["the", "some", "a few", "several", "an entire", "loose"], ["threads", "thread"]))
            + combine(EnglishInflection.forms(["pull out"]), ["the threads", "the thread"])
        ),
        LexiconGroup(.phrase(.damagedInTransit, 3), EnglishInflection.forms([
            "chip", "dent", "crush", "smash", "shatter",
        ]) + ["chip out of", "a chip", "in the parcel", "in the package", "all over the box", "all over the parcel",
               "everywhere in the"]),
        LexiconGroup(.mismatch, combine(["跟", "和", "与", "比", "对比"], [
            "图片", "照片", "主图", "详情页", "详情", "模特图", "视频", "直播", "直播间", "宣传图", "页面", "买家秀", "拍照",
        ]) + combine(["compared to the", "from the", "than the", "vs the", "versus the"], [
            "photo", "photos", "picture", "pictures", "listing", "images", "image", "website", "product photos",
            "product page", "video", "ad",
        ]) + ["in person", "in real life", "irl", "实物", "拍照"]),
        LexiconGroup(.phrase(.colourMismatch, 3), [
            "暗沉", "发暗", "色调", "色系", "显白", "颜色更深", "颜色更浅", "更深", "更浅", "更暗", "更亮", "深了", "浅了",
            "shade of", "wrong shade", "different shade", "tone", "hue", "more blue", "more green", "more red",
            "more pink", "more yellow", "more grey", "more brown", "more purple", "more orange", "basically",
        ]),
        // A colour the listing left to chance (如图色, 随机色): what came cannot be a packing error, the listing is
        // the cause, so it outweighs an ordered / received pair.
        LexiconGroup(.phrase(.colourMismatch, 5), [
            "如图色", "如图颜色", "图片色", "图片颜色", "随机色", "随机颜色", "颜色随机", "random colour", "colour as pictured",
            "as pictured colour", "assorted colours",
        ]),
        // Compounds whose colour character names no colour, so `粉` in 奶粉 or `红` in 红包 is not a colour signal.
        LexiconGroup(.neutral, [
            "奶粉", "面粉", "粉末", "粉丝", "米粉", "藕粉", "红包", "网红", "红酒", "红烧", "红枣", "白糖", "白酒", "白开水", "黄油",
            "黄金", "紫外线", "绿茶", "黑胡椒", "蓝莓", "白菜", "白条",
        ]),
        // Compounds whose 码 names no size (数码 digital, 号码 number, 密码 password), so it is no size signal.
        LexiconGroup(.neutral, [
            "数码", "号码", "密码", "条码", "条形码", "二维码", "代码", "页码", "编码", "验证码", "起码", "价码", "砝码",
        ]),
        LexiconGroup(.ordered, [
            "明明选的", "明明拍的", "明明买的", "我选的", "选的", "下单选的", "我点的", "备注的", "i chose", "i selected", "selected",
            "chose", "i picked", "i asked for", "asked for",
        ]),
        LexiconGroup(.received, [
            "给我发了", "给我发的", "发了个", "发了", "寄来", "寄来的", "寄了", "送来", "送来的", "contained", "package contained",
            "box contained", "in the box was", "came as", "turned up as", "showed up as",
        ]),
        LexiconGroup(.phrase(.wrongOrMissingItem, 3.5), [
            "two left", "two right", "both left", "both right", "same foot", "两只左脚", "两只右脚", "都是左脚", "都是右脚", "一只大一只小",
            "没给", "漏了", "没寄", "没有送",
        ] + combine(["给我", "给", "帮我", "卖家", "商家", "店家", "又"], ["发错了", "发错", "寄错了", "寄错"])),
        LexiconGroup(.phrase(.changedMind, 3), combine(
            combine(["显", "显得", "看着", "穿着", "穿上"], ["", "特别", "很", "有点", "非常", "更", "太"]),
            ["胖", "壮", "黑", "老", "矮", "土", "老气", "臃肿"]
        ) + combine(["go with", "went with", "going with", "opted for", "chose", "bought"], [
            "a different", "another", "a similar", "something else",
        ]) + [
            "已经有一", "家里有", "家里已经有", "又买了", "降了", "便宜了", "又降", "价格变", "in store", "in a shop",
            "elsewhere", "不合适我", "风格不搭",
        ]),
        LexiconGroup(.phrase(.deliveryProblem, 3.5), combine(
            ["never", "didn't", "did not", "no one", "nobody"], ["attempted", "attempt", "tried to deliver", "knocked",
                                                                "rang", "came to the door"])
            + combine(["sat", "sitting", "stuck", "held", "waiting", "stayed"], [
                "at the depot", "in the depot", "at the warehouse", "in the warehouse", "at customs", "at the hub",
                "at the sorting", "at the post office",
            ])
            + ["left a card", "missed delivery", "failed delivery", "delivery attempt", "没出库", "不出库", "还没出库",
               "在仓库", "还在仓库", "没揽收", "未揽收", "一个礼拜没动", "一周没动"]),
        LexiconGroup(.phrase(.sizeFit, 3), EnglishInflection.forms([
            "crush my toes", "pinch my toes", "squash my toes", "squeeze my toes", "rub my heel", "rub my heels",
            "dig into", "cut into",
        ])),
        LexiconGroup(.subject(.deliveryProblem, 1), ["depot", "warehouse", "hub", "仓库", "中转", "出库", "驿站"]),
        LexiconGroup(.phrase(.qualityDefect, 3), [
            "反应都没有", "没有反应", "毫无反应", "一点反应", "不反应", "受潮", "软了", "怪味", "有股味", "一股味",
        ]),
        LexiconGroup(.subject(.qualityDefect, 1), ["电源", "插上", "反应"]),
    ]
}
