/// `images.broken_main` (with `--probe-images`): the main image cannot be shown (an error status, an unknown
/// host, a TLS failure, a timeout, a missing file, or bytes that are no image). Ranking puts these listings first:
/// a listing without a visible main image hardly sells at all.
struct BrokenMainImageRule: ListingRule {
    /// The rule's id, which ranking looks for.
    static let id = "images.broken_main"

    static let description = RuleDescription(
        id: id, severity: .error,
        title: LocalizedText(zh: "主图打不开", en: "Broken main image"),
        rationale: LocalizedText(
            zh: "主图打不开时，搜索结果和商品页都是空白，买家无从判断实物，平台也会下架或降权。",
            en: "Without a visible main image, search results and the product page show a blank; buyers have "
                + "nothing to judge and marketplaces suppress the listing."),
        fix: LocalizedText(
            zh: "立即重新上传主图并更新地址，确认链接在浏览器中能打开。",
            en: "Upload the main image again now, update the address, and check that it opens in a browser."),
        linkedCategories: [.notAsDescribed],
        readsProbes: true,
        triggeringExamples: [
            RuleExample(title: "羊毛围巾", images: ["https://img.example.cn/scarf/1.jpg"])
                .withProbes([.status(404)]),
            RuleExample(title: "Oak Cutting Board", images: ["https://cdn.example.com/board-1.jpg"])
                .withProbes([.failed(.hostNotFound)]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "羊毛围巾", images: ["https://img.example.cn/scarf/1.jpg"])
                .withProbes([.image(.jpeg, 800, 800)]),
            // A broken gallery image after the main one is images.broken's finding.
            RuleExample(
                title: "Oak Cutting Board",
                images: ["https://cdn.example.com/board-1.jpg", "https://cdn.example.com/board-2.jpg"]
            ).withProbes([.image(.jpeg, 1200, 1200), .status(500)]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard let main = facts.probedImages.first, main.isMain, main.probe.isBroken,
            let reason = main.probe.brokenCode
        else { return nil }
        return finding(
            at: main.image.location, message: .brokenMain(reason), evidence: main.image.url)
    }
}

extension FindingMessage {
    /// The main image is broken for the reason `ImageProbe.brokenCode` numbers.
    fileprivate static func brokenMain(_ reason: Int) -> FindingMessage {
        FindingMessage(.brokenMain, reason)
    }

    /// `brokenMain`'s text.
    static func brokenMainText(_ message: FindingMessage, _ language: Language) -> String {
        let reason = ImageProbe.brokenReason(message.first)
        return switch language {
        case .zh: "主图打不开（\(reason.zh)）"
        case .en: "The main image is broken (\(reason.en))"
        }
    }
}
