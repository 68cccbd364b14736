/// `colour.promised_not_offered`: the title or description promises a choice of colours (`5色可选`, `多色可选`,
/// `available in 6 colours`) that the colour options do not offer. An export with no column that can carry options
/// (a list of titles and prices) says nothing of what is offered: there a listing with no colour option is not told
/// it offers none (`ShopCondition.exportHasOptionColumn`).
struct PromisedColoursMissingRule: ListingRule {
    static let description = RuleDescription(
        id: "colour.promised_not_offered", severity: .warning,
        title: LocalizedText(zh: "承诺的颜色未提供", en: "Promised colours not offered"),
        rationale: LocalizedText(
            zh: "标题写“多色可选”却只能选一种，买家觉得被误导，或拍下后要求换色、退款。",
            en: "A title that promises colours the options do not offer misleads buyers: they order, then ask for "
                + "another colour or a refund."),
        fix: LocalizedText(
            zh: "补齐颜色分类，或修改文案使其与实际可选颜色一致。",
            en: "Add the missing colour options, or change the text to the colours actually offered."),
        linkedCategories: [.notAsDescribed, .colourMismatch],
        readsWords: true,
        triggeringExamples: [
            RuleExample(title: "纯棉短袖T恤 5色可选", options: ["颜色": ["白色", "黑色"], "尺码": ["M"]]),
            RuleExample(title: "冰丝凉席 多色可选", description: "三件套，可机洗。"),
            RuleExample(
                title: "Canvas Sneakers", description: "Available in 6 colours to match any outfit.",
                options: ["Color": ["White", "Black", "Navy"]]),
            RuleExample(title: "Throw Pillow Cover", description: "Multiple colors available.",
                        options: ["Color": ["Beige"]]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "纯棉短袖T恤 3色可选", options: ["颜色": ["白色", "黑色", "灰色"]]),
            RuleExample(title: "Canvas Sneakers", description: "Available in 3 colors.",
                        options: ["Color": ["White", "Black", "Navy"]]),
            // A palette that contains 12 colours is not a choice of 12.
            RuleExample(title: "12色眼影盘 哑光珠光", description: "12 colors in one palette."),
            RuleExample(title: "24色水彩笔套装"),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let inTitle = ColourPromise.find(in: facts.title)
        guard let promise = inTitle ?? ColourPromise.find(in: facts.description) else { return nil }
        var offered = facts.options(.colour).count
        if offered == 0 {
            offered = facts.options(.other).filter(\.namesColour).count
        }
        guard offered < promise.minimumOptions else { return nil }
        return finding(
            facts, at: inTitle == nil ? .description : .title,
            message: .promisedColours(promise.phrase, offered: offered),
            evidence: promise.phrase, condition: offered == 0 ? .exportHasOptionColumn : nil)
    }
}

extension FindingMessage {
    fileprivate static func promisedColours(_ promise: String, offered: Int) -> FindingMessage {
        FindingMessage(.promisedColours, offered, words: [promise])
    }

    /// `promisedColours`' text.
    static func promisedColoursText(_ message: FindingMessage, _ language: Language) -> String {
        let (promise, offered) = (message.words[0], message.first)
        return switch (language, offered) {
        case (.zh, 0): "文案承诺“\(promise)”，但没有颜色选项"
        case (.zh, _): "文案承诺“\(promise)”，但颜色选项只有 \(offered) 个"
        case (.en, 0): "The text promises \"\(promise)\" but no colour option is offered"
        case (.en, _): "The text promises \"\(promise)\" but the colour options offer \(offered)"
        }
    }
}
