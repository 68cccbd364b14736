/// Reads Amazon listings reports (`GET_MERCHANT_LISTINGS_ALL_DATA` and the active/inactive variants, any number of
/// trailing columns): one row per offer, keyed by `seller-sku`. The report has no parent/child grouping, so each row
/// is one listing with one variant. `item-description` and `image-url` are often empty; that is kept as found.
struct AmazonListingsReportAdapter: ListingAdapter {
    private let name, description, listingID, sku, price, image, asin, productID, productIDType, status: Int?
    private(set) var columnMapping: [MappedColumn]

    init(header: HeaderIndex) {
        var finder = ColumnFinder(header)
        sku = finder.find("listing_id", "seller-sku")
        name = finder.find("title", "item-name")
        description = finder.find("description", "item-description")
        price = finder.find("price", "price")
        image = finder.find("image_urls", "image-url")
        listingID = finder.find("attribute:listing-id", "listing-id")
        asin = finder.find("attribute:asin", "asin1")
        productID = finder.find("attribute:product-id", "product-id")
        productIDType = finder.find("barcode_type", "product-id-type")
        status = finder.find("attribute:status", "status")
        columnMapping = finder.mapping
    }

    func keys(of record: CSVRecord, into keys: inout [String]) {
        keys.append(record.text(sku))
    }

    mutating func read(_ record: CSVRecord, into collector: inout ListingCollector) {
        let key = record.text(sku)
        guard !key.isEmpty else {
            collector.skip(line: record.line, column: sku.map { $0 + 1 }, zh: "缺少 seller-sku", en: "no seller-sku")
            return
        }
        if collector.skipDuplicate(key, record, column: sku, zh: "重复的 seller-sku", en: "duplicate seller-sku") {
            return
        }
        let at = collector.locator
        guard collector.buildsNextListing else {
            collector.add(Listing(id: key, format: .amazonListingsReport, location: at(record.line, 1)))
            return
        }
        var listing = Listing(
            id: key, title: record.text(name), description: record.plainText(description),
            price: record.price(price), format: .amazonListingsReport, location: at(record.line, 1))
        // `product-id` is a GTIN when `product-id-type` says UPC (3) or EAN (4), not an ASIN (1) or ISBN (2).
        let barcode = ["3", "4"].contains(record.text(productIDType)) ? record.text(productID) : ""
        listing.variants = [
            Variant(
                sku: key, price: listing.price, barcode: barcode.isEmpty ? nil : barcode,
                location: at(record, index: sku))
        ]
        switch record.text(status).lowercased() {
        case "active": listing.isLive = true
        case "inactive", "incomplete": listing.isLive = false
        default: break
        }
        let url = record.text(image)
        if !url.isEmpty { listing.images = [ListingImage(url: url, position: 1, location: at(record, index: image))] }
        for (attribute, column) in [
            ("listing-id", listingID), ("asin", asin), ("product-id", productID), ("status", status),
        ] {
            let value = record.text(column)
            if !value.isEmpty {
                listing.attributes.append(Attribute(name: attribute, value: value, location: at(record, index: column)))
            }
        }
        collector.add(listing)
    }
}
