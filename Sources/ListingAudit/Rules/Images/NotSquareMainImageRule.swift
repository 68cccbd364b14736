/// `images.not_square_main` (with `--probe-images`): a main image that is not square where the platform shows
/// main images 1:1 (Taobao, Douyin, Pinduoduo): the platform crops or pads it.
struct NotSquareMainImageRule: ListingRule {
    static let description = RuleDescription(
        id: "images.not_square_main", severity: .advice,
        title: LocalizedText(zh: "主图不是正方形", en: "Main image not square"),
        rationale: LocalizedText(
            zh: "平台按 1:1 展示主图，非正方形的主图会被裁掉边缘或留白，商品显示不全。",
            en: "The platform shows main images 1:1; another shape is cropped or padded, hiding part of the "
                + "product."),
        fix: LocalizedText(
            zh: "把主图裁成 1:1 正方形（如 800×800），商品居中。",
            en: "Crop the main image to a 1:1 square (e.g. 800 x 800) with the product centred."),
        linkedCategories: [.notAsDescribed],
        readsProbes: true,
        triggeringExamples: [
            RuleExample(title: "棉麻连衣裙", images: ["https://img.example.cn/dress/1.jpg"])
                .withProbes([.image(.jpeg, 800, 1200)]).read(as: .taobaoAssistant),
            RuleExample(title: "Bamboo Sunglasses", images: ["https://img.example.cn/glasses/1.jpg"])
                .withProbes([.image(.jpeg, 1600, 900)]).read(as: .taobaoAssistant),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "棉麻连衣裙", images: ["https://img.example.cn/dress/1.jpg"])
                .withProbes([.image(.jpeg, 800, 800)]).read(as: .taobaoAssistant),
            // Platforms that show any shape are not judged.
            RuleExample(title: "Bamboo Sunglasses", images: ["https://cdn.example.com/glasses.jpg"])
                .withProbes([.image(.jpeg, 1600, 900)]).read(as: .shopify),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard facts.settings.squareMainImage, let main = facts.probedImages.first, main.isMain,
            let header = main.header
        else { return nil }
        // Within 1% is square: resampling leaves a pixel or two.
        let (long, short) = (max(header.width, header.height), min(header.width, header.height))
        guard (long - short) * 100 > long else { return nil }
        return finding(
            at: main.image.location, message: .notSquare(header.width, header.height),
            evidence: "\(main.image.url) (\(main.sizeText))")
    }
}

extension FindingMessage {
    fileprivate static func notSquare(_ width: Int, _ height: Int) -> FindingMessage {
        FindingMessage(.notSquare, width, height)
    }

    /// `notSquare`'s text.
    static func notSquareText(_ message: FindingMessage, _ language: Language) -> String {
        let (width, height) = (message.first, message.second)
        return switch language {
        case .zh: "主图是 \(width)×\(height)，不是 1:1 正方形"
        case .en: "The main image is \(width) x \(height), not a 1:1 square"
        }
    }
}
