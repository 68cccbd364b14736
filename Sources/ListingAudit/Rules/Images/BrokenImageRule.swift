/// `images.broken` (with `--probe-images`): images that cannot be shown: the server answers 4xx or 5xx, the host
/// is unknown, TLS fails, the request times out, the file is missing, or the bytes are no image.
struct BrokenImageRule: ListingRule {
    static let description = RuleDescription(
        id: "images.broken", severity: .error,
        title: LocalizedText(zh: "图片打不开", en: "Broken image"),
        rationale: LocalizedText(
            zh: "打不开的图片在商品页显示为空白；主图打不开时买家什么都看不到，平台也会下架或降权。",
            en: "A broken image shows as a blank; a broken main image leaves buyers nothing to judge, and "
                + "marketplaces suppress the listing."),
        fix: LocalizedText(
            zh: "重新上传图片并更新图片地址，确认链接在浏览器中能打开。",
            en: "Upload the image again, update the address, and check that it opens in a browser."),
        linkedCategories: [.notAsDescribed],
        triggeringExamples: [
            RuleExample(title: "羊毛围巾", images: ["https://img.example.cn/scarf/1.jpg"])
                .withProbes([.status(404)]),
            RuleExample(
                title: "Oak Cutting Board",
                images: ["https://cdn.example.com/board-1.jpg", "https://cdn.example.com/board-2.jpg"]
            ).withProbes([.image(.jpeg, 1200, 1200), .failed(.timeout)]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "羊毛围巾", images: ["https://img.example.cn/scarf/1.jpg"])
                .withProbes([.image(.jpeg, 800, 800)]),
            // Images not probed are not judged.
            RuleExample(title: "Oak Cutting Board", images: ["https://cdn.example.com/board-1.jpg"]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let broken = ProbedImage.all(in: facts.listing).filter(\.probe.isBroken)
        guard let first = broken.first, let reason = first.probe.brokenReason else { return nil }
        let main = broken.contains(where: \.isMain)
        return finding(
            at: first.image.location, message: .brokenImages(broken.count, main: main, first: reason),
            evidence: "\(first.image.url) (\(reason.en))")
    }
}

extension LocalizedText {
    fileprivate static func brokenImages(_ count: Int, main: Bool, first: LocalizedText) -> LocalizedText {
        LocalizedText(
            zh: (main ? "主图打不开" : "\(count) 张图片打不开") + "（\(first.zh)）"
                + (main && count > 1 ? "，共 \(count) 张" : ""),
            en: (main ? "The main image is broken" : "\(count) image\(count == 1 ? " is" : "s are") broken")
                + " (\(first.en))" + (main && count > 1 ? "; \(count) in all" : ""))
    }
}
