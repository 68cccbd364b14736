/// A hedge (`以实物为准`, `存在色差`, `仅供参考`, `colours may vary`, `approx.`) that is not attached to a number: it
/// takes back what the listing promised without saying by how much. `约 60cm` and `60cm左右` are fine. A hedge of one
/// Chinese character (`约`) is a word only where it qualifies a measurement named right before it (`尺寸约`, `长约`):
/// elsewhere it is part of a compound (`简约`, `节约`, `约会`).
struct HedgeWithoutNumberRule: ListingRule {
    static let description = RuleDescription(
        id: "description.hedge_without_number",
        severity: .warning,
        title: LocalizedText(zh: "含糊的免责措辞没有数字", en: "Hedge without a number"),
        rationale: LocalizedText(
            zh: "“以实物为准”“存在色差”“仅供参考”不给范围，买家无法判断差多少；平台判责时也不认可这类笼统免责，"
                + "颜色和尺寸争议多以“与描述不符”退款告终。",
            en: "\"Colours may vary\" or \"approx. size\" without a range leaves the buyer unable to judge how far "
                + "off the item may be; platforms do not accept blanket disclaimers, and colour or size disputes "
                + "end as not-as-described refunds."),
        fix: LocalizedText(
            zh: "给出数字：尺寸写“约60cm（手工测量误差±2cm）”；颜色用自然光实拍图并写明具体色名。",
            en: "Give numbers: \"approx. 60 cm (hand measured, ±2 cm)\"; for colour, show daylight photos and "
                + "name the exact shade."),
        linkedCategories: [.notAsDescribed, .colourMismatch, .sizeFit],
        readsWords: true,
        triggeringExamples: [
            RuleExample(title: "实木餐桌", description: "尺寸以实物为准，图片仅供参考。"),
            RuleExample(title: "羊毛围巾", description: "羊毛材质，颜色存在色差，介意慎拍。"),
            RuleExample(title: "收纳篮", description: "尺寸约，请自行测量后购买。"),
            RuleExample(title: "Wool scarf", description: "Soft wool scarf. Colours may vary."),
            RuleExample(title: "Dining table", description: "Solid oak. Size approx., for reference only."),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "实木餐桌", description: "桌面约 120x60cm，高75cm左右，手工测量误差±1cm。"),
            RuleExample(title: "羊毛围巾", description: "羊毛材质，无色差，自然光实拍。"),
            RuleExample(title: "羊毛围巾", description: "适合约会和上下班通勤。"),
            RuleExample(title: "Dining table", description: "Top approx. 120 x 60 cm, height about 75 cm."),
            RuleExample(title: "Wool scarf", description: "All about warmth: 100% merino, 180 x 30 cm."),
            // 简约 ("minimalist") is no hedge, even beside a measurement word (高, 宽).
            RuleExample(title: "北欧落地灯", description: "简约高级感，宽松灯罩，客厅卧室都合适。"),
            RuleExample(title: "Floor lamp", description: "A minimalist 简约 lamp with a tall shade."),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        // Most descriptions have no hedge: told by the hits' mask before any of the description is taken out to read
        // (each copy of a scanned text or list of hits retained its references, and released them at the return).
        guard facts.description.contains(.hedges) else { return nil }
        let text = facts.description
        let folded = text.folded
        let measureWords = text.hits[ListingPhrase.measureWords.rawValue]
        // Whether the hedge `hit` is loose: no number in its sentence, and a weak hedge next to a measurement topic.
        func isLoose(_ hit: PhraseHit) -> Bool {
            if folded.sentenceContainsDigit(around: hit.range) { return false }
            guard hit.value == ListingPhrase.Hedge.weak else { return true }
            if Self.isSingleChineseCharacter(folded.quote(hit.range)) {
                return measureWords.contains { $0.range.upperBound == hit.range.lowerBound }
            }
            // A weak hedge of more letters (`左右`, `about`) counts only next to a measurement topic in its clause.
            let clause = folded.clause(around: hit.range)
            return measureWords.contains {
                clause.contains($0.range.lowerBound) && $0.range.upperBound <= clause.upperBound
            }
        }
        // The hedges are read where the scan holds them, and quoted only once loose (to be printed): no array is
        // made for a description without a loose hedge (most of them), and one with room for every hedge at the
        // first (not grown one hedge at a time).
        let hedges = text.hits[ListingPhrase.hedges.rawValue]
        var loose: [String] = []
        for hit in hedges where text.isHedge(hit) && isLoose(hit) {
            if loose.isEmpty { loose.reserveCapacity(hedges.count) }
            loose.append(folded.quote(hit.range))
        }
        guard !loose.isEmpty else { return nil }
        let phrases = loose.uniqued()
        return finding(facts, at: .description, message: .hedge(phrases), evidence: phrases.joined(separator: ", "))
    }

    /// Whether `text` is one Chinese character: a hedge that is a word only right after the measurement it qualifies.
    private static func isSingleChineseCharacter(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return false }
        return first.isCJK
    }
}

extension FindingMessage {
    fileprivate static func hedge(_ phrases: [String]) -> FindingMessage {
        FindingMessage(.hedge, words: phrases)
    }

    /// `hedge`'s text.
    static func hedgeText(_ message: FindingMessage, _ language: Language) -> String {
        switch language {
        case .zh: "描述里的“\(message.words.joined(separator: "”“"))”没有给出具体数字或范围"
        case .en: "The description hedges (\(message.words.joined(separator: ", "))) without a number or range"
        }
    }
}

extension ScannedText {
    /// Whether `hit`, a hit of the hedges list, is a real hedge: no false friend (`约会`), not negated (`无色差`).
    func isHedge(_ hit: PhraseHit) -> Bool {
        hit.value != ListingPhrase.Hedge.falseFriend && !folded.isNegated(at: hit.range.lowerBound)
    }
}
