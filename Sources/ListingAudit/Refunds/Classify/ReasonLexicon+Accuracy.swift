extension ReasonLexicon {
    /// Words saying the goods are as the listing showed or described them: true to the picture, the description or
    /// life (逼真, 和图片一样, 与描述相符, `as pictured`, `true to the photos`, `accurate`), and sizes true to the size
    /// chart (`true to size`, 尺码标准). Not negated they describe, like a word of praise: they clear the topics of
    /// their clause, and the topic right before them is what they describe, whatever else the clause says
    /// (`the colour is true to the photos`, 色彩逼真). Negated they complain: a general one is a difference from the
    /// listing (`it isn't as described`, 颜色不逼真), a size one a size complaint (`not true to size`).
    /// `as advertised` is left to the claim words (`not cotton as advertised`), where it names what was claimed.
    /// A difference said to be small (差距不大, 区别不是很大, 相差不多) says the goods are close to what they are compared
    /// with, so it is a word of accuracy, not a difference noun with a degree word (反差, a screen's contrast, is
    /// left out: 反差不大 is a weak screen).
    static let accuracy: [LexiconGroup] = [
        LexiconGroup(.accurate(.sizeFit), combine(
            ["尺码", "码数", "尺寸", "码子"], ["标准", "很标准", "正", "很正", "准", "很准", "准确", "很准确"]
        ) + [
            "true to size", "tts", "fits true", "fits true to size", "runs true to size", "true to fit",
            "fits as expected",
        ] + combine(
            ["sizing", "the sizing", "size", "the size"], ["is accurate", "was accurate", "is spot on", "was spot on"]
        )),
        LexiconGroup(.accurate(.notAsDescribed), combine(
            combine(["和", "跟", "与"], ["图片", "图", "照片", "主图", "描述", "详情", "宣传"]), ["", "上", "上的"]
        ).flatMap { stem in ["一样", "一致", "相符", "一模一样", "差不多"].map { stem + $0 } } + [
            "逼真", "如图", "如描述", "描述相符", "图文相符", "图文一致", "符合描述", "名副其实", "还原度高", "还原度很高", "色彩还原",
            "真实还原", "还原真实", "准确", "精准",
        ] + combine(
            ["true to", "exactly like", "just like", "same as", "looks like", "look like", "matches", "match",
             "as in", "exactly as in"],
            ["the picture", "the pictures", "the photo", "the photos", "the image", "the images", "the description",
             "the listing", "the website"]
        ) + combine(
            ["as", "exactly as", "just as"],
            ["pictured", "described", "shown", "photographed", "depicted", "seen online"]
        ) + [
            "true to life", "true to color", "true to colour", "true to the color", "true to the colour",
            "colour accurate", "accurate", "accurately", "spot on",
        ]),
        LexiconGroup(.accurate(.notAsDescribed), combine(
            ["差距", "差别", "区别", "落差", "出入", "差异", "相差", "误差", "偏差"],
            ["不大", "不是很大", "不太大", "不算大", "并不大", "没多大", "没有多大", "不多", "很小", "较小", "不明显"]
        )),
        // `for example` holds 如: 比如图片 is no 如图.
        LexiconGroup(.neutral, ["比如", "例如", "譬如", "假如", "比如说"]),
    ]
}
