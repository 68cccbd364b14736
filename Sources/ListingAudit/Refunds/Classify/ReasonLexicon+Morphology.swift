extension ReasonLexicon {
    /// Word families generated from stems and affixes rather than listed one sentence at a time: Chinese size
    /// adjectives with their degree and unit forms (大了点, 偏小, 小一码, 有点紧), English fit verbs with their
    /// adjectives (runs small, came up large, fits tight), size steps (a size up, half a size down), buyer-error
    /// forms (买重复了, 拍多了, ordered the wrong), claim forms (described as, 说能) and late-arrival forms
    /// (took weeks to arrive, never showed up).
    static let morphology: [LexiconGroup] = [
        LexiconGroup(.phrase(.sizeFit, 3), combine(
            ["大", "小", "长", "短", "肥", "瘦", "宽", "窄", "紧", "松"],
            ["了", "了点", "了一点", "了些", "一码", "一号", "一个码", "一个号", "半码", "两码", "一圈", "得多"])
            + combine(["偏", "太", "有点", "有点儿", "有些", "稍", "略", "稍微"],
                      ["大", "小", "长", "短", "肥", "瘦", "宽", "窄", "紧", "松"])
            + combine(["换", "要", "拍", "买"], ["大一码", "小一码", "大一号", "小一号", "大码", "小码", "大一点", "小一点"])),
        LexiconGroup(.phrase(.sizeFit, 3), combine(
            ["runs", "ran", "run", "running", "fits", "fit", "fitting", "comes up", "came up", "come up", "sizes",
             "sized", "is cut", "cut"],
            combine(["", "very", "really", "extremely", "super", "so", "quite", "way", "a bit", "a little", "slightly",
                     "pretty", "incredibly"],
                    ["small", "large", "big", "tight", "narrow", "short", "long", "snug", "loose", "wide", "baggy"]))
            + combine(["a", "one", "half a", "two", "a full"], ["size up", "size down", "size smaller", "size bigger",
                                                                "size larger", "sizes up", "sizes down"])
            + combine(["go", "went", "order", "ordered", "going"], ["up a size", "down a size"])
            + combine(["too", "far too", "way too", "much too", "slightly", "a little", "a little too", "a bit too"],
                      ["small", "big", "large", "tight", "loose", "long", "short", "narrow", "wide", "snug"])
            + combine(["smaller", "bigger", "larger", "longer", "shorter", "tighter", "looser", "wider", "narrower"],
                      ["than expected", "than i expected", "than i thought", "than anticipated", "than i imagined"])),
        LexiconGroup(.phrase(.changedMind, 3), combine(
            ["买", "拍", "下单", "下", "订", "点"], ["重复了", "重了", "多了", "错了", "重复"])
            + combine(["不太", "不怎么", "不是很", "不大", "没那么", "不够"], ["喜欢"])
            + combine(["my", "our"], ["mistake", "fault", "bad", "error"])
            + combine(["ordered", "i ordered", "picked", "chose", "bought", "selected", "clicked"],
                      ["the wrong", "wrong", "by mistake", "twice", "two by mistake"])),
        LexiconGroup(.phrase(.notAsDescribed, 3), combine(
            ["described", "listed", "advertised", "sold", "marketed", "pictured", "shown", "stated", "titled",
             "labelled", "labeled", "billed", "promoted"], ["as", "to be", "as being"])
            + combine(["说", "写", "宣传", "介绍", "详情", "主播说", "页面"], ["能", "是", "有"])),
        LexiconGroup(.phrase(.deliveryProblem, 3.5), combine(
            ["never", "didn't", "did not", "hasn't", "has not", "still hasn't", "still has not", "still not", "not yet",
             "haven't", "have not"],
            ["arrived", "arrive", "come", "came", "showed up", "show up", "shown up", "turned up", "turn up",
             "been delivered", "got here", "get here", "gotten here", "received it", "got it", "got my"])
            + combine(["took", "take", "takes", "taking", "took over"],
                      ["ages", "forever", "weeks", "a week", "a month", "so long", "too long", "two weeks",
                       "three weeks", "a fortnight"])
            + combine(["weeks", "days", "ages", "forever", "a month", "a week", "a fortnight"],
                      ["to arrive", "to come", "to ship", "to be delivered", "to deliver", "late"])),
        LexiconGroup(.phrase(.deliveryProblem, 3), combine(
            ["物流", "快递", "发货", "配送", "送货"], ["太慢", "好慢", "超慢", "很慢", "慢死了", "龟速", "慢", "太慢了", "一直不动",
                                           "不更新", "一直不更新", "没动", "停了", "卡了"])
            + combine(["还没", "一直没", "迟迟没", "迟迟不", "一直不", "至今没", "到现在还没", "几天了还没", "一周了还没"],
                      ["到", "发", "发货", "送到", "送", "更新", "收到"])),
    ]

    /// Every stem followed by every ending; an English stem and its ending are joined by one space, however either
    /// is written (`in a ` + `small` and `not` + ` for me` alike), since a doubled space never matches a text.
    /// The stems and endings are trimmed once each, not once per word (the lexicon is built at every audit start),
    /// and a word is one concatenation.
    static func combine(_ stems: [String], _ endings: [String]) -> [String] {
        let endings = endings.map { $0.hasPrefix(" ") ? String($0.dropFirst()) : $0 }
        var words: [String] = []
        words.reserveCapacity(stems.count * endings.count)
        for stem in stems {
            let stem = stem.hasSuffix(" ") ? String(stem.dropLast()) : stem
            let joinWithSpace = stem.unicodeScalars.last.map { $0.isASCII } ?? false
            // What a non-empty ending is appended to.
            let joined = joinWithSpace ? stem + " " : stem
            for ending in endings { words.append(ending.isEmpty ? stem : joined + ending) }
        }
        return words
    }
}
