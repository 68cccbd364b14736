extension ReasonLexicon {
    /// Families for how buyers describe goods and their own circumstances beyond the listing: perishables gone off
    /// or tasting wrong, goods that were not new, accessories or gifts left out, a service refusing a return, the
    /// buyer's budget, schedule or multiple orders (a change of mind), deliveries that came only later than
    /// promised or not yet, how a garment sits when it does not fit, see-through fabric, and goods that are simply
    /// not for the buyer.
    static let circumstances: [LexiconGroup] = [
        LexiconGroup(.phrase(.qualityDefect, 3), [
            "烂的", "烂掉", "腐烂", "烂果", "坏果", "烂出", "难吃", "不好吃", "不甜", "不脆", "发涩", "苦涩", "没熟", "不熟",
            "口感差", "口感不好", "味道差", "味道不好", "难喝", "不好喝", "rotten", "mouldy", "tastes bad", "bad taste",
            "tasteless", "not fresh", "unripe", "overripe", "bruised", "不新鲜",
        ]),
        // "Not just one or two": a count, not a difference (不是一个 alone is a mismatch word).
        LexiconGroup(.neutral, ["不是一个两个", "不是一两个", "不止一个", "不止一两个", "不只一个"]),
        LexiconGroup(.phrase(.wrongOrMissingItem, 3.5), [
            "不是新的", "不是新品", "不是全新", "二手", "翻新机", "翻新", "被拆开过", "拆开过", "被拆过", "拆封过", "被用过",
            "有使用痕迹", "not new", "used item", "previously opened", "been opened", "refurbished", "second hand",
            "second-hand", "someone else's return",
        ] + combine(["都", "啥都", "啥子都", "什么都"], ["没送", "不送", "没给", "不给"]) + ["没送", "没配"]),
        LexiconGroup(.subject(.wrongOrMissingItem, 1), [
            "耳机", "耳塞", "充电头", "保修卡", "光盘", "电源线", "适配器", "earphones", "headphones", "charger", "plug",
        ]),
        LexiconGroup(.phrase(.other, 2), combine(["不给", "不让", "不同意"], ["退", "退款", "退货", "换", "换货", "处理"])),
        LexiconGroup(.phrase(.changedMind, 3), combine(
            ["ordered", "bought", "got", "purchased"], ["multiple", "several", "two sizes", "both sizes", "two colours",
                                                         "two colors", "a few sizes", "extra"]
        ) + combine(["买了", "拍了", "下了"], ["两个码", "几个码", "两个颜色", "几个颜色", "两件", "多件"]) + [
            "can't afford", "cannot afford", "couldn't afford", "over budget", "out of my budget", "budget",
            "scheduling conflict", "schedule conflict", "event was cancelled", "trip was cancelled", "trip cancelled",
            "no longer going", "no longer need", "kept the other", "keeping the other", "预算", "买不起", "超预算",
            "时间冲突", "活动取消", "用不到了", "留了一个", "留一个",
        ]),
        LexiconGroup(.phrase(.deliveryProblem, 3), combine(
            ["才", "才刚"], ["到", "送到", "送达", "收到", "发货", "发出"]
        ) + combine(["还没有", "一直没有", "都没有", "到现在都没"], ["到", "送到", "发货", "收到", "到货"]) + [
            "次日才到", "隔天才到", "晚到", "迟到", "送晚了", "到晚了", "came late", "arrived late",
        ]),
        // How a garment sits when it does not fit, and the alterations it needs.
        LexiconGroup(.phrase(.sizeFit, 3), EnglishInflection.forms([
            "sag", "gape", "bunch up", "ride up", "hang off", "swim on", "alter", "take in", "take up",
        ]) + ["tailor", "tailored", "alterations", "taken out", "had to hem", "needs hemming", "改短", "改小", "改裤脚"]),
        // See-through fabric.
        LexiconGroup(.phrase(.qualityDefect, 3), [
            "see through", "see-through", "seethrough", "太透", "透肉",
        ]),
        // Not for the buyer: a preference, not a fault.
        LexiconGroup(.phrase(.changedMind, 3), combine(
            ["isn't", "wasn't", "is not", "was not", "just not", "not"], [" for me", " my style", " my thing"]
        )),
        LexiconGroup(.positive, combine(
            ["fits", "fit", "fitted", "fits me", "fit me", "fits her", "fitted me"],
            ["perfectly", "perfect", "great", "well", "beautifully", "nicely", "just right", "like a glove",
             "like a dream", "like a charm"]
        ) + ["no complaints", "wouldn't change", "love it", "loved it", "love this", "loved this"]),
    ]
}
