/// Columns of a product table beside the ones mapped to a field that still belong to the listing: more image columns
/// (a gallery held as a JSON array of addresses, as WooCommerce and marketplace exports write it, or `additional
/// image` columns), bullet-point columns (Amazon's `bullet_point1` … `bullet_point5`, `About Product`), whose lines
/// are added to the description, spec-list columns (`product_specifications`, 商品参数), whose specs are the
/// listing's attributes, and a sub-title column (严选 `brief`, newbee_mall `goods_intro`, `subtitle`, 副标题), kept
/// as the listing's `subtitle` attribute: read with the title, never as the description.
struct SupplementaryColumns: Sendable {
    /// Image columns other than the mapped one, in header order.
    let images: [Int]
    /// Bullet-point columns, in header order.
    let bullets: [Int]
    /// Spec-list columns with their header names, in header order.
    let specs: [(column: Int, name: String)]
    /// The sub-title column, if any (the first of them).
    let subtitle: Int?

    /// Folded column names that name more pictures of the listing (or contain one of these).
    static let imageNames = [
        "gallery", "additionalimage", "otherimage", "moreimage", "extraimage", "轮播图", "副图", "附图",
    ]
    /// Folded column names that name bullet points (or contain one of these).
    static let bulletNames = [
        "bulletpoint", "aboutproduct", "aboutthisitem", "keyproductfeatures", "keyfeatures", "商品卖点", "卖点",
    ]
    /// Folded column names that name a list of specs (or contain one of these).
    static let specNames = ["specification", "techspecs", "商品参数", "产品参数", "规格参数"]
    /// Folded column names of a sub-title (the whole name: `brief` and `intro` inside a longer name mean other
    /// things, `briefcase`, `introduction`).
    static let subtitleNames: Set<String> = ["subtitle", "brief", "goodsintro", "副标题"]

    /// The supplementary columns of `header`, leaving out the columns `mapping` already names.
    init(header: HeaderIndex, mapping: [MappedColumn]) {
        let used = Set(mapping.map(\.column))
        var images: [Int] = []
        var bullets: [Int] = []
        var specs: [(column: Int, name: String)] = []
        var subtitle: Int?
        for (index, name) in header.names.enumerated() where !used.contains(name) {
            let folded = ColumnSynonyms.fold(name)
            if Self.imageNames.contains(where: folded.contains) {
                images.append(index)
            } else if Self.bulletNames.contains(where: folded.contains) {
                bullets.append(index)
            } else if Self.specNames.contains(where: folded.contains) {
                specs.append((index, name))
            } else if subtitle == nil, Self.subtitleNames.contains(folded) {
                subtitle = index
            }
        }
        self.images = images
        self.bullets = bullets
        self.specs = specs
        self.subtitle = subtitle
    }

    /// Calls `body` with each image address in a gallery cell, in order: the strings of a JSON array
    /// (`["https://…", "https://…"]`, escapes decoded as `JSONObjectKeys` decodes member names), or the items of a
    /// plain list split by `separator`. No array of the addresses is made.
    static func forEachImageURL(
        in cell: UnsafeBufferPointer<UInt8>, separator: ListSeparator, _ body: (String) -> Void
    ) {
        guard cell.first == 0x5B else { return separator.forEachItem(in: cell, body) }
        let bytes = Array(cell)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x22 else {
                index += 1
                continue
            }
            let start = index
            var escaped = false
            index += 1
            while index < bytes.count, bytes[index] != 0x22 {
                if bytes[index] == 0x5C {
                    escaped = true
                    index += 1
                }
                index += 1
            }
            // An unterminated string at the end of the cell is no address.
            guard index < bytes.count else { break }
            if let url = JSONObjectKeys.string(bytes[start...index], escaped: escaped)?.trimmingWhitespace(),
                !url.isEmpty
            {
                body(url)
            }
            index += 1
        }
    }
}
