/// `colour.pattern_as_colour`: colour options that give only a pattern (`条纹`, `碎花`, `striped`, `leopard`) and no
/// base colour. `黑白条纹` or `Navy Stripe` name colours and pass.
struct PatternAsColourRule: ListingRule {
    static let description = RuleDescription(
        id: "colour.pattern_as_colour", severity: .advice,
        title: LocalizedText(zh: "以图案代替颜色", en: "Pattern given as colour"),
        rationale: LocalizedText(
            zh: "“条纹”“碎花”说的是图案，不是颜色：蓝白条纹和红白条纹都叫条纹，买家收到的可能不是想要的那款。",
            en: "\"Striped\" and \"Floral\" are patterns, not colours; navy and red stripes are both \"Striped\"."),
        fix: LocalizedText(
            zh: "在图案前加上颜色，例如“藏青白条纹”“白底碎花”。",
            en: "Put the colours in front of the pattern: \"Navy/White Stripe\", \"Cream Floral\"."),
        linkedCategories: [.colourMismatch],
        triggeringExamples: [
            RuleExample(title: "法式碎花半身裙", options: ["颜色": ["碎花", "格子"]]),
            RuleExample(title: "Cotton Pajama Set", options: ["Color": ["Striped", "Plaid"]]),
            RuleExample(title: "豹纹围巾", options: ["颜色分类": ["豹纹"]]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "海魂衫", options: ["颜色": ["黑白条纹", "蓝白条纹"]]),
            RuleExample(title: "Cotton Pajama Set", options: ["Color": ["Navy Stripe", "Red Plaid"]]),
            RuleExample(title: "Floral Midi Dress", options: ["Color": ["Sage Green"]]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let options = facts.options(.colour)
        // Asked first, listed only for a finding: no filtered list made for every listing's colours.
        guard options.contains(where: Self.isPattern) else { return nil }
        let patterns = options.filter(Self.isPattern).map(\.source)
        guard let first = patterns.first else { return nil }
        let location = facts.listing.variant(with: first, of: .colour)?.location ?? facts.listing.location
        let evidence = patterns.joined(separator: ", ")
        return finding(at: location, message: .patternOnly(evidence), evidence: evidence)
    }

    /// Whether `option` names a pattern only, and is no vague colour (`VagueColourValuesRule` reports those).
    private static func isPattern(_ option: OptionValue) -> Bool { option.isPatternOnly && !option.isVagueColour }
}

extension FindingMessage {
    fileprivate static func patternOnly(_ values: String) -> FindingMessage {
        FindingMessage(.patternOnly, words: [values])
    }

    /// `patternOnly`'s text.
    static func patternOnlyText(_ message: FindingMessage, _ language: Language) -> String {
        switch language {
        case .zh: "颜色选项只写了图案，没有底色：\(message.words[0])"
        case .en: "Colour options give a pattern but no base colour: \(message.words[0])"
        }
    }
}
