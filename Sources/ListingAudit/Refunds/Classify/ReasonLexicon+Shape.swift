extension ReasonLexicon {
    /// Families found on the development halves of the real buyer texts, each a frame rather than a sentence:
    /// how a garment looks on the buyer (a preference: `didn't look good on me`, `not a good look`), the shape of
    /// a garment that does not fit (`boxy`, `way too billowy`, `odd fit`, `fit weird`), a size named by comparison
    /// (`more like a large`, `runs a size big`), a problem adjective with the material in English (`poor
    /// material`; Chinese 面料 + 薄 stays a topic judged with its clause, since 面料很薄，跟描述的不一样 compares with
    /// the listing), see-through fabric by degree (`so sheer`), and Chinese scorn for the goods or goods said to
    /// have a fault (破东西, 烂货, 东西有问题, 产品用不了).
    static let shapes: [LexiconGroup] = [
        // How it looks on the buyer: a preference, not a fault.
        LexiconGroup(.phrase(.changedMind, 3), combine(
            ["did not", "didn't", "does not", "doesn't", "just didn't", "just doesn't", "did not really"],
            ["look good on me", "look right on me", "look good", "look right", "flatter me",
             "suit me", "flatter my figure", "do anything for me"]
        ) + combine(
            ["was not", "wasn't", "is not", "isn't", "not", "just not", "just wasn't", "just isn't"],
            ["flattering on me", "a good look", "a good look on me", "me", "my look", "flattering at all"]
        ) + combine(["less", "not as", "far less", "much less"], ["flattering"])),
        // The shape of a garment that does not fit: weak alone (a praise can call a cut boxy), decisive with a
        // degree word, and fit words judged odd.
        LexiconGroup(.phrase(.sizeFit, 1.5), [
            "boxy", "billowy", "puffy", "roomy", "tent", "tent-like", "enormous", "voluminous", "shapeless", "sack",
            "oversized", "swimming in",
        ]),
        LexiconGroup(.phrase(.sizeFit, 3), combine(
            ["too", "very", "so", "way too", "really", "extremely", "overly", "super", "quite", "incredibly"],
            ["boxy", "billowy", "puffy", "roomy", "voluminous", "shapeless", "oversized", "flowy", "cropped"]
        ) + combine(
            ["fit", "fits", "fit is", "fit was", "fitted"],
            ["weird", "odd", "strange", "wonky", "off", "awkward", "funny", "very strange", "very odd", "weirdly"]
        ) + combine(
            ["odd", "weird", "strange", "wonky", "awkward", "funny", "unflattering"],
            ["fit", "fitting", "sizing"]
        )),
        // A size named by comparison with another size.
        LexiconGroup(.phrase(.sizeFit, 3), combine(
            ["more like a", "more like an", "closer to a", "closer to an", "fits like a", "fits like an"],
            ["small", "medium", "large", "xs", "xxs", "xl", "xxl", "petite", "size"]
        ) + combine(
            ["a size", "one size", "two sizes", "three sizes", "a full size", "half a size", "sizes"],
            ["smaller than", "bigger than", "larger than", "too small", "too big", "too large"]
        ) + ["sizes smaller", "sizes bigger", "sizes larger", "sizes down", "sizes up"] + combine(
            ["runs", "ran", "run", "fits", "is", "was"],
            combine(["a size", "a full size", "half a size", "two sizes"], ["small", "big", "large"])
        )),
        // A problem adjective with the material (a part of every garment): the goods are poorly made, not unlike
        // their listing (`poor material`, `the fabric feels cheap`).
        LexiconGroup(.phrase(.qualityDefect, 3.5), combine(
            ["poor", "cheap", "thin", "bad", "terrible", "awful", "flimsy", "scratchy", "itchy", "rough",
             "poor quality", "low quality", "cheap feeling"],
            ["material", "fabric", "knit"]
        ) + combine(
            ["material", "fabric", "the material", "the fabric"],
            combine(["is", "was", "feels", "felt"], ["cheap", "thin", "poor", "flimsy", "itchy", "scratchy", "rough"])
        )),
        // See-through fabric by degree; `sheer` alone may describe a lining.
        LexiconGroup(.phrase(.qualityDefect, 3), combine(
            ["too", "so", "very", "really", "quite", "extremely", "completely", "way too", "super"], ["sheer"]
        )),
        LexiconGroup(.phrase(.qualityDefect, 1.5), ["sheer"]),
        // Scorn for the goods, and goods said to have a fault.
        LexiconGroup(.phrase(.qualityDefect, 3), combine(
            ["破", "烂", "垃圾"], ["东西", "货", "玩意", "玩意儿", "产品", "机器", "机子"]
        ) + combine(
            ["货", "东西", "产品", "商品", "机器", "机子"],
            ["有问题", "有毛病", "有瑕疵", "不好用", "不能用", "用不了", "用不成", "不行", "太差", "很差"]
        )),
    ]
}
