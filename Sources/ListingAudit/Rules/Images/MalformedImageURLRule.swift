/// `images.malformed_url`: image addresses a marketplace cannot fetch: spaces, no host, a local server, `file://`,
/// `C:\…`, other schemes, bare local file names, or text that is no address. 淘宝助理 exports name local pictures on
/// purpose, so they are not checked. A site-relative path (`/goods-img/a.jpg`) is how a Chinese shop's own tables and
/// Magento's export (paths under its media folder) store their pictures: fine there, and so in a table read by its
/// column names, whose destination is unknown: not flagged. In a feed or marketplace export it is flagged as an
/// address without the shop's domain, since feeds need absolute https addresses. An address with a host and no scheme
/// (`//cdn.example.com/a.jpg`) is relative too (to the page's scheme) and is treated alike: flagged as lacking
/// `https://` everywhere but in those tables.
struct MalformedImageURLRule: ListingRule {
    static let description = RuleDescription(
        id: "images.malformed_url", severity: .error,
        title: LocalizedText(zh: "图片地址无效", en: "Malformed image address"),
        rationale: LocalizedText(
            zh: "平台抓取不到的图片不会显示，买家看到的是空白或缺图的商品。",
            en: "An address the marketplace cannot fetch shows no image: buyers see a blank gallery."),
        fix: LocalizedText(
            zh: "上传图片到图片空间或 CDN，填写完整的 https:// 地址，去掉空格。",
            en: "Upload the images and use full https:// addresses without spaces."),
        linkedCategories: [.notAsDescribed],
        triggeringExamples: [
            RuleExample(title: "羊绒围巾", images: ["C:\\Users\\shop\\图片\\围巾1.jpg"]),
            RuleExample(title: "Leather Belt", images: ["https://cdn.example.com/belt photo 1.jpg"]),
            RuleExample(title: "Wool Socks", images: ["file:///Users/me/Desktop/socks.jpg"]),
            RuleExample(title: "Canvas Tote", images: ["IMG_2041.JPG"]),
            RuleExample(title: "陶瓷碗", images: ["https:///bowl.jpg"]),
            RuleExample(title: "Trail Bottle", images: ["PASTE_IMAGE_LINK_HERE"]),
            RuleExample(title: "纯棉T恤", images: ["替换为图片链接"]),
            RuleExample(title: "Garden Gloves", images: ["/Users/anna/Pictures/gloves.jpg"]),
            RuleExample(title: "麻布围裙", images: ["/home/shop/pictures/apron.jpg"]).read(as: .chineseShop),
            RuleExample(title: "Linen Apron", images: ["/media/products/apron.jpg"]).read(as: .googleMerchant),
            RuleExample(title: "竹制砧板", images: ["/upload/goods/board.jpg"]).read(as: .shopify),
            // Google Merchant Center and Amazon take absolute http(s) addresses only.
            RuleExample(title: "Wool Socks", images: ["//cdn.shopify.com/s/files/1/socks.jpg"]).read(as: .shopify),
            RuleExample(title: "竹编收纳篮", images: ["//img.alicdn.com/imgextra/i2/basket.jpg"])
                .read(as: .googleMerchant),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "羊绒围巾", images: ["https://img.alicdn.com/imgextra/i1/2200/O1CN01scarf.jpg"]),
            RuleExample(title: "Leather Belt", images: ["https://cdn.example.com/belt%20photo%201.jpg"]),
            // A Chinese shop's own table and Magento's export store their pictures as paths on the shop's domain, or
            // as addresses its pages complete with their own scheme.
            RuleExample(title: "保温杯", images: ["/goods-img/cup-01.jpg"]).read(as: .chineseShop),
            RuleExample(title: "竹编收纳篮", images: ["//img.alicdn.com/imgextra/i2/basket.jpg"]).read(as: .chineseShop),
            RuleExample(title: "Wool Socks", images: ["//cdn.example.com/files/socks.jpg"]).read(as: .magento),
            RuleExample(title: "Oak Shelf", images: ["/images/goods/shelf.jpg"]),
            RuleExample(title: "Steel Flask", images: ["/f/l/flask.png"]).read(as: .magento),
        ])

    /// Whether `format` is the export of a shop's own system, whose image paths are relative to the shop's domain by
    /// design, or a table read by its column names (a shop database's goods table), which is no feed. A switch, not
    /// a set: hashing the format cost ~350 instructions a listing.
    private static func storesSiteRelativePaths(_ format: ExportFormat) -> Bool {
        switch format {
        case .chineseShop, .magento, .generic, .mapped: true
        case .shopify, .wooCommerce, .amazonListingsReport, .amazonFlatFile, .googleMerchant, .taobaoAssistant, .olist:
            false
        }
    }

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard facts.listing.format != .taobaoAssistant else { return nil }
        let relativeByDesign = Self.storesSiteRelativePaths(facts.listing.format)
        // Counted where the facts hold the addresses, with no array of the broken ones copied out.
        let addresses = facts.imageAddresses
        var (first, count) = (Int?.none, 0)
        for index in addresses.indices {
            guard let problem = addresses[index].problem, !(relativeByDesign && problem.isRelative) else { continue }
            if first == nil { first = index }
            count += 1
        }
        guard let first, let problem = addresses[first].problem else { return nil }
        let broken = addresses[first]
        return finding(at: broken.location, message: .malformedImages(problem, count: count), evidence: broken.url)
    }
}

extension FindingMessage {
    fileprivate static func malformedImages(_ problem: ImageURL.Problem, count: Int) -> FindingMessage {
        FindingMessage(.malformedImages, problem.caseNumber, count)
    }

    /// `malformedImages`' text.
    static func malformedImagesText(_ message: FindingMessage, _ language: Language) -> String {
        let (problem, count) = (ImageURL.Problem(caseNumber: message.first), message.second)
        return switch language {
        case .zh:
            "\(count) 个图片地址无法访问：第一个\(problem.text.zh)"
                + (problem.isRelative ? "；投放渠道需要完整的 https:// 地址" : "")
        case .en:
            "\(count) image address\(count == 1 ? "" : "es") cannot be fetched: the first \(problem.text.en)"
                + (problem.isRelative ? "; feeds need absolute https addresses" : "")
        }
    }
}
