/// `size.invalid_values`: size options holding things that are not sizes: colours, placeholders (`默认`,
/// `as picture`, `标准`, `n/a`, `multisize`), or bare numbers `1, 2, 3` that only count variants.
struct InvalidSizeValuesRule: ListingRule {
    static let description = RuleDescription(
        id: "size.invalid_values", severity: .warning,
        title: LocalizedText(zh: "尺码值无效", en: "Size values that are not sizes"),
        rationale: LocalizedText(
            zh: "尺码里填颜色、“默认”或编号，买家看不出自己买的是多大，尺码与描述不符的退货随之而来。",
            en: "A size option that says \"Default\", \"1\" or \"Red\" tells the buyer nothing about fit."),
        fix: LocalizedText(
            zh: "把颜色移到“颜色分类”，把“默认/标准/1号”换成真实尺码或尺寸（如 M、40码、30×20cm）。",
            en: "Move colours to the Colour option; replace \"Default\", \"Standard\" or \"1\" with real sizes or "
                + "dimensions (M, EU 40, 30 x 20 cm)."),
        linkedCategories: [.sizeFit, .notAsDescribed],
        triggeringExamples: [
            RuleExample(title: "纯棉T恤", options: ["尺码": ["黑色", "白色"]]),
            RuleExample(title: "Linen Shirt", options: ["Size": ["As Picture"]]),
            RuleExample(title: "收纳篮", options: ["尺寸": ["默认"]]),
            RuleExample(title: "Yoga Pants", options: ["Size": ["1", "2", "3"]]),
            RuleExample(title: "保温杯", options: ["规格": ["标准"]]),
            // Placeholders the feed validators reject.
            RuleExample(title: "Cotton Hoodie", options: ["Size": ["N/A"]]),
            RuleExample(title: "Knit Gloves", options: ["Size": ["Multisize"]]),
            RuleExample(title: "纯棉卫衣", options: ["尺码": ["不适用"]]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "纯棉T恤", options: ["尺码": ["M", "L", "XL"]]),
            RuleExample(title: "Women's Dress", options: ["Size": ["0", "2", "4", "6"]]),
            // Kids' sizes and shoe sizes are numbers.
            RuleExample(title: "Toddler Pajama Set", options: ["Size": ["1", "2", "3", "4"]]),
            RuleExample(title: "Leather Sandals", options: ["Size": ["6", "7", "8"]]),
            RuleExample(title: "Silver Ring", options: ["Ring size": ["5", "6", "7"]]),
            // A size that carries a colour too is still a size.
            RuleExample(title: "卫衣", options: ["尺码": ["M 黑色", "L 黑色"]]),
            RuleExample(title: "Shower Curtain", options: ["Size": ["Standard 72\" x 72\""]]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let options = facts.options(.size)
        guard !options.isEmpty else { return nil }
        // Asked first, listed only for a finding: no filtered list made (and released) for every listing's sizes.
        let countsVariants = Self.countsVariants(options) && !Self.numbersAreSizes(facts)
        guard countsVariants || options.contains(where: \.isNotASize) else { return nil }
        let invalid = countsVariants ? options.map(\.source) : options.filter(\.isNotASize).map(\.source)
        guard let first = invalid.first else { return nil }
        let location = facts.listing.variant(with: first, of: .size)?.location ?? facts.listing.location
        let evidence = invalid.joined(separator: ", ")
        return finding(at: location, message: .invalidSizes(evidence), evidence: evidence)
    }

    /// Values `1, 2, …, n` (at most 9, in any order) that only number the variants. Read value by value, no further
    /// than the first that is no number (nearly always the first): each a number from 1 to n, none twice, one bit
    /// each (no list of the numbers made and sorted).
    private static func countsVariants(_ options: [OptionValue]) -> Bool {
        guard !options.isEmpty, options.count <= 9 else { return false }
        var seen: UInt16 = 0
        for index in options.indices {
            guard let number = wholeNumber(options[index].source), number >= 1, number <= options.count,
                seen & 1 << number == 0
            else { return false }
            seen |= 1 << number
        }
        return true
    }

    /// `value`, white space around it trimmed, read as a whole number; `nil` when it is none. A value whose first
    /// byte is ASCII but no digit, sign or white space is none, told without trimming or parsing it (`S`, `XL`).
    private static func wholeNumber(_ value: String) -> Int? {
        guard let first = value.utf8.first else { return nil }
        if first < 0x80, first &- 0x30 >= 10, first != 0x2B, first != 0x2D, first != 0x20, first &- 0x09 >= 5 {
            return nil
        }
        return Int(value.trimmingWhitespace())
    }

    /// Shoes, rings and children's wear use small numbers as real sizes.
    private static func numbersAreSizes(_ facts: ListingFacts) -> Bool {
        if facts.profile == .shoes || facts.profile == .jewellery { return true }
        return facts.titleOrCategoryNames(.childrenTerms)
    }
}

extension FindingMessage {
    fileprivate static func invalidSizes(_ values: String) -> FindingMessage {
        FindingMessage(.invalidSizes, words: [values])
    }

    /// `invalidSizes`' text.
    static func invalidSizesText(_ message: FindingMessage, _ language: Language) -> String {
        switch language {
        case .zh: "尺码选项的值不是尺码：\(message.words[0])"
        case .en: "The size option holds values that are not sizes: \(message.words[0])"
        }
    }
}
