/// `images.malformed_url`: image addresses a marketplace cannot fetch: spaces, no host, `file://`, `C:\…`, other
/// schemes, or bare local file names. 淘宝助理 exports name local pictures on purpose, so they are not checked.
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
        ],
        nonTriggeringExamples: [
            RuleExample(title: "羊绒围巾", images: ["https://img.alicdn.com/imgextra/i1/2200/O1CN01scarf.jpg"]),
            RuleExample(title: "Leather Belt", images: ["https://cdn.example.com/belt%20photo%201.jpg"]),
            RuleExample(title: "Wool Socks", images: ["//cdn.shopify.com/s/files/1/socks.jpg"]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard facts.listing.format != .taobaoAssistant else { return nil }
        let broken = facts.imageAddresses.filter { $0.problem != nil }
        guard let first = broken.first, let problem = first.problem else { return nil }
        return finding(at: first.location, message: .malformedImages(problem, count: broken.count), evidence: first.url)
    }
}

extension LocalizedText {
    fileprivate static func malformedImages(_ problem: ImageURL.Problem, count: Int) -> LocalizedText {
        LocalizedText(
            zh: "\(count) 个图片地址无法访问：第一个\(problem.text.zh)",
            en: "\(count) image address\(count == 1 ? "" : "es") cannot be fetched: the first \(problem.text.en)")
    }
}
