/// `images.shared_main_file` (with `--probe-images`): the main image is the same file (the same size and the same
/// first kilobytes, under any address) as the main image of another product in the run. Colour and size listings
/// of one product (the same title stem) may share a photo; two different products may not. Only main images are
/// compared: size charts and brand banners are shared across a shop's galleries on purpose.
struct SharedMainImageRule: ListingRule {
    static let description = RuleDescription(
        id: "images.shared_main_file", severity: .warning,
        title: LocalizedText(zh: "主图与其他商品相同", en: "Main image shared with another product"),
        rationale: LocalizedText(
            zh: "两个不同商品用同一张主图，至少有一个展示的不是实际发出的商品，买家收货后容易以“与描述不符”退款。",
            en: "When two different products show the same main photo, at least one of them shows something other "
                + "than what ships, and buyers return it as not as described."),
        fix: LocalizedText(
            zh: "给每个商品拍摄自己的主图；如果两者其实是同一商品的不同颜色或尺码，请合并为一个商品。",
            en: "Give each product a main photo of its own; if the two are one product in two colours or sizes, "
                + "list them as one product."),
        linkedCategories: [.notAsDescribed],
        triggeringExamples: [
            RuleExample(title: "真皮手提包", images: ["https://img.example.cn/bag/main.jpg"])
                .withProbes([.image(.jpeg, 800, 800, hash: 7)])
                .withSharedMain(products: 1, title: "帆布托特包", address: "https://img.example.cn/tote/main.jpg"),
            RuleExample(title: "Canvas Sneakers", images: ["https://cdn.example.com/sneakers.jpg"])
                .withProbes([.image(.jpeg, 1000, 1000, hash: 9)])
                .withSharedMain(products: 2, title: "Leather Boots", address: "https://cdn.example.com/boots.jpg"),
        ],
        nonTriggeringExamples: [
            // No other product's main image is this file (the colour listings of one product may share it).
            RuleExample(title: "真皮手提包", images: ["https://img.example.cn/bag/main.jpg"])
                .withProbes([.image(.jpeg, 800, 800, hash: 7)]),
            RuleExample(title: "Canvas Sneakers", images: ["https://cdn.example.com/sneakers.jpg"])
                .withProbes([.image(.jpeg, 1000, 1000, hash: 9)]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard let main = facts.listing.images.first, let shared = main.sameFileElsewhere else { return nil }
        return finding(
            at: main.location, message: .sharedMain(shared.products),
            evidence: "\(main.url) = \(shared.address) (\(shared.title))")
    }
}

extension FindingMessage {
    fileprivate static func sharedMain(_ products: Int) -> FindingMessage {
        FindingMessage(.sharedMain, products)
    }

    /// `sharedMain`'s text.
    static func sharedMainText(_ message: FindingMessage, _ language: Language) -> String {
        let products = message.first
        return switch language {
        case .zh: "主图与另外 \(products) 个商品的主图是同一文件"
        case .en:
            "The main image is the same file as the main image of \(products) other "
                + "product\(products == 1 ? "" : "s")"
        }
    }
}
