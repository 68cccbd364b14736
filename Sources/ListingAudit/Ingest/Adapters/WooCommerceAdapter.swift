/// Reads WooCommerce's core product CSV. Every product row becomes a listing keyed by its `ID` (or `SKU` when the
/// export has no `ID` column); `variation` rows become variants of the product their `Parent` names (`id:76` or
/// the parent's SKU), wherever in the file the parent is. `Images` is one comma-separated cell. `Attribute N name`
/// / `Attribute N value(s)` become attributes of products; on variations (one value each) they are the variant's
/// options, and a simple product's single-valued size/colour attributes are its variant's options.
struct WooCommerceAdapter: ListingAdapter {
    private let id, type, sku, name, description, shortDescription, regularPrice, salePrice, categories, tags,
        images, parent, brand, barcode, published: Int?
    private let attributes: [(name: Int, values: Int)]
    private(set) var columnMapping: [MappedColumn]
    /// Variation rows whose parent had not been read yet, by the `Parent` reference they name.
    private var waiting: [String: [CSVRecord]] = [:]

    init(header: HeaderIndex) {
        var finder = ColumnFinder(header)
        id = finder.find("listing_id", "ID")
        sku = finder.find("sku", "SKU")
        type = finder.find("product_type", "Type")
        name = finder.find("title", "Name")
        description = finder.find("description", "Description")
        shortDescription = finder.find("description", "Short description")
        categories = finder.find("category", "Categories")
        brand = finder.find("brand", "Brands", "Brand")
        regularPrice = finder.find("price", "Regular price")
        salePrice = finder.find("price", "Sale price")
        barcode = finder.find("barcode", "GTIN, UPC, EAN, or ISBN", "GTIN, UPC, EAN or ISBN")
        published = finder.find("status", "Published")
        tags = finder.find("attribute:tags", "Tags")
        images = finder.find("image_urls", "Images")
        parent = finder.find("parent", "Parent")
        var attributes: [(Int, Int)] = []
        for number in 1...99 {
            guard let nameColumn = header.column("Attribute \(number) name"),
                let valueColumn = header.column("Attribute \(number) value(s)", "Attribute \(number) values")
            else { continue }
            finder.record("option/attribute name", column: nameColumn)
            finder.record("option/attribute values", column: valueColumn)
            attributes.append((nameColumn, valueColumn))
        }
        self.attributes = attributes
        columnMapping = finder.mapping
    }

    func keys(of record: CSVRecord, into keys: inout [String]) {
        if isVariation(record) {
            keys.append(record.text(parent))
            return
        }
        let ownID = record.text(id)
        let ownSKU = record.text(sku)
        keys.append(ownID.isEmpty ? ownSKU : ownID)
        keys.append(ownSKU)
        keys.append(ownID.isEmpty ? "" : "id:\(ownID)")
    }

    private func isVariation(_ record: CSVRecord) -> Bool {
        record.text(type).lowercased().containsExactly("variation")
    }

    mutating func read(_ record: CSVRecord, into collector: inout ListingCollector) {
        if isVariation(record) {
            if !addVariation(record, into: &collector) { waiting[record.text(parent), default: []].append(record) }
            return
        }
        let ownID = record.text(id)
        let ownSKU = record.text(sku)
        let key = ownID.isEmpty ? ownSKU : ownID
        guard !key.isEmpty else {
            collector.skip(line: record.line, column: (id ?? sku).map { $0 + 1 }, zh: "缺少 ID 和 SKU", en: "no ID or SKU")
            return
        }
        if collector.skipDuplicate(key, record, column: id ?? sku, zh: "重复的商品", en: "duplicate product") {
            return
        }
        let position = collector.add(
            Listing(id: key, format: .wooCommerce, location: collector.location(record.line, 1)))
        if !ownSKU.isEmpty { collector.alias(ownSKU, to: position) }
        if !ownID.isEmpty { collector.alias("id:\(ownID)", to: position) }
        collector.modify(position) { listing, at in fill(record, &listing, at: at) }
        adoptWaitingVariations(of: position, keys: [key, ownSKU, ownID.isEmpty ? "" : "id:\(ownID)"], in: &collector)
    }

    /// Adds the variations read before their parent (now at `position`), keeping the variants in file order.
    private mutating func adoptWaitingVariations(
        of position: Int, keys: [String], in collector: inout ListingCollector
    ) {
        guard !waiting.isEmpty else { return }
        var adopted = false
        for key in keys where !key.isEmpty && collector.position(of: key) == position {
            for record in waiting.removeValue(forKey: key) ?? [] {
                adopted = addVariation(record, into: &collector) || adopted
            }
        }
        if adopted {
            collector.modify(position) { listing, _ in listing.variants.sort { $0.location.line < $1.location.line } }
        }
    }

    private func fill(_ record: CSVRecord, _ listing: inout Listing, at: Locator) {
        listing.title = record.text(name)
        let long = record.plainText(description)
        listing.description = long.isEmpty ? record.plainText(shortDescription) : long
        listing.categoryPath = record.text(categories)
        listing.productType = record.text(type)
        listing.brand = record.text(brand)
        switch record.text(published) {
        case "1": listing.isLive = true
        case "0", "-1": listing.isLive = false
        default: break
        }
        let tagText = record.text(tags)
        if !tagText.isEmpty {
            listing.attributes.append(Attribute(name: "tags", value: tagText, location: at(record, index: tags)))
        }
        var singleOptions: [VariantOption] = []
        for pair in attributes {
            let attributeName = record.text(pair.name)
            let values = record.text(pair.values)
            guard !attributeName.isEmpty else { continue }
            listing.attributes.append(
                Attribute(name: attributeName, value: values, location: at(record, index: pair.values)))
            // Only a size's or colour's values are split, to find a single one.
            let kind = OptionNames.kind(of: attributeName)
            guard kind != .other else { continue }
            let list = CellText.list(values, separators: [","])
            if list.count == 1 {
                singleOptions.append(VariantOption(name: attributeName, value: list[0], kind: kind))
            }
        }
        addImages(record, to: &listing, variantSKU: nil, at: at)
        guard !listing.productType.lowercased().containsExactly("variable") else { return }
        let ownSKU = record.text(sku)
        listing.variants.append(
            Variant(
                sku: ownSKU.isEmpty ? nil : ownSKU, options: singleOptions, price: price(record),
                barcode: barcode(record), regularPrice: regularPrice(record), location: at(record, index: sku ?? 0)))
    }

    private func price(_ record: CSVRecord) -> Double? {
        record.price(salePrice) ?? record.price(regularPrice)
    }

    /// The regular price, when a sale price is set beside it.
    private func regularPrice(_ record: CSVRecord) -> Double? {
        record.price(salePrice) == nil ? nil : record.price(regularPrice)
    }

    private func barcode(_ record: CSVRecord) -> String? {
        let text = record.text(barcode)
        return text.isEmpty ? nil : text
    }

    private func addImages(_ record: CSVRecord, to listing: inout Listing, variantSKU: String?, at: Locator) {
        record.forEachItem(images, .commas) { url in
            listing.addImage(address: ArraySlice(url.utf8), variantSKU: variantSKU, location: at(record, index: images))
        }
    }

    /// Adds a variation row to its parent; false when the parent has not been read.
    private func addVariation(_ record: CSVRecord, into collector: inout ListingCollector) -> Bool {
        let reference = record.text(parent)
        guard let position = collector.position(of: reference) else { return false }
        collector.modify(position) { listing, at in
            var options: [VariantOption] = []
            for pair in attributes {
                let optionName = record.text(pair.name)
                let value = record.text(pair.values)
                guard !optionName.isEmpty, !value.isEmpty else { continue }
                options.append(VariantOption(name: optionName, value: value, kind: OptionNames.kind(of: optionName)))
            }
            let ownSKU = record.text(sku)
            let variantSKU = ownSKU.isEmpty ? nil : ownSKU
            let image = record.items(images, .commas).first
            listing.variants.append(
                Variant(
                    sku: variantSKU, options: options, price: price(record), imageURL: image,
                    barcode: barcode(record), regularPrice: regularPrice(record), location: at(record, index: 0)))
            addImages(record, to: &listing, variantSKU: variantSKU, at: at)
        }
        return true
    }

    mutating func finish(into collector: inout ListingCollector) {
        for record in waiting.values.joined().sorted(by: { $0.line < $1.line }) {
            collector.skip(
                line: record.line, column: parent.map { $0 + 1 }, zh: "变体的父商品不在文件中",
                en: "variation whose Parent is not in the file")
        }
        waiting = [:]
    }
}
