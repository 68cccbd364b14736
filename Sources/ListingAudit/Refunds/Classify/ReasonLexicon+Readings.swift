extension ReasonLexicon {
    /// Readings that depend on the words a problem word sits in rather than on the word alone:
    /// - an adjective of unbecoming appearance (awkward, sloppy, frumpy, dowdy, matronly) before a style word
    ///   (`awkward design`, `sloppy silhouette`) judges the style: a dislike, as `unflattering` already was, not a
    ///   difference from the listing (after a verb of looking it was not kept: `looks awkward` is as often the
    ///   result of a bad fit);
    /// - a colour named as a variant (`in a different colour`, `in another colour`) says which variant was or
    ///   could be bought, like `in a small`, so it counts only when its clause judges it or says it arrived, never
    ///   as a difference in itself (`i might reorder it in a different colour`); named as what the shop sent
    ///   (`they sent it in a different colour`) it is a fulfilment error;
    /// - `cut out` after an article or a form of `be` is a garment's cut-out or how it was made (`the cut out
    ///   details`, `felt was cut out`), not the failure verb (`the sound keeps cutting out`);
    /// - Chinese degree negation inside a comparison (不太一样, 不是很符合, 不怎么像) is still a comparison: the
    ///   degree word only softens it;
    /// - 少给 / 少发 say goods were short only where the characters are that word: inside 很少 (`seldom`: 很少给差评)
    ///   the 少 is an adverb, and with a document or number as its object (少给我服务单号) it is an after-sales
    ///   matter, not missing goods;
    /// - 烂 is decay or wear (fruit gone rotten, trousers worn through, goods called rubbish: 烂的 already was a
    ///   defect), so 烂了 is a defect; it is damage on the way only when force or the parcel is named with it (压烂,
    ///   摔烂, 箱子烂了), or beside a transit word, which the clause rules already read;
    /// - 高质量 inside 提高质量 (`improve the quality`) is a request, not praise;
    /// - 用了 is a use of the goods (a sign of use: damage after it is a defect) only where what follows is not what
    ///   the shop used to pack them: layers (用了三层泡沫) or a packing noun, counted or not (用了个袋子, 用了一个纸箱)
    ///   name the packing, so 用了 there is no sign of use, and a packaging noun keeps its own reading.
    static let readings: [LexiconGroup] = [
        LexiconGroup(.phrase(.changedMind, 3), combine(
            ["awkward", "sloppy", "frumpy", "dowdy", "matronly"],
            ["design", "style", "look", "silhouette", "shape", "pattern", "print"]
        )),
        LexiconGroup(.name(.colourMismatch), combine(
            ["in a different", "in another", "the same in a different", "in a diff"],
            ["color", "colour", "colors", "colours", "shade", "colorway", "colourway"]
        )),
        // Named as what the shop sent, a variant is a fulfilment error, as `different colour` after `sent` was.
        LexiconGroup(.phrase(.wrongOrMissingItem, 3.5), combine(
            ["sent it", "sent me it", "sent me one", "sent one", "sent them", "sent me them", "they sent it",
             "they sent me one", "they sent me it", "they sent them", "shipped it", "they shipped it", "was sent",
             "were sent", "it was sent"],
            combine(["in a different", "in another"], ["color", "colour", "colors", "colours", "shade"])
        )),
        LexiconGroup(.neutral, [
            "the cut out", "a cut out", "cut outs", "cutout", "cutouts", "cut out detail", "cut out details",
            "was cut out", "were cut out", "is cut out", "are cut out", "been cut out",
        ]),
        LexiconGroup(.mismatch, combine(
            ["不太", "不是很", "不是太", "不怎么", "不大"], ["一样", "一致", "相同", "符合", "像"]
        )),
        LexiconGroup(.phrase(.qualityDefect, 2.5), ["烂了"]),
        LexiconGroup(.phrase(.damagedInTransit, 3), combine(
            ["压", "摔", "砸", "碰", "挤", "撞"], ["烂", "烂了"]
        ) + combine(
            ["包装", "外包装", "包装盒", "箱子", "纸箱", "外箱", "盒子", "纸盒", "快递盒", "快递袋"],
            ["烂了", "烂", "都烂了", "拆烂了", "破烂"]
        )),
        LexiconGroup(.neutral, ["很少给", "极少给", "很少发", "极少发"]),
        LexiconGroup(.neutral, ["提高质量"]),
        LexiconGroup(.phrase(.other, 2), combine(
            ["少给", "少给我", "漏给", "漏给我", "没给", "没给我"],
            ["单号", "一个单号", "服务单号", "快递单号", "运单号", "取件单号", "退货单号"]
        )),
        LexiconGroup(.neutral, combine(["用了"], layers + combine(packingCounts, packingMaterials))),
        LexiconGroup(.subject(.damagedInTransit, 1), combine(["用了"], combine(packingCounts, packagingTopics))),
    ]

    /// Layers, the way packing is counted (用了三层): never a span of use, as 用了一个月 is.
    private static let layers = ["一层", "两层", "三层", "几层", "好几层", "多层", "双层", "很多层"]
    /// How a packing noun after 用了 is counted, if at all (用了个塑料袋, 用了好多泡沫).
    private static let packingCounts = ["", "个", "一个", "两个", "几个", "好几个", "一只", "很多", "好多", "大量", "厚厚的"]
    /// What a shop packs goods in or with that names no packaging topic of its own.
    private static let packingMaterials = [
        "塑料袋", "袋子", "泡沫", "泡沫纸", "气泡膜", "气泡袋", "气柱", "泡泡纸", "泡泡膜", "珍珠棉", "纸盒", "包装盒",
        "包装袋", "编织袋", "胶带", "透明胶", "报纸", "塑料膜", "保鲜膜", "防震膜", "木箱", "纸壳",
    ]
    /// The packaging nouns that are topics of transit damage (`ReasonLexicon.chinese`, `vocabulary`): after 用了 they
    /// keep that reading.
    private static let packagingTopics = ["包装", "外包装", "快递盒", "纸箱", "盒子", "外箱", "箱子", "外盒", "快递袋", "包裹袋", "泡沫箱"]
}
