/// `images.too_few`: fewer different pictures than the platform's minimum (`RuleSettings.minimumImages`). The same
/// picture at another size and placeholders do not count. A Google feed exported without `additional_image_link`
/// (no item in the run has a second image) is not judged: the feed shows only the main image, and Google asks for
/// nothing more.
struct TooFewImagesRule: ListingRule {
    static let description = RuleDescription(
        id: "images.too_few", severity: .warning,
        title: LocalizedText(zh: "图片太少", en: "Too few images"),
        rationale: LocalizedText(
            zh: "一两张图看不到背面、细节和上身效果，买家靠想象下单，收货后落差大就退货。",
            en: "One or two photos hide the back, the details and the scale; buyers fill the gaps with "
                + "expectations that the parcel then disappoints."),
        fix: LocalizedText(
            zh: "补充正面、背面、细节、尺寸参照和使用场景图。",
            en: "Add front, back, detail, scale and in-use photos."),
        linkedCategories: [.notAsDescribed, .colourMismatch],
        triggeringExamples: [
            RuleExample(title: "羊毛大衣", images: ["https://img.example.cn/coat/1.jpg"]),
            RuleExample(
                title: "Ceramic Vase",
                images: ["https://cdn.example.com/vase.jpg?v=1", "https://cdn.example.com/vase_800x800.jpg?v=2"]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                title: "羊毛大衣",
                images: ["https://img.example.cn/coat/1.jpg", "https://img.example.cn/coat/2.jpg",
                         "https://img.example.cn/coat/3.jpg"]),
            RuleExample(
                title: "Ceramic Vase",
                images: ["https://cdn.example.com/a.jpg", "https://cdn.example.com/b.jpg",
                         "https://cdn.example.com/c.jpg", "https://cdn.example.com/d.jpg"]),
            // No image at all is images.missing_main's finding, not this one.
            RuleExample(title: "Ceramic Vase (no photos)"),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard !facts.imageAddresses.isEmpty else { return nil }
        let count = facts.distinctImageCount
        let minimum = facts.settings.minimumImages
        guard count < minimum else { return nil }
        // A Google feed exported without `additional_image_link` shows only the main image.
        let condition: ShopCondition? = facts.listing.format == .googleMerchant ? .exportHasGalleries : nil
        // The evidence quotes the addresses (the message gives the count in the reader's language).
        // The addresses' bytes read where the facts hold them and written into the evidence: no `String` made for
        // each address and no list of them.
        let images = facts.imageAddresses
        let evidence = String.joined(separator: ", ") { part in
            for index in images.indices where !images[index].isPlaceholder { part(images[index].picture.address) }
        }
        return finding(
            at: images[0].location, message: .tooFewImages(count, minimum: minimum), evidence: evidence,
            condition: condition)
    }
}

extension FindingMessage {
    fileprivate static func tooFewImages(_ count: Int, minimum: Int) -> FindingMessage {
        FindingMessage(.tooFewImages, count, minimum)
    }

    /// `tooFewImages`' text.
    static func tooFewImagesText(_ message: FindingMessage, _ language: Language) -> String {
        let (count, minimum) = (message.first, message.second)
        // No picture counts when every address is a placeholder: "only 0 images" would read as a miscount.
        return switch (language, count) {
        case (.zh, 0): "只有占位图，没有商品图片，建议至少 \(minimum) 张不同的图片"
        case (.zh, _): "只有 \(count) 张不同的图片，建议至少 \(minimum) 张"
        case (.en, 0): "Only placeholders, no product photo; at least \(minimum) different images are recommended"
        case (.en, _): "Only \(count) different image\(count == 1 ? "" : "s"); at least \(minimum) are recommended"
        }
    }
}
