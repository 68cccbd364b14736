/// The title names a material the description (or the material attribute) contradicts: title `纯棉`, description
/// `聚酯纤维`. A blend that includes the title's material (`65%棉 35%聚酯纤维`) is no contradiction, nor is a
/// material named for a secondary part (`里料：涤纶`) or negated (`不含聚酯纤维`). Only materials of one kind are
/// compared (`MaterialFamily.kind`): a leather strap with a steel buckle names two parts, not two claims.
struct MaterialContradictionRule: ListingRule {
    static let description = RuleDescription(
        id: "description.material_contradiction",
        severity: .warning,
        title: LocalizedText(zh: "标题与描述的材质矛盾", en: "Title and description disagree on material"),
        rationale: LocalizedText(
            zh: "标题写“纯棉”、描述写“聚酯纤维”，买家会按标题下单、按实物退款，且属于虚假宣传，平台判责时卖家必输。",
            en: "A title that says \"100% cotton\" over a description that says \"polyester\" sells on the title and "
                + "refunds on the product; it is also misrepresentation, which platforms rule against the seller."),
        fix: LocalizedText(
            zh: "核对吊牌成分，统一标题、描述和属性里的材质写法；混纺就在标题里写明混纺。",
            en: "Check the care label and make title, description and attributes state the same material; say "
                + "\"blend\" in the title for blends."),
        linkedCategories: [.notAsDescribed, .qualityDefect],
        readsWords: true,
        triggeringExamples: [
            RuleExample(title: "纯棉短袖T恤", description: "面料：聚酯纤维，透气速干。"),
            RuleExample(title: "真皮斜挎包", description: "材质：PU，内衬涤纶。"),
            RuleExample(title: "羊毛围巾", description: "柔软保暖。", attributes: ["材质": "腈纶"]),
            RuleExample(title: "100% Cotton T-shirt", description: "Fabric: polyester, quick dry."),
            RuleExample(title: "Genuine Leather Wallet", description: "Made of PU leather."),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "纯棉短袖T恤", description: "面料：65%棉 35%聚酯纤维。"),
            RuleExample(title: "纯棉短袖T恤", description: "100%纯棉，不含聚酯纤维。"),
            RuleExample(title: "真皮斜挎包", description: "头层牛皮，里料：涤纶。"),
            RuleExample(title: "太空棉卫衣", description: "面料：聚酯纤维。"),
            RuleExample(title: "夏季T恤", description: "面料：聚酯纤维。"),
            RuleExample(title: "100% Cotton T-shirt", description: "Body: 100% cotton. Lining: polyester."),
            RuleExample(title: "Leather Wallet", description: "Made of PU leather."),
            RuleExample(title: "Cotton T-shirt", description: "Soft and breathable, no polyester."),
            RuleExample(title: "Canvas Cap", description: "Six-panel cotton cap."),
            RuleExample(title: "帆布包", description: "面料：涤纶帆布。"),
            // Different parts of one product, in materials that cannot be confused.
            RuleExample(title: "Genuine Leather Watch Strap", description: "Buckle: brushed stainless steel."),
            RuleExample(title: "铝合金卡包 防消磁", description: "卡位采用头层牛皮。"),
            // 人棉 (人造棉) is rayon, not cotton.
            RuleExample(title: "Rayon Printed Wrap Dress", description: "人棉印花，V领系带。"),
            // 'Acrylic' is also the plastic; 亚克力 is what the seller means.
            RuleExample(title: "Acrylic Press-on Nails", description: "亚克力材质，可重复使用。"),
        ])

    /// Labels after which a material belongs to a secondary part.
    static let secondaryParts = [
        "里料", "内衬", "内里", "衬里", "里布", "填充", "拉链", "五金", "鞋底", "lining", "lined", "inner", "filling",
        "trim", "zipper", "sole", "interlining",
    ]
    /// Attribute names that give the material.
    static let materialAttributes = ["材质", "面料", "成分", "material", "fabric", "composition"]

    func check(_ facts: ListingFacts) -> RuleFinding? {
        // What the description and attributes state is read only when the title names a material, and the title's
        // materials are quoted only when they state one.
        guard facts.title.contains(.materials) else { return nil }
        var stated = primaryMentions(in: facts.description)
        for (attribute, name) in zip(facts.listing.attributes, facts.attributeNames)
        where name.contains(.contradictionAttributes) {
            stated += facts.scanned(attribute.value).affirmed(.materials).compactMap(MaterialMention.init)
        }
        guard !stated.isEmpty else { return nil }
        let claimed = facts.title.affirmed(.materials).compactMap(MaterialMention.init)
        guard !claimed.isEmpty else { return nil }
        let claimedKinds = Set(claimed.flatMap { $0.families.map(\.kind) })
        stated = stated.filter { mention in mention.families.contains { claimedKinds.contains($0.kind) } }
        guard !stated.isEmpty else { return nil }
        let consistent = claimed.contains { claim in
            claim.families.contains { family in
                stated.contains { mention in mention.families.contains { family.isCompatible(with: $0) } }
            }
        }
        guard !consistent else { return nil }
        let title = claimed.map(\.match.text).uniqued().joined(separator: ", ")
        let body = stated.map(\.match.text).uniqued().joined(separator: ", ")
        return finding(
            facts, at: .title, message: .contradiction(title: title, description: body),
            evidence: "\(title) ≠ \(body)")
    }

    /// Non-negated mentions that are not about a lining, filling or other secondary part.
    private func primaryMentions(in description: ScannedText) -> [MaterialMention] {
        let folded = description.folded
        let parts = description.hits[ListingPhrase.secondaryParts.rawValue]
        return description.affirmed(.materials).compactMap(MaterialMention.init).filter { mention in
            let clause = folded.clause(around: mention.match.range)
            let before = clause.lowerBound..<mention.match.range.lowerBound
            return !parts.contains { before.contains($0.range.lowerBound) && $0.range.upperBound <= before.upperBound }
        }
    }
}

/// A material named in a text: the families the phrase names (`棉麻` names cotton and linen) and the match.
struct MaterialMention {
    let families: [MaterialFamily]
    let match: TextMatch

    /// The mention of a `materials` match; `nil` for a false friend (`海绵` names no material).
    init?(_ match: TextMatch) {
        families = MaterialFamily.families(in: match.value)
        guard !families.isEmpty else { return nil }
        self.match = match
    }
}

extension FindingMessage {
    fileprivate static func contradiction(title: String, description: String) -> FindingMessage {
        FindingMessage(.contradiction, words: [title, description])
    }

    /// `contradiction`'s text.
    static func contradictionText(_ message: FindingMessage, _ language: Language) -> String {
        let (title, description) = (message.words[0], message.words[1])
        return switch language {
        case .zh: "标题写的是“\(title)”，描述或属性却写“\(description)”"
        case .en: "The title says \"\(title)\" but the description or attributes say \"\(description)\""
        }
    }
}
