/// `images.duplicates`: the same picture listed more than once (same address once query strings and size
/// suffixes such as `_800x800` are removed).
struct DuplicateImagesRule: ListingRule {
    static let description = RuleDescription(
        id: "images.duplicates", severity: .advice,
        title: LocalizedText(zh: "重复图片", en: "Duplicate images"),
        rationale: LocalizedText(
            zh: "重复的图片占用了展示位，买家看到的角度更少，却以为已经看全了。",
            en: "Repeated photos take gallery slots that could show another angle, and make the gallery look "
                + "fuller than it is."),
        fix: LocalizedText(
            zh: "删除重复图片，换成其他角度或细节图。",
            en: "Remove the repeats and use the slots for other angles or details."),
        linkedCategories: [.notAsDescribed],
        triggeringExamples: [
            RuleExample(
                title: "真皮钱包",
                images: ["https://img.alicdn.com/bao/w1.jpg", "https://img.alicdn.com/bao/w1.jpg_400x400.jpg",
                         "https://img.alicdn.com/bao/w2.jpg"]),
            RuleExample(
                title: "Linen Napkins",
                images: ["https://cdn.shop.com/n1.jpg?v=1", "https://cdn.shop.com/n2.jpg",
                         "https://cdn.shop.com/n1.jpg?v=7"]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                title: "真皮钱包",
                images: ["https://img.alicdn.com/bao/w1.jpg", "https://img.alicdn.com/bao/w2.jpg"]),
            // Different pictures that share a stem are different pictures.
            RuleExample(
                title: "Linen Napkins",
                images: ["https://cdn.shop.com/napkin-1.jpg", "https://cdn.shop.com/napkin-2.jpg",
                         "https://cdn.shop.com/napkin-1.png"]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let addresses = facts.imageAddresses
        let repeats = ListingFacts.repeatedPictures(addresses)
        guard let first = repeats.first.map({ addresses[$0] }) else { return nil }
        return finding(at: first.location, message: .duplicateImages(repeats.count), evidence: first.url)
    }
}

extension FindingMessage {
    fileprivate static func duplicateImages(_ count: Int) -> FindingMessage {
        FindingMessage(.duplicateImages, count)
    }

    /// `duplicateImages`' text.
    static func duplicateImagesText(_ message: FindingMessage, _ language: Language) -> String {
        let count = message.first
        return switch language {
        case .zh: "有 \(count) 张重复图片（同一图片的不同尺寸或参数）"
        case .en: "\(count) image\(count == 1 ? " repeats" : "s repeat") another (same picture, other size or query)"
        }
    }
}
