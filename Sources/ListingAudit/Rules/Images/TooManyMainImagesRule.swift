/// `images.too_many_main`: more gallery (main) images than the platform takes (Taobao and Douyin: 5). Silent where
/// the platform sets no limit.
struct TooManyMainImagesRule: ListingRule {
    static let description = RuleDescription(
        id: "images.too_many_main", severity: .warning,
        title: LocalizedText(zh: "主图超过平台上限", en: "More main images than the platform takes"),
        rationale: LocalizedText(
            zh: "抖店和淘宝最多 5 张主图，多出的图上传时被丢掉或导致发布失败；被丢掉的往往是细节图和尺码图，"
                + "买家看不到就会觉得“与描述不符”。",
            en: "Douyin and Taobao take at most 5 main images; the rest are dropped on upload or fail the "
                + "listing, and the dropped ones are often the detail and size pictures buyers needed."),
        fix: LocalizedText(
            zh: "挑出最重要的 5 张作主图（第 5 张建议白底图），其余放进详情图。",
            en: "Keep the 5 most telling pictures as main images and move the rest into the description images."),
        linkedCategories: [.notAsDescribed],
        triggeringExamples: [
            RuleExample(title: "羊毛大衣", images: (1...6).map { "https://img.example.cn/coat/\($0).jpg" })
                .read(as: .taobaoAssistant),
            RuleExample(title: "Wool Coat", images: (1...7).map { "https://img.example.cn/coat/\($0).jpg" })
                .read(as: .taobaoAssistant),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "羊毛大衣", images: (1...5).map { "https://img.example.cn/coat/\($0).jpg" })
                .read(as: .taobaoAssistant),
            // Shopify sets no limit on gallery images.
            RuleExample(title: "Wool Coat", images: (1...8).map { "https://cdn.example.com/coat/\($0).jpg" })
                .read(as: .shopify),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard let maximum = facts.settings.maximumMainImages else { return nil }
        let main = facts.listing.images.filter { $0.variantSKU == nil }
        guard main.count > maximum else { return nil }
        let extra = main[maximum]
        return finding(
            at: extra.location, message: .tooManyMain(main.count, maximum: maximum), evidence: extra.url)
    }
}

extension FindingMessage {
    fileprivate static func tooManyMain(_ count: Int, maximum: Int) -> FindingMessage {
        FindingMessage(.tooManyMain, count, maximum)
    }

    /// `tooManyMain`'s text.
    static func tooManyMainText(_ message: FindingMessage, _ language: Language) -> String {
        let (count, maximum) = (message.first, message.second)
        return switch language {
        case .zh: "有 \(count) 张主图，平台最多 \(maximum) 张"
        case .en: "\(count) main images; the platform takes \(maximum)"
        }
    }
}
