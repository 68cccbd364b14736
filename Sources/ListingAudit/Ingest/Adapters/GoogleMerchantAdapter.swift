/// Reads Google Merchant Center product feeds and the affiliate feeds that use Google's attribute names (AWIN and
/// similar), with or without the `g:` prefix. Rows sharing an `item_group_id` form one listing whose variants are
/// the rows; a row without one is its own listing keyed by `id`. A row repeating an earlier row's `id` is skipped.
struct GoogleMerchantAdapter: ListingAdapter {
    private let id, group, title, description, link, imageLink, additionalImages, colour, size, googleCategory,
        productType, brand, price, salePrice, gtin: Int?
    private let extras: [(name: String, column: Int)]
    private(set) var columnMapping: [MappedColumn]
    /// The line each item id was first read on.
    private var seenItems: [String: Int] = [:]

    init(header: HeaderIndex) {
        var finder = ColumnFinder(header)
        func find(_ field: String, _ name: String) -> Int? { finder.find(field, name, "g:\(name)") }
        group = find("listing_id", "item_group_id")
        id = find("sku", "id")
        title = find("title", "title")
        description = find("description", "description")
        googleCategory = find("category", "google_product_category")
        productType = find("product_type", "product_type")
        brand = find("brand", "brand")
        price = find("price", "price")
        salePrice = find("price", "sale_price")
        gtin = find("barcode", "gtin")
        colour = find("colours", "color")
        size = find("sizes", "size")
        imageLink = find("image_urls", "image_link")
        additionalImages = find("image_urls", "additional_image_link")
        link = find("link", "link")
        var extras: [(String, Int)] = []
        for name in ["material", "pattern", "gender", "age_group", "size_system", "size_type", "condition"] {
            if let column = find("attribute:\(name)", name) { extras.append((name, column)) }
        }
        self.extras = extras
        columnMapping = finder.mapping
    }

    func keys(of record: CSVRecord, into keys: inout [String]) {
        let groupID = record.text(group)
        keys.append(groupID.isEmpty ? record.text(id) : groupID)
    }

    mutating func read(_ record: CSVRecord, into collector: inout ListingCollector) {
        let itemID = record.text(id)
        let groupID = record.text(group)
        let key = groupID.isEmpty ? itemID : groupID
        guard !key.isEmpty else {
            collector.skip(line: record.line, column: id.map { $0 + 1 }, zh: "缺少商品 id", en: "no item id")
            return
        }
        if !itemID.isEmpty {
            if let first = seenItems[itemID] {
                collector.skip(
                    line: record.line, column: id.map { $0 + 1 }, zh: "重复的商品ID（首次出现在第 \(first) 行）",
                    en: "duplicate item id (first at line \(first))")
                return
            }
            seenItems[itemID] = record.line
        }
        let position =
            collector.position(of: key)
            ?? collector.add(Listing(id: key, format: .googleMerchant, location: collector.location(of: record)))
        let grouped = !groupID.isEmpty
        let feedHasPrices = price != nil
        collector.modify(position) { listing, at in
            // A feed is what the shop submits: every item with a price column is meant to be live.
            if feedHasPrices { listing.isLive = true }
            listing.fill(.title, with: record.text(title), at: at(record, index: title))
            listing.fill(
                .description, with: record.plainText(description), at: at(record, index: description))
            listing.fill(.category, with: record.text(googleCategory), at: at(record, index: googleCategory))
            listing.fill(.productType, with: record.text(productType), at: at(record, index: productType))
            listing.fill(.brand, with: record.text(brand), at: at(record, index: brand))
            for (name, column) in extras {
                let value = record.text(column)
                if !value.isEmpty {
                    listing.addAttributeOnce(Attribute(name: name, value: value, location: at(record, index: column)))
                }
            }
            addVariant(record, itemID: itemID, grouped: grouped, to: &listing, at: at)
        }
    }

    private func addVariant(_ record: CSVRecord, itemID: String, grouped: Bool, to listing: inout Listing, at: Locator)
    {
        var options: [VariantOption] = []
        if let colour, !record.isBlank(colour) {
            options.append(VariantOption(name: "color", value: record.text(colour), kind: .colour))
        }
        if let size, !record.isBlank(size) {
            options.append(VariantOption(name: "size", value: record.text(size), kind: .size))
        }
        let mainImage = record.text(imageLink)
        let variantSKU = itemID.isEmpty ? nil : itemID
        let sale = record.price(salePrice)
        let gtinText = record.text(gtin)
        listing.variants.append(
            Variant(
                sku: variantSKU, options: options, price: sale ?? record.price(price),
                imageURL: grouped && !mainImage.isEmpty ? mainImage : nil,
                barcode: gtinText.isEmpty ? nil : gtinText, regularPrice: sale == nil ? nil : record.price(price),
                location: at(record, index: id ?? 0)))
        // The main image, then the additional ones, each added as it is read (no list of them made first). What the
        // closure reads is taken out first: a closure that reads `self` copies the whole adapter.
        let imageSKU = grouped ? variantSKU : nil
        if !mainImage.isEmpty {
            listing.addImage(
                address: ArraySlice(mainImage.utf8), variantSKU: imageSKU, location: at(record, index: imageLink))
        }
        let column = additionalImages
        let location = at(record, index: column)
        record.forEachItem(column, .commas) { url in
            listing.addImage(address: ArraySlice(url.utf8), variantSKU: imageSKU, location: location)
        }
    }
}
