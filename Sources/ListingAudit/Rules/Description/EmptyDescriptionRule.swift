/// The description is empty (or HTML of pictures only, said so), only points at the pictures (`详情见图`, `see
/// photos`), or is template filler text (`lorem ipsum`) left in place of a description. An Amazon listings report
/// in which no listing has a description (`item-description` is a legacy field the report often leaves blank for
/// the whole catalogue), Olist's records of lengths, and an export without a description column (a WooCommerce core
/// export of names and prices) are one note about the export each (`ShopFacts.exportNotes`), not a finding on each
/// of its listings.
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
            // A sub-title's facts count with the title's; they do not make a placeholder a description.
            RuleExample(title: "保湿爽肤水", description: "商品介绍加载中...", attributes: ["subtitle": "清润型 400ml"]),
            RuleExample(
                title: "Facial toner", description: "No description available.",
                attributes: ["subtitle": "Moisturising, 400 ml"]),
            // Theme filler text published as the description.
            RuleExample(
                title: "Linen shirt",
                description: "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."),
            RuleExample(title: "Canvas tote", description: "Pellentesque habitant morbi tristique senectus et netus."),
            // HTML of pictures and no text.
            RuleExample(title: "升级款护颈记忆枕", description: "", attributes: ["description pictures": "6"]),
            RuleExample(title: "Memory foam pillow", description: "", attributes: ["description pictures": "6"]),
            // A dataset that records only text lengths (Olist) and records 0 for the description.
            RuleExample(title: "", attributes: ["name_length": "40", "description_length": "0"]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "夏季纯棉T恤", description: "面料：100%棉，衣长70cm。详情见图"),
            RuleExample(title: "陶瓷杯", description: "容量350ml"),
            RuleExample(title: "Linen shirt", description: "100% linen, chest 52 cm. See photos for colour."),
            RuleExample(title: "Mug", description: "350 ml"),
            // The export records the description's length, not its text: a 287-character description exists.
            RuleExample(title: "", attributes: ["name_length": "40", "description_length": "287"]),
        ])

    /// Words that only template filler text contains (`lorem ipsum`, `pellentesque habitant`).
    static let fillerMarkers = [
        "lorem ipsum", "dolor sit amet", "consectetur adipiscing", "adipiscing elit", "sed do eiusmod",
        "pellentesque habitant", "morbi tristique", "vestibulum tortor", "aenean ultricies",
    ]

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let listing = facts.listing
        // An Amazon listings report may leave its legacy description column blank for every listing; an export
        // without a description column gets one note for the whole export instead.
        let condition: ShopCondition = listing.format == .amazonListingsReport
            ? .exportHasDescriptions : .exportHasDescriptionColumn
        switch facts.descriptionState {
        case .summarised: return checkRecordedLength(of: listing)
        case .written: return nil
        case .filler(let filler):
            return finding(facts, at: .description, message: .filler(filler), evidence: filler, condition: condition)
        case .empty:
            // HTML of pictures and no text: the facts are in the pictures, where a buyer cannot search or
            // copy them and a marketplace cannot read them.
            if let pictures = listing.attributes.first(where: { $0.name == Attribute.descriptionPicturesName }) {
                return finding(
                    facts, at: .description, message: .picturesOnly(pictures.value),
                    evidence: "<img> × \(pictures.value)", condition: condition)
            }
            return finding(facts, at: .description, message: .emptyDescription, evidence: "", condition: condition)
        case .placeholdersOnly(let phrases):
            let evidence = phrases.joined(separator: ", ")
            return finding(
                facts, at: .description, message: .placeholderDescription(evidence), evidence: evidence,
                condition: condition)
        }
    }

    /// For exports that record the description's length instead of its text: empty when the length is 0 or blank.
    private func checkRecordedLength(of listing: Listing) -> RuleFinding? {
        let recorded = listing.recordedDescriptionLength
        let length = recorded.flatMap { Int($0.value.trimmingWhitespace()) }
        guard length == nil || length == 0 else { return nil }
        return finding(
            at: recorded?.location ?? listing.location,
            message: length == 0 ? .recordedEmpty : .noDescriptionRecorded,
            evidence: recorded?.value ?? "")
    }
}

extension FindingMessage {
    fileprivate static let emptyDescription = FindingMessage(.emptyDescription)

    /// `emptyDescription`'s text.
    static let emptyDescriptionText = LocalizedText(zh: "商品描述为空", en: "The description is empty")

    fileprivate static func picturesOnly(_ count: String) -> FindingMessage {
        FindingMessage(.picturesOnly, words: [count])
    }

    /// `picturesOnly`'s text.
    static func picturesOnlyText(_ message: FindingMessage, _ language: Language) -> String {
        switch language {
        case .zh: "描述只有图片（\(message.words[0]) 张），没有文字：材质、尺寸和规格无法搜索，也无法核对"
        case .en:
            "The description is only pictures (\(message.words[0])) and no text: its material, size and specs can be "
                + "neither searched nor checked"
        }
    }

    fileprivate static let recordedEmpty = FindingMessage(.recordedEmpty)

    /// `recordedEmpty`'s text.
    static let recordedEmptyText = LocalizedText(
        zh: "导出记录的描述长度为 0：商品没有描述",
        en: "The export records a description length of 0: there is no description")

    fileprivate static let noDescriptionRecorded = FindingMessage(.noDescriptionRecorded)

    /// `noDescriptionRecorded`'s text.
    static let noDescriptionRecordedText = LocalizedText(
        zh: "导出中没有这个商品的描述长度，也没有描述文字",
        en: "The export records neither a description nor its length")

    fileprivate static func filler(_ phrase: String) -> FindingMessage {
        FindingMessage(.filler, words: [phrase])
    }

    /// `filler`'s text.
    static func fillerText(_ message: FindingMessage, _ language: Language) -> String {
        switch language {
        case .zh: "描述是模板占位文字（“\(message.words[0])”），不是商品信息"
        case .en: "The description is template filler text (\"\(message.words[0])\"), not information about the product"
        }
    }

    fileprivate static func placeholderDescription(_ phrase: String) -> FindingMessage {
        FindingMessage(.placeholderDescription, words: [phrase])
    }

    /// `placeholderDescription`'s text.
    static func placeholderDescriptionText(_ message: FindingMessage, _ language: Language) -> String {
        switch language {
        case .zh: "描述只有“\(message.words[0])”，没有任何文字信息"
        case .en: "The description only says \"\(message.words[0])\" and gives no information"
        }
    }
}
