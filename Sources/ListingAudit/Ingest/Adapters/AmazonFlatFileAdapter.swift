/// Reads Amazon flat-file inventory templates (the header is the field-name row after the `TemplateType=` and
/// display-name rows). `parent` rows are listings; `child` rows are variants of the listing their `parent_sku`
/// names, wherever it is in the file; rows without `parent_child` are listings with one variant. Children whose
/// parent is not in the file are grouped into one listing per `parent_sku`, titled from the first child.
/// Bullet points are appended to the description, one per line.
struct AmazonFlatFileAdapter: ListingAdapter {
    private let sku, name, description, brand, productType, itemType, price, parentChild, parentSKU, colour,
        size, mainImage, productID, productIDType: Int?
    private let otherImages: [Int]
    private let bullets: [Int]
    private let extras: [(name: String, column: Int)]
    private(set) var columnMapping: [MappedColumn]
    /// Child rows whose parent had not been read yet, in file order.
    private var waiting: [CSVRecord] = []
    /// The `parent_sku`s that `waiting` rows name.
    private var waitingParents: Set<String> = []

    init(header: HeaderIndex) {
        var finder = ColumnFinder(header)
        sku = finder.find("listing_id", "item_sku", "sku")
        name = finder.find("title", "item_name", "product_name")
        description = finder.find("description", "product_description")
        bullets = (1...10).compactMap { finder.find("description", "bullet_point\($0)") }
        itemType = finder.find("category", "item_type", "recommended_browse_nodes")
        productType = finder.find("product_type", "feed_product_type")
        brand = finder.find("brand", "brand_name", "brand")
        price = finder.find("price", "standard_price", "price")
        parentChild = finder.find("parent_child", "parent_child")
        parentSKU = finder.find("parent_sku", "parent_sku")
        colour = finder.find("colours", "color_name", "colour_name")
        size = finder.find("sizes", "size_name")
        mainImage = finder.find("image_urls", "main_image_url")
        productID = finder.find("barcode", "external_product_id")
        productIDType = finder.find("barcode_type", "external_product_id_type")
        otherImages = (1...8).compactMap { finder.find("image_urls", "other_image_url\($0)") }
        var extras: [(String, Int)] = []
        for attribute in [
            "material_type", "fabric_type", "department_name", "variation_theme", "size_map", "color_map",
        ] {
            if let column = finder.find("attribute:\(attribute)", attribute) { extras.append((attribute, column)) }
        }
        self.extras = extras
        columnMapping = finder.mapping
    }

    func keys(of record: CSVRecord, into keys: inout [String]) {
        keys.append(record.text(record.text(parentChild).lowercased() == "child" ? parentSKU : sku))
    }

    mutating func read(_ record: CSVRecord, into collector: inout ListingCollector) {
        let key = record.text(sku)
        guard !key.isEmpty else {
            collector.skip(line: record.line, column: sku.map { $0 + 1 }, zh: "缺少 item_sku", en: "no item_sku")
            return
        }
        let role = record.text(parentChild).lowercased()
        if role == "child" {
            if !addChild(record, into: &collector) {
                waiting.append(record)
                waitingParents.insert(record.text(parentSKU))
            }
            return
        }
        if collector.skipDuplicate(key, record, column: sku, zh: "重复的 item_sku", en: "duplicate item_sku") {
            return
        }
        let position = collector.add(
            Listing(id: key, format: .amazonFlatFile, location: collector.location(record.line, 1)))
        collector.modify(position) { listing, at in
            fill(record, &listing, at: at)
            if role == "parent" {
                addImages(record, to: &listing, variantSKU: nil, at: at)
            } else {
                addVariant(record, to: &listing, at: at)
            }
        }
        adoptWaitingChildren(of: key, at: position, in: &collector)
    }

    /// Adds the children read before their parent (now at `position`), keeping the variants in file order.
    private mutating func adoptWaitingChildren(of key: String, at position: Int, in collector: inout ListingCollector) {
        guard waitingParents.remove(key) != nil else { return }
        let adopted = waiting.filter { $0.text(parentSKU) == key }
        waiting.removeAll { $0.text(parentSKU) == key }
        collector.modify(position) { listing, at in
            for record in adopted { addVariant(record, to: &listing, at: at) }
            listing.variants.sort { $0.location.line < $1.location.line }
        }
    }

    private func fill(_ record: CSVRecord, _ listing: inout Listing, at: Locator) {
        var lines = [record.plainText(description)]
        lines += bullets.map { record.text($0) }.filter { !$0.isEmpty }.map { "• " + $0 }
        listing.fill(.title, with: record.text(name), at: at(record, index: name))
        listing.fill(
            .description, with: lines.filter { !$0.isEmpty }.joined(separator: "\n"), at: at(record, index: description)
        )
        listing.fill(.category, with: record.text(itemType), at: at(record, index: itemType))
        listing.fill(.productType, with: record.text(productType), at: at(record, index: productType))
        listing.fill(.brand, with: record.text(brand), at: at(record, index: brand))
        for (attribute, column) in extras where !record.isBlank(column) {
            if !listing.attributes.contains(where: { $0.name == attribute }) {
                listing.attributes.append(
                    Attribute(name: attribute, value: record.text(column), location: at(record, index: column)))
            }
        }
    }

    private func addVariant(_ record: CSVRecord, to listing: inout Listing, at: Locator) {
        var options: [VariantOption] = []
        if let colour, !record.isBlank(colour) {
            options.append(VariantOption(name: "color_name", value: record.text(colour), kind: .colour))
        }
        if let size, !record.isBlank(size) {
            options.append(VariantOption(name: "size_name", value: record.text(size), kind: .size))
        }
        let variantSKU = record.text(sku)
        let main = record.text(mainImage)
        // `external_product_id` is a GTIN only when its type says so (not an ASIN or ISBN).
        let idType = record.text(productIDType).uppercased()
        let barcode = ["EAN", "UPC", "GTIN"].contains(idType) ? record.text(productID) : ""
        listing.variants.append(
            Variant(
                sku: variantSKU, options: options, price: record.price(price),
                imageURL: main.isEmpty ? nil : main, barcode: barcode.isEmpty ? nil : barcode,
                location: at(record, index: sku)))
        addImages(record, to: &listing, variantSKU: listing.id == variantSKU ? nil : variantSKU, at: at)
    }

    private func addImages(_ record: CSVRecord, to listing: inout Listing, variantSKU: String?, at: Locator) {
        for column in [mainImage].compactMap({ $0 }) + otherImages where !record.isBlank(column) {
            listing.addImage(
                address: record.withText(column) { ArraySlice($0) }, variantSKU: variantSKU,
                location: at(record, index: column))
        }
    }

    private func addChild(_ record: CSVRecord, into collector: inout ListingCollector) -> Bool {
        guard let position = collector.position(of: record.text(parentSKU)) else { return false }
        collector.modify(position) { listing, at in addVariant(record, to: &listing, at: at) }
        return true
    }

    mutating func finish(into collector: inout ListingCollector) {
        for record in waiting where !addChild(record, into: &collector) {
            var parent = record.text(parentSKU)
            if parent.isEmpty { parent = record.text(sku) }
            let position = collector.add(
                Listing(id: parent, format: .amazonFlatFile, location: collector.location(record.line, 1)))
            collector.modify(position) { listing, at in
                fill(record, &listing, at: at)
                addVariant(record, to: &listing, at: at)
            }
        }
        waiting = []
        waitingParents = []
    }
}
