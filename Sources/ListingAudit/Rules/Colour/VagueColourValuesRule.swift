/// `colour.vague_values`: colour options that name no colour: `如图`, `随机发货`, `混色`, `A款`, `1号`, `as shown`,
/// `random`, `assorted`, a lightness alone (`Light`, `clara`, `深色`).
struct VagueColourValuesRule: ListingRule {
    static let description = RuleDescription(
        id: "colour.vague_values", severity: .warning,
        title: LocalizedText(zh: "颜色值含糊", en: "Vague colour values"),
        rationale: LocalizedText(
            zh: "“如图”“随机发货”“A款”让买家不知道会收到什么颜色，收到后与预期不符就退货。",
            en: "\"As shown\", \"random\" or \"Style A\" leave buyers unsure which colour arrives; a surprise "
                + "becomes a return."),
        fix: LocalizedText(
            zh: "把每个颜色选项改成具体颜色名（如“雾霾蓝”“奶白”），随机款请写明可能的颜色并配图。",
            en: "Name each colour option (\"Dusty Blue\", \"Off-white\"); for mixed packs, list the colours "
                + "included and show them."),
        linkedCategories: [.colourMismatch, .wrongOrMissingItem],
        triggeringExamples: [
            RuleExample(title: "ins风马克杯", options: ["颜色分类": ["A款", "B款", "C款"]]),
            RuleExample(title: "纯棉袜子 5双装", options: ["颜色": ["随机发货"]]),
            RuleExample(title: "Silk Scrunchies", options: ["Color": ["As Shown"]]),
            RuleExample(title: "Kids Water Bottle", options: ["Colour": ["Random"]]),
            RuleExample(title: "发夹", options: ["颜色": ["1号", "2号"]]),
            RuleExample(title: "短袖T恤", options: ["颜色": ["黑白随机"]]),
            // A lightness alone says how light, not which colour, in any language the colours are known in.
            RuleExample(title: "Oversized Cotton Tee", options: ["Color": ["Light", "Charcoal"]]),
            RuleExample(title: "Camiseta oversize de algodón", options: ["Color": ["clara", "negra"]]),
            RuleExample(title: "纯棉短袖T恤", options: ["颜色": ["浅色", "深色"]]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "ins风马克杯", options: ["颜色分类": ["奶白", "雾霾蓝"]]),
            RuleExample(title: "Silk Scrunchies", options: ["Color": ["Champagne", "Black"]]),
            // A colour with a "see picture" note still names the colour.
            RuleExample(title: "卫衣", options: ["颜色": ["黑色（如图）"]]),
            RuleExample(title: "Rainbow Stacking Cups", options: ["Color": ["Multicolor"]]),
            // A lightness beside a colour names it.
            RuleExample(title: "Oversized Cotton Tee", options: ["Color": ["Light Grey", "Dark Green"]]),
            RuleExample(title: "纯棉短袖T恤", options: ["颜色": ["浅灰", "深蓝"]]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let options = facts.options(.colour)
        // Asked first, listed only for a finding: no filtered list made for every listing's colours.
        guard options.contains(where: \.isVagueColour) else { return nil }
        let vague = options.filter(\.isVagueColour).map(\.source)
        guard let first = vague.first else { return nil }
        let location = facts.listing.variant(with: first, of: .colour)?.location ?? facts.listing.location
        let evidence = vague.joined(separator: ", ")
        return finding(at: location, message: .vagueColours(evidence), evidence: evidence)
    }
}

extension FindingMessage {
    fileprivate static func vagueColours(_ values: String) -> FindingMessage {
        FindingMessage(.vagueColours, words: [values])
    }

    /// `vagueColours`' text.
    static func vagueColoursText(_ message: FindingMessage, _ language: Language) -> String {
        switch language {
        case .zh: "颜色选项没有写明颜色：\(message.words[0])"
        case .en: "Colour options that name no colour: \(message.words[0])"
        }
    }
}
