/// The description sells with subjective words (`高品质`, `百搭`, `premium quality`) instead of facts.
struct HypeWithoutFactsRule: ListingRule {
    static let description = RuleDescription(
        id: "description.hype_without_facts",
        severity: .warning,
        title: LocalizedText(zh: "只有宣传词，缺少事实", en: "Hype without facts"),
        rationale: LocalizedText(
            zh: "“高品质”“百搭”“质量很好”抬高了期望却无法核实；收到实物后落差越大，“与描述不符”“质量问题”退款越多。",
            en: "Words like \"premium quality\" or \"perfect for any occasion\" raise expectations that cannot be "
                + "checked; the bigger the gap on delivery, the more not-as-described and quality refunds."),
        fix: LocalizedText(
            zh: "把宣传词换成事实：面料成分、克重、尺寸、工艺、认证；每个形容词都要有数字或材质支撑。",
            en: "Replace the praise with facts: composition, fabric weight, measurements, construction, "
                + "certifications; back every adjective with a number or a material."),
        linkedCategories: [.notAsDescribed, .qualityDefect],
        triggeringExamples: [
            RuleExample(title: "休闲卫衣", description: "高品质面料，百搭款式，超值爆款，好评如潮！"),
            RuleExample(title: "休闲卫衣", description: "质量很好，百搭显瘦，纯棉"),
            RuleExample(title: "Hoodie", description: "Premium quality hoodie, perfect for any occasion. Best price!"),
            RuleExample(title: "Hoodie", description: "High quality and stylish. Made of cotton."),
            RuleExample(title: "Matte lipstick", description: "Long-lasting, highly pigmented formula."),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "休闲卫衣", description: "高品质纯棉面料，克重320g，衣长68cm，百搭款式。"),
            RuleExample(title: "休闲卫衣", description: "纯棉，不起球，不缩水，衣长70cm。"),
            RuleExample(title: "休闲卫衣", description: "宽松落肩版型，帽子可调节抽绳，袖口螺纹收口。"),
            RuleExample(title: "Hoodie", description: "Premium quality: 80% cotton 20% polyester, 320 gsm fleece."),
            RuleExample(title: "Hoodie", description: "Not premium, just honest: 100% cotton, chest 56 cm."),
            RuleExample(title: "Hoodie", description: "Relaxed fit with a drawstring hood and ribbed cuffs."),
        ])

    func check(_ listing: Listing, in context: RuleContext) -> [Finding] {
        let text = context.foldedDescription(of: listing)
        let hype = context.lexicon.hype.matches(in: text).filter { !$0.isNegated }
        guard !hype.isEmpty else { return [] }
        let facts = FactExtractor.facts(in: text, lexicon: context.lexicon).count
        guard facts < context.settings.minimumDescriptionFacts else { return [] }
        let phrases = hype.map(\.text).uniqued()
        return [finding(
            for: listing, at: .description, message: .hype(phrases, facts: facts),
            evidence: phrases.joined(separator: ", "))]
    }
}

extension LocalizedText {
    fileprivate static func hype(_ phrases: [String], facts: Int) -> LocalizedText {
        LocalizedText(
            zh: "描述使用了主观宣传词（\(phrases.joined(separator: "、"))），但只有 \(facts) 条可核实的事实",
            en: "The description uses hype (\(phrases.joined(separator: ", "))) but states only \(facts) "
                + "checkable fact\(facts == 1 ? "" : "s")")
    }
}
