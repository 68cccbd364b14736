/// `images.placeholder`: a stand-in picture (`placeholder.png`, `no-image.gif`, `coming-soon.jpg`, `default.jpg`)
/// instead of a product photo.
struct PlaceholderImageRule: ListingRule {
    static let description = RuleDescription(
        id: "images.placeholder", severity: .error,
        title: LocalizedText(zh: "占位图", en: "Placeholder image"),
        rationale: LocalizedText(
            zh: "占位图等于没有图片：买家看不到商品，平台也可能拒绝或降权。",
            en: "A placeholder is no photo at all: buyers see nothing, and marketplaces reject generic images."),
        fix: LocalizedText(
            zh: "用商品实拍图替换占位图。",
            en: "Replace the placeholder with real product photos."),
        linkedCategories: [.notAsDescribed],
        triggeringExamples: [
            RuleExample(title: "陶瓷马克杯", images: ["https://img.example.cn/static/no-image.png"]),
            RuleExample(
                title: "Bamboo Cutting Board",
                images: ["https://shop.example.com/wp-content/uploads/woocommerce-placeholder-600x600.png"]),
            RuleExample(title: "Desk Lamp", images: ["https://cdn.example.com/images/default.jpg"]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "陶瓷马克杯", images: ["https://img.example.cn/mug/main.png"]),
            // Words that merely contain "no-image" or "default" are product photos.
            RuleExample(
                title: "Piano Print Poster",
                images: ["https://cdn.example.com/piano-image.jpg", "https://cdn.example.com/default-blue-sofa.jpg"]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let placeholders = facts.imageAddresses.filter(\.isPlaceholder)
        guard let first = placeholders.first else { return nil }
        return finding(at: first.location, message: .placeholderImages(placeholders.count), evidence: first.url)
    }
}

extension FindingMessage {
    fileprivate static func placeholderImages(_ count: Int) -> FindingMessage {
        FindingMessage(.placeholderImages, count)
    }

    /// `placeholderImages`' text.
    static func placeholderImagesText(_ message: FindingMessage, _ language: Language) -> String {
        let count = message.first
        return switch language {
        case .zh: "有 \(count) 张占位图，不是商品实拍"
        case .en: "\(count) placeholder image\(count == 1 ? "" : "s") instead of product photos"
        }
    }
}
