/// `images.low_resolution`: images whose longer side is below `RuleSettings.minimumImageSide`, where the export
/// records width and height. An image whose real size was probed is judged by that instead (`images.too_small`).
struct LowResolutionImageRule: ListingRule {
    static let description = RuleDescription(
        id: "images.low_resolution", severity: .warning,
        title: LocalizedText(zh: "图片分辨率低", en: "Low-resolution images"),
        rationale: LocalizedText(
            zh: "小图放大后模糊，买家看不清面料、做工和颜色，收货后觉得“与图片不符”。",
            en: "Small images blur when zoomed; buyers cannot see fabric, finish or true colour, and feel misled "
                + "when the parcel arrives."),
        fix: LocalizedText(
            zh: "上传长边不小于平台要求（淘宝 800px、亚马逊 1000px）的原图。",
            en: "Upload originals whose longer side meets the platform's zoom size (Amazon 1000 px, Shopify 800 px)."),
        linkedCategories: [.notAsDescribed, .colourMismatch],
        triggeringExamples: [
            RuleExample(
                title: "真丝衬衫",
                images: ["https://img.example.cn/s1.jpg", "https://img.example.cn/s2.jpg"]
            ).withImageSizes([(1200, 1200), (400, 400)]),
            RuleExample(title: "Walnut Side Table", images: ["https://cdn.example.com/t1.jpg"])
                .withImageSizes([(640, 480)]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "真丝衬衫", images: ["https://img.example.cn/s1.jpg"]).withImageSizes([(800, 800)]),
            // A tall 3:4 image counts by its longer side.
            RuleExample(title: "Walnut Side Table", images: ["https://cdn.example.com/t1.jpg"])
                .withImageSizes([(750, 1000)]),
            // Unknown sizes are not guessed.
            RuleExample(title: "Walnut Side Table", images: ["https://cdn.example.com/t2.jpg"]),
            // A probed image is judged by its real size (images.too_small), not by the size the export records.
            RuleExample(title: "Walnut Side Table", images: ["https://cdn.example.com/t1.jpg"])
                .withImageSizes([(640, 480)]).withProbes([.image(.jpeg, 1200, 900)]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let minimum = facts.settings.minimumImageSide
        let images = facts.listing.images
        // The small images counted where the gallery holds them: a list of them would copy each one.
        var (first, count) = (images.endIndex, 0)
        for index in images.indices where Self.isSmall(images[index], minimum: minimum) {
            if count == 0 { first = index }
            count += 1
        }
        guard count > 0, let width = images[first].width, let height = images[first].height else { return nil }
        return finding(
            at: images[first].location, message: .lowResolution(count, minimum: minimum),
            evidence: "\(images[first].url) (\(width)x\(height))")
    }

    /// Whether `image`'s recorded longer side is below `minimum` (an image whose size is unknown or was probed is
    /// not judged here).
    private static func isSmall(_ image: ListingImage, minimum: Int) -> Bool {
        guard image.probe?.header == nil, let width = image.width, let height = image.height, width > 0, height > 0
        else { return false }
        return max(width, height) < minimum
    }
}

extension FindingMessage {
    fileprivate static func lowResolution(_ count: Int, minimum: Int) -> FindingMessage {
        FindingMessage(.lowResolution, count, minimum)
    }

    /// `lowResolution`'s text.
    static func lowResolutionText(_ message: FindingMessage, _ language: Language) -> String {
        let (count, minimum) = (message.first, message.second)
        return switch language {
        case .zh: "\(count) 张图片小于 \(minimum) 像素，无法放大查看细节"
        case .en: "\(count) image\(count == 1 ? " is" : "s are") smaller than \(minimum) px; buyers cannot zoom in"
        }
    }
}
