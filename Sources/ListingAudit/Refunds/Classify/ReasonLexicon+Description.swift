extension ReasonLexicon {
    /// Words that describe or praise rather than complain, so a topic beside them is no complaint: colour names
    /// containing a problem word (`off-white`), the options a shop offers (`more colours`, 其他颜色), the buyer's
    /// own size as a reference (`my usual size`, `in a small`), and liking words and praise of the quality, which
    /// clear the topics of their clause like `fine` or 合适 do.
    static let description: [LexiconGroup] = [
        LexiconGroup(.name(.colourMismatch), [
            "off-white", "off white", "offwhite", "米白", "奶白", "灰白", "乳白", "象牙白", "本白",
        ]),
        LexiconGroup(.neutral, combine(
            ["more", "other", "every", "all the", "many", "multiple", "another", "several", "lots of", "both"],
            ["color", "colors", "colour", "colours", "colorways", "colourways", "shades"]
        ) + combine(["更多", "其他", "别的", "多几个", "多种", "几个", "两个", "好几个"], ["颜色", "色", "配色"]) + [
            "colorful", "colourful", "多色", "my usual size", "my normal size", "my regular size", "usual size",
            "normal size", "regular size", "平时穿的码", "平时的码", "平时尺码",
        ]),
        // A size name after `in a` / `my usual` names the variant bought (`in a small`, `my usual medium`).
        LexiconGroup(.name(.sizeFit), combine(
            ["in a ", "in the ", "in an ", "my usual ", "in my usual ", "my normal ", "my regular "],
            ["small", "medium", "large", "xs", "xxs", "xl", "xxl", "extra small", "extra large", "petite", "s", "m",
             "l"]
        )),
        // Praise of the quality or the workmanship.
        LexiconGroup(.positive, combine(
            ["质量", "做工", "品质"], ["很好", "不错", "没得说", "好", "挺好", "过硬", "杠杠的", "很棒", "可以"]
        ) + combine(["high", "good", "great", "excellent", "nice", "fantastic", "superb"], ["quality"])
            + combine(["quality is", "quality was"], ["excellent", "great", "good", "fantastic", "superb", "amazing"])
            + ["高质量", "质量上乘"]),
        LexiconGroup(.positive, [
            "adore", "adorable", "gorgeous", "pretty", "cute", "stunning", "flattering", "comfy", "comfortable",
            "cozy", "cosy", "attracted to", "compliments", "recommend", "happy with", "pleased", "舒服", "舒适", "漂亮",
            "推荐", "好用", "划算", "实惠", "很快", "及时", "给力", "迅速", "挺快",
        ]),
    ]
}
