/// `images.too_large_file` (with `--probe-images`): image files over the platform's byte limit (Douyin and
/// Pinduoduo 1 MB, Taobao 3 MB, Amazon 10 MB, Google 16 MB, Shopify 20 MB).
struct LargeImageFileRule: ListingRule {
    static let description = RuleDescription(
        id: "images.too_large_file", severity: .warning,
        title: LocalizedText(zh: "图片文件过大", en: "Image file too large"),
        rationale: LocalizedText(
            zh: "超过平台大小上限的图片会上传失败或被压缩得模糊；过大的图片在手机上加载慢，买家等不及就走了。",
            en: "Files over the platform's limit are refused or recompressed into blur, and heavy images load "
                + "slowly on phones."),
        fix: LocalizedText(
            zh: "压缩图片（保持尺寸，降低质量到 80% 左右）后重新上传。",
            en: "Compress the image (same size, about 80% quality) and upload it again."),
        linkedCategories: [.notAsDescribed],
        readsProbes: true,
        triggeringExamples: [
            RuleExample(title: "不锈钢保温杯", images: ["https://img.example.cn/cup/1.jpg"])
                .withProbes([.image(.jpeg, 3000, 3000, bytes: 14 << 20)]),
            RuleExample(title: "Linen Apron", images: ["https://cdn.example.com/apron.png"])
                .withProbes([.image(.png, 4000, 4000, bytes: 12 << 20)]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "不锈钢保温杯", images: ["https://img.example.cn/cup/1.jpg"])
                .withProbes([.image(.jpeg, 1000, 1000, bytes: 400 << 10)]),
            // A size the server did not tell is not guessed.
            RuleExample(title: "Linen Apron", images: ["https://cdn.example.com/apron.png"])
                .withProbes([.image(.png, 1000, 1000, bytes: nil)]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let limit = facts.settings.maximumImageBytes
        let large = facts.probedImages.filter { ($0.probe.byteSize ?? 0) > limit }
        guard let first = large.first, let bytes = first.probe.byteSize else { return nil }
        return finding(
            at: first.image.location, message: .tooLarge(large.count, limit: limit),
            evidence: "\(first.image.url) (\(ProbedImage.megabytes(bytes)))")
    }
}

extension FindingMessage {
    /// `count` image files over `limit` bytes.
    fileprivate static func tooLarge(_ count: Int, limit: Int) -> FindingMessage {
        FindingMessage(.tooLarge, count, limit)
    }

    /// `tooLarge`'s text.
    static func tooLargeText(_ message: FindingMessage, _ language: Language) -> String {
        let (count, limit) = (message.first, ProbedImage.megabytes(message.second))
        return switch language {
        case .zh: "\(count) 张图片文件超过 \(limit) 上限"
        case .en: "\(count) image file\(count == 1 ? " is" : "s are") over the \(limit) limit"
        }
    }
}
