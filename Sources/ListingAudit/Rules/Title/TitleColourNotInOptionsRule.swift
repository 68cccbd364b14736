/// The title names a colour that none of the colour options offers: title `Red`, options only `Blue`.
struct TitleColourNotInOptionsRule: ListingRule {
    static let description = RuleDescription(
        id: "title.colour_not_in_options",
        severity: .warning,
        title: LocalizedText(zh: "标题颜色不在颜色选项里", en: "Title colour not among the colour options"),
        rationale: LocalizedText(
            zh: "标题写“红色”，颜色分类却只有蓝色和黑色：买家以为能买到标题里的颜色，收到后以“颜色不符”退款。",
            en: "A title that says \"Red\" over options that only offer Blue and Black makes buyers expect a colour "
                + "they cannot get; they return the item as a colour mismatch."),
        fix: LocalizedText(
            zh: "让标题里的颜色与颜色分类一致：补上该颜色的规格，或从标题中删去它。",
            en: "Make the title match the colour options: add the colour as an option or drop it from the title."),
        linkedCategories: [.colourMismatch, .notAsDescribed],
        readsWords: true,
        triggeringExamples: [
            RuleExample(title: "红色连衣裙女夏", options: ["颜色分类": ["蓝色", "黑色"]]),
            RuleExample(title: "藏青色毛衣", options: ["颜色": ["白", "灰"], "尺码": ["M", "L"]]),
            RuleExample(title: "Red Summer Dress", options: ["Color": ["Blue", "Navy"]]),
            RuleExample(title: "Black leather belt", options: ["Colour": ["Brown", "Tan"]]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "红色连衣裙女夏", options: ["颜色分类": ["酒红", "黑色"]]),
            RuleExample(title: "蓝牙耳机", options: ["颜色": ["白色", "黑色"]]),
            RuleExample(title: "黑科技速干T恤", options: ["颜色": ["白色"]]),
            RuleExample(title: "连衣裙女夏", options: ["颜色分类": ["蓝色"]]),
            RuleExample(title: "红色连衣裙", options: ["尺码": ["S", "M"]]),
            RuleExample(title: "Navy Blue Dress", options: ["Color": ["Navy", "Black"]]),
            RuleExample(title: "Blue Light Blocking Glasses", options: ["Color": ["Black", "Tortoise"]]),
            RuleExample(title: "Red Summer Dress", options: ["Color": ["A", "B"]]),
            RuleExample(title: "Not black, a bright red dress", options: ["Color": ["Red"]]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let options = facts.options(.colour)
        guard !options.isEmpty else { return nil }
        let offered = options.reduce(UInt32(0)) { $0 | $1.colourFamilies }
        guard offered != 0, facts.title.contains(.colourNames) else { return nil }
        let named = ColourFamilies.families(inTitle: facts.title)
        guard !named.isEmpty, !named.contains(where: { offered & 1 << UInt32($0.match.value) != 0 }) else {
            return nil
        }
        let title = named.map(\.match.text).uniqued().joined(separator: ", ")
        let offeredText = options.map(\.source).joined(separator: ", ")
        return finding(
            facts, at: .title, message: .colourNotOffered(title, options: offeredText),
            evidence: "\(title) ∉ {\(offeredText)}")
    }
}

extension FindingMessage {
    fileprivate static func colourNotOffered(_ colour: String, options: String) -> FindingMessage {
        FindingMessage(.colourNotOffered, words: [colour, options])
    }

    /// `colourNotOffered`'s text.
    static func colourNotOfferedText(_ message: FindingMessage, _ language: Language) -> String {
        let (colour, options) = (message.words[0], message.words[1])
        return switch language {
        case .zh: "标题写了“\(colour)”，但颜色选项只有：\(options)"
        case .en: "The title says \"\(colour)\" but the colour options are only: \(options)"
        }
    }
}
