/// Reads 淘宝助理 CSV exports (after the `version 1.00` line; the header is the English key row, the Chinese label
/// row is skipped). A listing is keyed by `num_id` (else `outer_id`). `picture` holds `name:flag:position:|url;`
/// entries (a local picture name stands in when the URL is empty). `skuProps` holds
/// `price:quantity:outer_id:pid:vid;pid:vid;…` per SKU; option names come from the property id (颜色分类, 尺码,
/// 鞋码) and values from `propAlias`/`input_custom_cpv` (`pid:vid:名称;`), else the value id.
struct TaobaoAssistantAdapter: ListingAdapter {
    private let title, cid, price, description, picture, skuProps, outerID, numID, propAlias, customValues,
        subtitle: Int?
    private(set) var columnMapping: [MappedColumn]
    /// Property ids with well-known names.
    static let propertyNames = ["1627207": "颜色分类", "20509": "尺码", "20549": "鞋码", "122216343": "尺寸"]

    init(header: HeaderIndex) {
        var finder = ColumnFinder(header)
        numID = finder.find("listing_id", "num_id")
        outerID = finder.find("sku", "outer_id")
        title = finder.find("title", "title")
        description = finder.find("description", "description")
        cid = finder.find("category", "cid")
        price = finder.find("price", "price")
        picture = finder.find("image_urls", "picture")
        skuProps = finder.find("variants", "skuProps")
        propAlias = finder.find("option_names", "propAlias")
        customValues = finder.find("option_names", "input_custom_cpv")
        subtitle = finder.find("attribute:subtitle", "subtitle")
        columnMapping = finder.mapping
    }

    func keys(of record: CSVRecord, into keys: inout [String]) {
        let number = record.text(numID)
        keys.append(number.isEmpty ? record.text(outerID) : number)
    }

    mutating func read(_ record: CSVRecord, into collector: inout ListingCollector) {
        let number = record.text(numID)
        let key = number.isEmpty ? record.text(outerID) : number
        guard !key.isEmpty else {
            collector.skip(
                line: record.line, column: numID.map { $0 + 1 }, zh: "缺少宝贝 num_id 和商家编码",
                en: "no num_id or outer_id")
            return
        }
        if collector.skipDuplicate(key, record, column: numID, zh: "重复的宝贝", en: "duplicate item") {
            return
        }
        let at = collector.locator
        guard collector.buildsNextListing else {
            collector.add(Listing(id: key, format: .taobaoAssistant, location: at(record.line, 1)))
            return
        }
        var listing = Listing(
            id: key, title: record.text(title), description: record.plainText(description),
            categoryPath: record.text(cid), price: record.price(price), format: .taobaoAssistant,
            location: at(record.line, 1))
        for (index, url) in Self.pictures(record.text(picture)).enumerated() {
            listing.addImage(ListingImage(url: url, position: index + 1, location: at(record, index: picture)))
        }
        var names: [String: String] = [:]
        for cell in [record.text(customValues), record.text(propAlias)] {
            for entry in cell.split(separator: ";") {
                let parts = entry.split(separator: ":", maxSplits: 2).map(String.init)
                if parts.count == 3 { names["\(parts[0]):\(parts[1])"] = parts[2] }
            }
        }
        listing.variants = variants(record.text(skuProps), names: names, location: at(record, index: skuProps))
        if listing.variants.isEmpty {
            let outer = record.text(outerID)
            listing.variants = [
                Variant(sku: outer.isEmpty ? nil : outer, price: listing.price, location: at(record.line, 1))
            ]
        }
        let sub = record.text(subtitle)
        if !sub.isEmpty {
            listing.attributes.append(
                Attribute(name: Attribute.subtitleName, value: sub, location: at(record, index: subtitle)))
        }
        collector.add(listing)
    }

    /// The picture URLs (or local names) in a `picture` cell.
    static func pictures(_ cell: String) -> [String] {
        cell.split(separator: ";").compactMap { entry in
            let text = String(entry).trimmingWhitespace()
            guard !text.isEmpty else { return nil }
            guard let bar = text.range(of: "|") else { return text }
            let url = String(text[bar.upperBound...]).trimmingWhitespace()
            if !url.isEmpty { return url }
            let name = text[..<bar.lowerBound].split(separator: ":").first.map(String.init) ?? ""
            return name.isEmpty ? nil : name
        }
    }

    private func variants(_ cell: String, names: [String: String], location: SourceLocation) -> [Variant] {
        var variants: [Variant] = []
        for token in cell.split(separator: ";") {
            let parts = token.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            let pair: (String, String)
            if parts.count >= 5 {
                let sku = parts[2].trimmingWhitespace()
                variants.append(
                    Variant(sku: sku.isEmpty ? nil : sku, price: CellText.price(parts[0]), location: location))
                pair = (parts[3], parts[4])
            } else if parts.count == 2, !variants.isEmpty {
                pair = (parts[0], parts[1])
            } else {
                continue
            }
            let name = Self.propertyNames[pair.0] ?? "属性\(pair.0)"
            let value = names["\(pair.0):\(pair.1)"] ?? pair.1
            variants[variants.count - 1].options.append(
                VariantOption(name: name, value: value, kind: OptionNames.kind(of: name)))
        }
        return variants
    }
}
