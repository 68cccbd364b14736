/// `images.broken` (with `--probe-images`): gallery images after the main one that cannot be shown: the server
/// answers 4xx or 5xx, the host is unknown, TLS fails, the request times out, the file is missing, or the bytes
/// are no image. A broken main image is `images.broken_main`.
struct BrokenImageRule: ListingRule {
    static let description = RuleDescription(
        id: "images.broken", severity: .warning,
        title: LocalizedText(zh: "图片打不开", en: "Broken image"),
        rationale: LocalizedText(
            zh: "打不开的图片在商品页显示为空白，买家少看了一个角度，也会怀疑店铺是否靠谱。",
            en: "A broken image shows as a blank: buyers miss an angle and start doubting the shop."),
        fix: LocalizedText(
            zh: "重新上传图片并更新图片地址，确认链接在浏览器中能打开。",
            en: "Upload the image again, update the address, and check that it opens in a browser."),
        linkedCategories: [.notAsDescribed],
        readsProbes: true,
        triggeringExamples: [
            RuleExample(
                title: "羊毛围巾", images: ["https://img.example.cn/scarf/1.jpg", "https://img.example.cn/scarf/2.jpg"]
            ).withProbes([.image(.jpeg, 800, 800), .status(404)]),
            RuleExample(
                title: "Oak Cutting Board",
                images: ["https://cdn.example.com/board-1.jpg", "https://cdn.example.com/board-2.jpg"]
            ).withProbes([.image(.jpeg, 1200, 1200), .failed(.timeout)]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "羊毛围巾", images: ["https://img.example.cn/scarf/1.jpg"])
                .withProbes([.image(.jpeg, 800, 800)]),
            // Images not probed are not judged; a broken main image is images.broken_main's finding.
            RuleExample(title: "Oak Cutting Board", images: ["https://cdn.example.com/board-1.jpg"]),
            RuleExample(title: "Oak Cutting Board", images: ["https://cdn.example.com/board-1.jpg"])
                .withProbes([.status(404)]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let broken = facts.probedImages.filter { !$0.isMain && $0.probe.isBroken }
        guard let first = broken.first, let reason = first.probe.brokenCode else { return nil }
        return finding(
            at: first.image.location, message: .brokenImages(broken.count, first: reason),
            evidence: first.image.url)
    }
}

extension FindingMessage {
    /// `count` images are broken, the first for the reason `ImageProbe.brokenCode` numbers.
    fileprivate static func brokenImages(_ count: Int, first: Int) -> FindingMessage {
        FindingMessage(.brokenImages, count, first)
    }

    /// `brokenImages`' text.
    static func brokenImagesText(_ message: FindingMessage, _ language: Language) -> String {
        let (count, first) = (message.first, ImageProbe.brokenReason(message.second))
        return switch language {
        case .zh: "\(count) 张图片打不开（第一张：\(first.zh)）"
        case .en: "\(count) image\(count == 1 ? " is" : "s are") broken (the first: \(first.en))"
        }
    }
}
