extension ReasonLexicon {
    /// Everyday compounds in which a lexicon term's characters belong to a word of another sense (issue 11 §3, round
    /// 23: 太大 inside 差距太大). The scan takes the longest word at each position, so a compound listed here is read
    /// whole, as nothing, and the term inside it is not read. The rule that writes them: a term is refused where the
    /// characters around it complete a common word that does not hold the term's meaning, in one of these families,
    /// never a word for one text:
    /// - the term's character is a morpheme of a word of another sense: 紧 in words of haste or closeness (赶紧, 紧急,
    ///   紧凑), 色 in words that name no hue (特色, 角色, 音色, 出色, 货色), 薄 in 薄荷 (mint) and in 电话薄 (a phone
    ///   book, written with 薄 for 簿), 坏 in words of speech or character (坏话, 坏人);
    /// - 坏了 after a feeling or a state of the body is a degree (气坏了 "furious", 累坏了 "worn out"), no breakage;
    ///   大了 after a verb of gain, loss or going too far is "big-time" (亏大了, 闹大了), no size;
    /// - the term starts inside a word that comes before it, so its characters are read across two words: 空包 in
    ///   真空包装 (vacuum-packed: 真空 + 包装), 过期 in 超过期望 (beyond what was hoped), 不同 in 不同意 (would not
    ///   agree) and 与众不同 (out of the ordinary), 说是 in 小说是 (a novel is), 垃圾 in 垃圾桶 (a bin, not a verdict),
    ///   选的 (what was picked) in 严选的 (the shop's own brand), 要的 (what was wanted) in 不要的, 需要的, 重要的;
    /// - in English, a fit word inside a fixed phrase that measures no garment: the buyer's own body (`a short
    ///   torso`, `long legs`, `a small frame`), and time or degree (`as long as`, `before long`, `in short`, `a big
    ///   fan`). A garment's part after a fit word is left alone: `long sleeves` names a style in praise and a fault
    ///   in a complaint.
    static let compounds: [LexiconGroup] = [
        LexiconGroup(.neutral, [
            "赶紧", "抓紧", "要紧", "不要紧", "紧急", "紧张", "紧凑", "紧密", "吃紧", "特色", "角色", "音色", "出色", "货色", "景色",
            "脸色", "气色", "神色", "薄荷", "电话薄", "坏话", "坏人",
        ]),
        LexiconGroup(.neutral, combine(
            ["气", "急", "累", "乐", "饿", "吓", "高兴", "开心", "美", "馋", "心疼"], ["坏了", "坏我了"]
        ) + combine(["亏", "赚", "玩", "闹", "搞", "吃亏"], ["大了"])),
        LexiconGroup(.neutral, [
            "真空", "严选", "不要的", "需要的", "重要的", "主要的", "超过期望", "超过期待", "超出期望", "超出期待", "不同意", "与众不同",
            "小说", "垃圾桶", "垃圾袋", "垃圾箱",
        ]),
        LexiconGroup(.neutral, combine(
            ["short", "long", "small", "petite", "tiny", "broad", "narrow", "big", "large", "thin", "slim"],
            ["torso", "torsoed", "legs", "frame", "build"]
        ) + [
            "as long as", "so long as", "before long", "all day long", "in short", "long time", "a long time",
            "big fan", "huge fan", "a big fan", "a huge fan",
        ]),
    ]
}
