extension ReasonLexicon {
    /// Forms a listed word takes in real buyers' words that the lists held in one shape only (issue 11 §3, round 12,
    /// from the development halves of the three real sets):
    /// - a Chinese degree complement after a word of scorn (烂爆了, 差透了, 差到家了, 差死了) is a verdict on the goods,
    ///   as 太差 and 烂透了 already were, and so is 次 ("shoddy") with a degree word (太次了);
    /// - a fading verb with its object between its characters (掉颜色, 褪了颜色: 掉色 and 褪色 spelled out) is the
    ///   colour running, a defect, not a colour topic;
    /// - 小 before a feeling or a price (有点小失望, 小郁闷, 有点小贵) is a degree word ("a little"), no size;
    /// - dislike spelled with an auxiliary (`do not like`, `doesn't like`), as `don't like` and `did not like`
    ///   already were, is a dislike: `not like` inside it is no comparison with the listing;
    /// - goods named in a simile (`drapes over me like a blanket`) are not the goods the text is about, so they do
    ///   not make its size words a difference from the description.
    static let idioms: [LexiconGroup] = [
        LexiconGroup(.verdict, combine(
            ["烂", "差"], ["爆了", "爆", "透了", "死了", "到家了", "到家", "到极点", "到爆", "极了"]
        ) + ["太次", "太次了", "真次", "超次"]),
        LexiconGroup(.phrase(.qualityDefect, 3), combine(["掉", "褪"], ["颜色", "了颜色"])),
        LexiconGroup(.neutral, combine(
            ["小", "小小", "有点小", "小小的"], ["失望", "郁闷", "遗憾", "后悔", "不爽", "激动", "贵", "贵了", "纠结", "惊喜", "开心"]
        )),
        LexiconGroup(.phrase(.changedMind, 3), ["do not like", "does not like", "doesn't like"]),
        LexiconGroup(.neutral, combine(["like a", "like an", "like a throw", "like my"], similes)),
    ]

    /// Goods not worn that buyers compare a garment with (`like a blanket`, `like a tent`).
    private static let similes = [
        "blanket", "tent", "sack", "bag", "potato sack", "pillow", "pillowcase", "duvet", "curtain", "curtains",
        "tablecloth", "rug", "lampshade", "box",
    ]
}
