/// `images.missing_main`: a listing with no image at all, in an export that carries images. When no listing of an
/// export has one, the export has no image column (or leaves it empty): that is one note about the export
/// (`ExportGap.images`), not a finding on each of its listings.
struct MissingMainImageRule: ListingRule {
    static let description = RuleDescription(
        id: "images.missing_main", severity: .error,
        title: LocalizedText(zh: "缺少主图", en: "No main image"),
        rationale: LocalizedText(
            zh: "没有主图的商品无法发布或被降权，买家也无从判断实物，收货后“与描述不符”的风险最高。",
            en: "Marketplaces reject or bury listings without an image, and buyers who order anyway have nothing "
                + "to compare the parcel with."),
        fix: LocalizedText(
            zh: "上传至少一张清晰的白底主图（建议 800×800 以上）。",
            en: "Upload at least one clear main image on a white background (800 x 800 px or larger)."),
        linkedCategories: [.notAsDescribed],
        triggeringExamples: [
            RuleExample(title: "纯棉四件套 1.8m床", description: "全棉斜纹。", shop: [withImage]),
            RuleExample(title: "Stainless Steel Water Bottle 750ml", images: ["   "], shop: [withImage]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "纯棉四件套", images: ["https://img.example.cn/bedding/main.jpg"]),
            RuleExample(title: "Water Bottle", images: ["https://cdn.example.com/bottle.jpg"]),
            // An export without an image column: no listing has images, so none is missing one.
            RuleExample(title: "Ceramic Mug", shop: [withoutImage]),
        ])

    /// Another listing of the examples' shop, which has an image.
    private static let withImage = RuleExample(title: "Mug", images: ["https://cdn.example.com/mug.jpg"]).listing
    /// Another listing of a shop whose export has no images.
    private static let withoutImage = RuleExample(title: "Oak Side Table").listing

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard facts.imageAddresses.isEmpty else { return nil }
        let listing = facts.listing
        return finding(
            at: listing.location, message: .noMainImage, evidence: listing.title.isEmpty ? listing.id : listing.title,
            condition: .exportHasImages)
    }
}

extension FindingMessage {
    fileprivate static let noMainImage = FindingMessage(.noMainImage)

    /// `noMainImage`'s text.
    static let noMainImageText = LocalizedText(zh: "商品没有主图", en: "The listing has no main image")
}
