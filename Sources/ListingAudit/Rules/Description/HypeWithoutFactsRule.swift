/// The description sells with subjective words (`高品质`, `百搭`, `premium quality`) instead of facts (fewer than
/// `minimumDescriptionFacts`); a description with no fact and no hype is `description.thin`'s. Facts stated in the
/// title count (`Beard Oil 4oz`), and so does a jewellery description's metal tone the title does not name
/// (`MetalTone`); measured options (`12 inches`, `500 ml`) count as one fact: the buyer chooses among stated
/// measurements.
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
        readsWords: true,
        triggeringExamples: [
            // Short or long, hype with no fact is reported once, here (description.thin stays quiet).
            RuleExample(title: "Pink armchair", description: "A stylish pink armchair."),
            RuleExample(title: "收纳盒", description: "高品质，家里必备。"),
            RuleExample(title: "休闲卫衣", description: "高品质面料，百搭款式，超值爆款，好评如潮！"),
            RuleExample(title: "休闲卫衣", description: "质量很好，百搭显瘦，纯棉"),
            RuleExample(title: "Hoodie", description: "Premium quality hoodie, perfect for any occasion. Best price!"),
            RuleExample(title: "Hoodie", description: "High quality and stylish. Made of cotton."),
            RuleExample(title: "Matte lipstick", description: "Long-lasting, highly pigmented formula."),
            // "100% natural" is a claim, not the share of an ingredient.
            RuleExample(
                title: "Beard wash", description: "Premium beard wash with 100% natural ingredients, gentle on skin."),
            // The pearl is one fact; the gold the title names already is none.
            RuleExample(title: "Gold Pearl Earrings", description: "Stunning gold drops for evenings."),
            RuleExample(title: "金色珍珠耳环", description: "金色耳坠，百搭。"),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "休闲卫衣", description: "高品质纯棉面料，克重320g，衣长68cm，百搭款式。"),
            RuleExample(title: "休闲卫衣", description: "纯棉，不起球，不缩水，衣长70cm。"),
            RuleExample(title: "休闲卫衣", description: "宽松落肩版型，帽子可调节抽绳，袖口螺纹收口。"),
            RuleExample(title: "Hoodie", description: "Premium quality: 80% cotton 20% polyester, 320 gsm fleece."),
            RuleExample(title: "Hoodie", description: "Not premium, just honest: 100% cotton, chest 56 cm."),
            RuleExample(title: "Hoodie", description: "Relaxed fit with a drawstring hood and ribbed cuffs."),
            // Hyphenated measurements and the fibre are facts: a 22-inch wig of human hair.
            RuleExample(
                title: "Body Wave Lace Wig",
                description: "A gorgeous 22-inch body wave wig, made from 100% human hair with a 13x4 lace front."),
            // The lengths are in the options, the fibre in the description.
            RuleExample(
                title: "Curly Hair Extensions, Clip-in",
                description: "Gorgeous, full and soft: 100% human hair that blends with natural curls.",
                options: ["Length": ["12 inches", "14 inches", "16 inches"]]),
            // The title's net content, the share of an ingredient and an ingredient list are facts.
            RuleExample(
                title: "Beard Oil 4oz", description: "Our premium beard oil: nothing but 100% essential oils."),
            RuleExample(title: "手工精油皂 100g", description: "高品质手工皂，配料：橄榄油、椰子油、乳木果油。"),
            RuleExample(
                title: "Night cream",
                description: "Luxurious and rich, 50 ml.\nIngredients\nAqua, glycerin, squalane."),
            // A jewellery piece's metal tone the title does not name is a fact: the pearl and the silver.
            RuleExample(title: "Pearl Earrings", description: "Stunning silver drops for evenings."),
            RuleExample(title: "珍珠耳环", description: "银色耳钩，百搭。"),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        // The hype is quoted only for a finding.
        guard facts.descriptionHasHype else { return nil }
        // Every distinct option value of each kind, read once (not one cache lookup per variant's option).
        let measuredOptions = [OptionKind.size, .colour, .other].contains { kind in
            facts.options(kind).contains(where: \.hasMeasurement)
        }
        let count = facts.titleAndDescriptionFactCount + (measuredOptions ? 1 : 0)
        guard count < facts.settings.minimumDescriptionFacts else { return nil }
        let phrases = facts.description.affirmedTexts(.hype).uniqued()
        return finding(
            facts, at: .description, message: .hype(phrases, facts: count), evidence: phrases.joined(separator: ", "))
    }
}

extension FindingMessage {
    fileprivate static func hype(_ phrases: [String], facts: Int) -> FindingMessage {
        FindingMessage(.hype, facts, words: phrases)
    }

    /// `hype`'s text.
    static func hypeText(_ message: FindingMessage, _ language: Language) -> String {
        let facts = message.first
        switch language {
        case .zh:
            let stated = facts == 0 ? "没有一条可核实的事实" : "只有 \(facts) 条可核实的事实"
            return "描述使用了主观宣传词（\(message.words.joined(separator: "、"))），但标题和描述\(stated)"
        case .en:
            let stated = facts == 0 ? "no checkable fact" : "only \(facts) checkable fact\(facts == 1 ? "" : "s")"
            return "The description uses hype (\(message.words.joined(separator: ", "))) but the title and description "
                + "state \(stated)"
        }
    }
}
