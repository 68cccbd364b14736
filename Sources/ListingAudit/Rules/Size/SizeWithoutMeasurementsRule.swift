/// `size.no_measurements`: letter sizes (`S/M/L`, `均码`, `One Size`) with no measurements anywhere: no size chart, no
/// centimetres or inches, no height/weight guide.
struct SizeWithoutMeasurementsRule: ListingRule {
    static let description = RuleDescription(
        id: "size.no_measurements", severity: .warning,
        title: LocalizedText(zh: "尺码没有具体尺寸", en: "Letter sizes without measurements"),
        rationale: LocalizedText(
            zh: "各家的 M 码、均码大小不同，没有胸围、衣长等数据，买家只能凭感觉选，尺码不合适是服装退货的头号原因。",
            en: "One shop's M is another's L; without bust, length or waist figures buyers guess, and size is the "
                + "first reason clothes come back."),
        fix: LocalizedText(
            zh: "在详情中加入尺码表（每个尺码的胸围、腰围、衣长，单位 cm），或写明身高体重建议（如“M：160–165cm，100–115斤”）。",
            en: "Add a size chart (bust, waist, length per size, in cm or inches) or a height/weight guide."),
        linkedCategories: [.sizeFit],
        profiles: [.apparel, .shoes, .accessories],
        triggeringExamples: [
            RuleExample(
                title: "韩版宽松卫衣女", description: "加绒加厚，保暖舒适，百搭款。",
                options: ["尺码": ["S", "M", "L", "XL"], "颜色": ["灰色"]]),
            RuleExample(
                title: "Oversized Knit Sweater", description: "Cozy chunky knit. Fits true to size.",
                options: ["Size": ["S/M", "L/XL"], "Color": ["Cream"]]),
            RuleExample(title: "雪纺连衣裙 均码", description: "仙女风，适合多种场合。", options: ["颜色": ["白色"]]),
            RuleExample(title: "Linen Wrap Dress", description: "One size fits most. Soft washed linen."),
            // A field named for measurements that gives none is a label, not a chart.
            RuleExample(
                title: "Cotton Boxy Tee", description: "Soft cotton tee.", options: ["Size": ["S", "M", "L"]],
                attributes: ["custom.product_measurements": "Boxy Fit."]),
            RuleExample(
                title: "纯棉宽松T恤", description: "纯棉面料。", options: ["尺码": ["S", "M", "L"]],
                attributes: ["尺码表": "宽松版型"]),
            // A fabric weight is no body measurement.
            RuleExample(
                title: "Heavyweight Tee", description: "Cotton, 240 gsm.", options: ["Size": ["S", "M", "L"]]),
            RuleExample(title: "重磅T恤", description: "纯棉，克重260g/m²。", options: ["尺码": ["S", "M", "L"]]),
            // A clothing category named in Spanish (Shopify's taxonomy) makes it clothing.
            RuleExample(
                title: "Camiseta oversize con círculo estampado", description: "Algodón, estampado en la espalda.",
                category: "Ropa y accesorios > Prendas de vestir > Camisetas de manga corta",
                options: ["Talla": ["S", "M", "L"]]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                title: "韩版宽松卫衣女", description: "尺码表：S 胸围100cm 衣长62cm；M 胸围104cm 衣长64cm。",
                options: ["尺码": ["S", "M"]]),
            RuleExample(
                title: "Cotton Boxy Tee", description: "Soft cotton tee.", options: ["Size": ["S", "M"]],
                attributes: ["Size chart": "S: chest 52, M: chest 55"]),
            RuleExample(
                title: "雪纺连衣裙", description: "均码，建议体重90-120斤穿着。", options: ["颜色": ["白色"]]),
            RuleExample(
                title: "Slim Fit Chinos", description: "Waist 30\", 32\", 34\"; inseam 32\".",
                options: ["Size": ["M", "L"]]),
            RuleExample(
                title: "Oversized Hoodie", description: "See the size chart in the photos.",
                options: ["Size": ["M", "L"]]),
            // Numeric sizes are measurements buyers know.
            RuleExample(title: "Leather Loafers", options: ["Size": ["EU 38", "EU 39", "EU 40"]]),
            // One-size accessories (a beanie) are not held to a chart.
            RuleExample(title: "Ribbed Knit Beanie", description: "One size, stretchy.", options: ["Color": ["Black"]]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard facts.lacksSizeMeasurements else { return nil }
        let location = facts.listing.variants.first { $0.value(of: .size) != nil }?.location ?? facts.listing.location
        // The sizes are read where the facts hold them (`forEachLetterSize`), with no list of them made.
        let statement = Self.offersLetterSizes(facts) ? nil : Self.oneSizeStatement(facts)
        let evidence = statement ?? String.joined(separator: ", ") { part in
            _ = Self.forEachLetterSize(facts) { size in
                part(size.utf8)
                return true
            }
        }
        return finding(at: location, message: .letterSizesOnly(evidence), evidence: evidence)
    }

    /// Whether the listing offers letter sizes (or states one size) with no measurement, size chart or body guide:
    /// what this rule reports, and what `description.thin` leaves out of its list of needs (a garment's measurements
    /// are its size chart; both read it where the facts keep it: `ListingFacts.lacksSizeMeasurements`).
    static func lacksMeasurements(_ facts: ListingFacts) -> Bool {
        // Whether the listing offers letter sizes is asked first; the sizes are read (`forEachLetterSize`) only for
        // an accessory's one size, where the facts hold them, with no list of them made.
        let offered = Self.offersLetterSizes(facts)
        let statement = offered ? nil : oneSizeStatement(facts)
        guard offered || statement != nil else { return false }
        if facts.profile == .accessories,
            statement.map(Self.isOneSize) ?? Self.forEachLetterSize(facts, Self.isOneSize)
        {
            return false
        }
        return !SizeEvidence.hasFitMeasurements(facts) && !SizeEvidence.namesSizeChart(facts)
    }

    /// The title's or description's one-size statement (`One size`, `均码`), if any.
    private static func oneSizeStatement(_ facts: ListingFacts) -> String? {
        facts.title.firstEntry(.oneSize) ?? facts.description.firstEntry(.oneSize)
    }

    /// Whether a size option, size attribute or other option is a letter size.
    private static func offersLetterSizes(_ facts: ListingFacts) -> Bool {
        facts.options(.size).contains(where: \.isLetterSize)
            || facts.listing.attributeValues(.size).contains { SizeLexicon.isLetterSize($0.value) }
            || facts.options(.other).contains(where: \.isLetterSize)
    }

    /// Calls `body` with each size option, size attribute and other option that is a letter size, in that order, as
    /// written, while it returns true, the listing read where the facts hold it; whether `body` returned true for
    /// every one (true when there is none).
    private static func forEachLetterSize(_ facts: ListingFacts, _ body: (String) -> Bool) -> Bool {
        for option in facts.options(.size) where option.isLetterSize {
            guard body(option.source) else { return false }
        }
        for attribute in facts.listing.attributeValues(.size) where SizeLexicon.isLetterSize(attribute.value) {
            guard body(attribute.value) else { return false }
        }
        for option in facts.options(.other) where option.isLetterSize {
            guard body(option.source) else { return false }
        }
        return true
    }

    private static func isOneSize(_ value: String) -> Bool {
        let key = TextFold.key(value.trimmingWhitespace())
        return ScannedText(key, book: ListingPhrase.standardBook).contains(.oneSize) || key == "均" || key == "os"
            || key == "free"
    }
}

extension FindingMessage {
    fileprivate static func letterSizesOnly(_ sizes: String) -> FindingMessage {
        FindingMessage(.letterSizesOnly, words: [sizes])
    }

    /// `letterSizesOnly`'s text.
    static func letterSizesOnlyText(_ message: FindingMessage, _ language: Language) -> String {
        switch language {
        case .zh: "尺码（\(message.words[0])）没有对应的具体尺寸：没有尺码表、厘米数或身高体重建议"
        case .en:
            "Sizes (\(message.words[0])) come with no measurements: no size chart, no cm/in values, no height/weight "
                + "guide"
        }
    }
}
