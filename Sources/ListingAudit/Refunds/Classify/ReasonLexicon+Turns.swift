extension ReasonLexicon {
    /// How buyers turn to the point of a text and how they concede one: words that announce the complaint after
    /// praise (唯一不足, 缺点是, `my only complaint`, `unfortunately`), concessions whose clause is not the point
    /// (虽然, 尽管, `although`, `even though`), and degree negation (不太, 不是很, 不怎么, 不够, `not very`, `it isn't
    /// very`) before a word of praise, which says the praise falls short (不太满意, 扣子不太有质感, `not very soft`).
    /// Listed first, with `context`, so these roles win over any other list naming the same word.
    static let turns: [LexiconGroup] = [
        LexiconGroup(.contrast, combine(["唯一", "唯一的", "美中"], ["不足", "缺点", "不满", "遗憾", "问题"]) + combine(
            ["不足", "缺点", "缺陷", "不满意", "遗憾", "可惜"], ["是", "就是", "的是", "之处", "之处是", "的地方是"]
        ) + ["可惜", "就是有点", "问题是"] + combine(
            ["only", "my only", "one", "the only"],
            ["complaint", "complaint is", "issue", "issue is", "problem", "problem is", "downside", "downside is",
             "con", "negative", "gripe", "drawback"]
        ) + ["downside", "the downside", "unfortunately", "sadly", "that said", "having said that"]),
        LexiconGroup(.concession, ["虽然", "虽说", "尽管", "虽", "although", "even though", "even if", "despite"]),
        LexiconGroup(.degreeNegator, degreeNegations + combine(
            ["not", "is not", "isn't", "was not", "wasn't", "are not", "aren't", "were not", "weren't", "it is not",
             "it's not", "it isn't", "it was not", "it wasn't"],
            ["very", "that", "too", "so", "all that", "particularly", "overly", "super"])),
        LexiconGroup(.positive, ["有质感", "质感好", "质感很好", "质感不错"]),
        // An addition is no negation: `not only faded but shrank`, 不仅起球还掉色 name both faults (不 and `not`
        // alone would deny the first).
        LexiconGroup(.neutral, ["不仅", "不仅仅", "不只", "不只是", "不光", "不光是", "不单", "不单是", "不但", "不止"] + combine(
            ["not", "is not", "isn't", "was not", "wasn't", "are not", "aren't", "were not", "weren't", "it is not",
             "it's not", "it isn't", "it was not", "it wasn't"],
            ["only", "just", "merely"])),
    ]

    /// Fears and hopes (担心, 怕, 万一, `worried`, `hopefully`): a fault feared or hoped away has not happened
    /// (怕洗了会缩水, `worried it would shrink`), so they hold what follows them in their clause. 怕 inside a word that
    /// fears nothing (可怕 "awful", 恐怕 "probably", 哪怕 "even if", 怕了 "put off for good") is no fear.
    static let fears: [LexiconGroup] = [
        LexiconGroup(.fear, [
            "担心", "担忧", "怕", "害怕", "生怕", "深怕", "唯恐", "就怕", "不怕", "万一", "会不会", "希望不要", "希望别", "希望不会",
            "但愿不要", "但愿别", "但愿不会", "worried", "worry", "worrying", "afraid", "scared", "concerned", "fear", "feared",
            "fearing", "hope", "hoping", "hopefully", "in case",
        ]),
        LexiconGroup(.neutral, ["可怕", "恐怕", "哪怕", "怕了", "no worries", "not worried"]),
    ]

    /// The Chinese degree negations: praise after them falls short.
    private static let degreeNegations = [
        "不太", "不是很", "不是太", "不怎么", "不够", "不大", "没那么", "不那么", "不算", "不算太", "不算很",
    ]
}

extension ReasonLexicon {
    /// Words whose weight depends on the words around them rather than on a list of sentences: bare fit
    /// adjectives, weak alone (`loose below` in praise) and a complaint with a degree word (`very tight`); `late`
    /// alone (`found this so late`) against the delivery forms (`arrived late`, `days late`); hedges (`actually`,
    /// `almost`, `in person`) that compare a topic with the listing but say nothing alone (`i'm actually going
    /// to`); disappointment aimed at a part or aspect (`disappointed in the seams`); and Chinese words whose
    /// characters a longer word reads otherwise: the speaker's own saying (可以说是 is no claim), a resultative 掉
    /// (还掉了, 扔掉了: nothing fell off), and money or a parcel sent back in a return (退回邮费, 上门取件: no
    /// delivery problem).
    static let context: [LexiconGroup] = [
        LexiconGroup(.phrase(.sizeFit, 1.5), ["tight", "loose", "baggy", "snug"]),
        LexiconGroup(.phrase(.sizeFit, 3), combine(
            ["very", "so", "really", "super", "quite", "extremely", "way", "pretty", "kind of", "rather", "too"],
            ["tight", "loose", "baggy", "snug"])),
        LexiconGroup(.phrase(.deliveryProblem, 1.5), ["late"]),
        LexiconGroup(.hedge, [
            "actually", "in reality", "closer to", "looks almost", "almost", "more of a", "in real life", "in person",
            "irl", "more like",
        ]),
        LexiconGroup(.problem, combine(
            ["disappointed", "very disappointed", "so disappointed", "really disappointed", "a bit disappointed",
             "a little disappointed"], ["in", "with", "by"])),
        LexiconGroup(.neutral, [
            "可以说", "可以说是", "只能说", "不得不说", "说实话", "说真的", "应该说", "总的来说", "总体来说", "老实说", "据说", "听说",
            "怎么说", "说白了",
        ] + combine(["还", "花", "扔", "退", "删", "卖", "吃", "喝", "忘", "关", "去", "换", "取消"], ["掉了"])
            + combine(["退回", "退还", "返还"], ["邮费", "运费", "钱", "款", "货款", "差价", "来"])
            + ["上门取件", "取件", "快递上门", "快递员上门", "寄回", "寄回去", "寄回来", "退回去"]),
    ]
}
