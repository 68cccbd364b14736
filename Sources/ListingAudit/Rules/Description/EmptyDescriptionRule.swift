/// The description is empty or only points at the pictures (`详情见图`, `see photos`).
struct EmptyDescriptionRule: ListingRule {
    static let description = RuleDescription(
        id: "description.empty",
        severity: .error,
        title: LocalizedText(zh: "描述为空或只写“详情见图”", en: "Description empty or placeholder only"),
        rationale: LocalizedText(
            zh: "买家无法从文字确认材质、尺寸和规格，只能凭图片猜测，收货后容易以“与描述不符”退款；搜索和平台质量分也会降低。",
            en: "Buyers cannot confirm material, size or specs from text and guess from photos, so the item is "
                + "returned as not as described; search and platform quality scores drop too."),
        fix: LocalizedText(
            zh: "用文字写出材质/成分、尺寸（带单位）、规格和包装清单；图片里的信息也要写成文字。",
            en: "Write the material, measurements with units, specs and what is in the box as text, including "
                + "what the photos show."),
        linkedCategories: [.notAsDescribed, .sizeFit, .qualityDefect],
        triggeringExamples: [
            RuleExample(title: "夏季纯棉T恤", description: ""),
            RuleExample(title: "夏季纯棉T恤", description: "详情见图"),
            RuleExample(title: "真皮单肩包", description: "如图所示！！！"),
            RuleExample(title: "Linen shirt", description: "See photos."),
            RuleExample(title: "Wool scarf", description: "  as shown  "),
            RuleExample(title: "Wool scarf", description: "N/A"),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "夏季纯棉T恤", description: "面料：100%棉，衣长70cm。详情见图"),
            RuleExample(title: "陶瓷杯", description: "容量350ml"),
            RuleExample(title: "Linen shirt", description: "100% linen, chest 52 cm. See photos for colour."),
            RuleExample(title: "Mug", description: "350 ml"),
        ])

    func check(_ listing: Listing, in context: RuleContext) -> [Finding] {
        let text = context.foldedDescription(of: listing)
        let placeholders = context.lexicon.placeholders.matches(in: text)
        var covered = Array(repeating: false, count: text.count)
        for match in placeholders { for index in match.range { covered[index] = true } }
        let hasContent = zip(text.original, covered).contains { scalar, isPlaceholder in
            !isPlaceholder && scalar.isWordScalar
        }
        guard !hasContent else { return [] }
        let evidence = placeholders.map(\.text).joined(separator: ", ")
        return [Finding(
            listingID: listing.id, ruleID: Self.description.id, severity: Self.description.severity,
            message: evidence.isEmpty ? .emptyDescription : .placeholderDescription(evidence), evidence: evidence,
            location: listing.location(of: .description))]
    }
}

extension LocalizedText {
    fileprivate static let emptyDescription = LocalizedText(zh: "商品描述为空", en: "The description is empty")

    fileprivate static func placeholderDescription(_ phrase: String) -> LocalizedText {
        LocalizedText(
            zh: "描述只有“\(phrase)”，没有任何文字信息",
            en: "The description only says \"\(phrase)\" and gives no information")
    }
}
