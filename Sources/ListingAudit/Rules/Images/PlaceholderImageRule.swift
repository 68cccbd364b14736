/// `images.placeholder`: a stand-in picture (`placeholder.png`, `no-image.gif`, `nopic.jpg`, `coming-soon.jpg`,
/// `default.jpg`) instead of a product photo, or a web address that names no picture at all: a shop's home page or a
/// folder (`https://shop.example.com/`, `https://cdn.example.com/images/`).
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
            // "No" joined to any word for a picture.
            RuleExample(title: "蓝牙耳机", images: ["https://img.example.cn/admin/img/no-img.png"]),
            RuleExample(title: "Wool Scarf", images: ["https://cdn.example.com/static/nopic_400.gif"]),
            // A home page or a folder is no picture.
            RuleExample(title: "Oak Side Table", images: ["https://shop.example.com/"]),
            RuleExample(title: "竹编收纳篮", images: ["https://img.example.cn/goods/images/?v=2"]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "陶瓷马克杯", images: ["https://img.example.cn/mug/main.png"]),
            // Words that merely contain "no-image" or "default" are product photos.
            RuleExample(
                title: "Piano Print Poster",
                images: ["https://cdn.example.com/piano-image.jpg", "https://cdn.example.com/default-blue-sofa.jpg"]),
            // Nor do words with such a joining inside them: a canopic jar, a casino picture.
            RuleExample(
                title: "Canopic Jar Replica",
                images: ["https://cdn.example.com/canopic-jar.jpg", "https://cdn.example.com/casino_picture.jpg"]),
            RuleExample(title: "仿古陶罐", images: ["https://img.example.cn/goods/canopic-jar-2.jpg"]),
            // A file name without an extension still names a picture.
            RuleExample(title: "Oak Side Table", images: ["https://shop.example.com/media/oak-side-table"]),
            RuleExample(title: "竹编收纳篮", images: ["https://img.example.cn/goods/images/basket?v=2"]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        // Found and counted where the facts hold the addresses, with no array of the placeholders copied out.
        let addresses = facts.imageAddresses
        guard let first = addresses.firstIndex(where: \.isPlaceholder) else { return nil }
        let count = addresses[first...].count(where: \.isPlaceholder)
        return finding(
            at: addresses[first].location, message: .placeholderImages(count), evidence: addresses[first].url)
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
