/// `images.too_small` (with `--probe-images`): images whose real longer side is under the platform's minimum
/// (Amazon 1000 px, Taobao and Shopify 800 px, Douyin 600 px, Google 500 px, Pinduoduo 480 px), or under its hard
/// minimum (100 px by default; Amazon 500 px), below which the image is refused.
struct TooSmallImageRule: ListingRule {
    static let description = RuleDescription(
        id: "images.too_small", severity: .warning,
        title: LocalizedText(zh: "图片尺寸太小", en: "Image too small"),
        rationale: LocalizedText(
            zh: "图片太小就无法放大看细节，买家只能猜材质和做工；低于平台下限的图片会被拒绝。",
            en: "A small image cannot be zoomed, so buyers guess at texture and finish; below the platform's hard "
                + "minimum it is refused."),
        fix: LocalizedText(
            zh: "上传原图，长边至少达到平台建议尺寸（如 800×800 以上）。",
            en: "Upload the original photo, at least the platform's recommended size on its longer side."),
        linkedCategories: [.notAsDescribed],
        readsProbes: true,
        triggeringExamples: [
            RuleExample(
                title: "真丝睡衣", images: ["https://img.example.cn/pj/1.jpg", "https://img.example.cn/pj/2.jpg"]
            ).withProbes([.image(.jpeg, 1200, 1200), .image(.jpeg, 400, 400)]),
            RuleExample(title: "Brass Door Knob", images: ["https://cdn.example.com/knob.png"])
                .withProbes([.image(.png, 80, 80)]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "真丝睡衣", images: ["https://img.example.cn/pj/1.jpg"])
                .withProbes([.image(.jpeg, 800, 800)]),
            // A tall 3:4 image counts by its longer side.
            RuleExample(title: "Brass Door Knob", images: ["https://cdn.example.com/knob.jpg"])
                .withProbes([.image(.jpeg, 750, 1000)]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        // The two sides read out of the shared settings: the closures capturing the settings themselves copied
        // them whole (their references retained and released) for every listing.
        let (minimumSide, hardMinimumSide) = (facts.settings.minimumImageSide, facts.settings.hardMinimumImageSide)
        let small = facts.probedImages.filter { image in
            guard let header = image.header else { return false }
            return max(header.width, header.height) < minimumSide
        }
        guard let first = small.first else { return nil }
        let refused = small.filter { image in
            image.header.map { max($0.width, $0.height) < hardMinimumSide } ?? false
        }
        let message: FindingMessage = refused.isEmpty
            ? .tooSmall(small.count, minimum: minimumSide)
            : .refused(refused.count, hardMinimum: hardMinimumSide)
        let shown = refused.first ?? first
        return finding(at: shown.image.location, message: message, evidence: "\(shown.image.url) (\(shown.sizeText))")
    }
}

extension FindingMessage {
    fileprivate static func tooSmall(_ count: Int, minimum: Int) -> FindingMessage {
        FindingMessage(.tooSmall, count, minimum)
    }

    /// `tooSmall`'s text.
    static func tooSmallText(_ message: FindingMessage, _ language: Language) -> String {
        let (count, minimum) = (message.first, message.second)
        return switch language {
        case .zh: "\(count) 张图片实际尺寸小于 \(minimum) 像素，无法放大查看细节"
        case .en: "\(count) image\(count == 1 ? " is" : "s are") under \(minimum) px in fact; buyers cannot zoom in"
        }
    }

    fileprivate static func refused(_ count: Int, hardMinimum: Int) -> FindingMessage {
        FindingMessage(.refused, count, hardMinimum)
    }

    /// `refused`'s text.
    static func refusedText(_ message: FindingMessage, _ language: Language) -> String {
        let (count, hardMinimum) = (message.first, message.second)
        return switch language {
        case .zh: "\(count) 张图片小于 \(hardMinimum) 像素，平台会拒绝"
        case .en: "\(count) image\(count == 1 ? " is" : "s are") under \(hardMinimum) px; the platform refuses them"
        }
    }
}
