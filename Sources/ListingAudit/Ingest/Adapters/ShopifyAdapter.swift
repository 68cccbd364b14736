/// Reads Shopify product CSVs, every layout (2019 AdWords columns, 2023 `Product Category`, 2025 `Option Linked
/// To` and metafields). One product spans several rows keyed by `Handle`: the first carries the product fields and
/// option names, later rows add variants and/or images (image-only rows). `Title / Default Title` means the product
/// has no real options. Metafield columns are matched on their `(product.metafields.namespace.key)` part, because
/// the label before it is translated into the admin's language.
struct ShopifyAdapter: ListingAdapter {
    private let handle: Int?
    private let title, body, vendor, category, googleCategory, type, tags: Int?
    private let optionNames: [Int?]
    private let optionValues: [Int?]
    private let sku, price, imageSource, imagePosition, imageAlt, variantImage: Int?
    private let barcode, compareAtPrice, status, published: Int?
    private let metafields: [(key: String, column: Int)]
    private(set) var columnMapping: [MappedColumn]
    /// The option names of each product, from its first row.
    private var names: [Int: [OptionName]] = [:]
    /// Positions below this have had their option names dropped (their listings were released).
    private var namesKeptFrom = 0

    init(header: HeaderIndex) {
        var finder = ColumnFinder(header)
        handle = finder.find("listing_id", "Handle")
        title = finder.find("title", "Title")
        body = finder.find("description", "Body (HTML)", "Body HTML")
        vendor = finder.find("brand", "Vendor")
        category = finder.find("category", "Product Category")
        googleCategory = finder.find("category", "Google Shopping / Google Product Category")
        type = finder.find("product_type", "Type")
        tags = finder.find("attribute:tags", "Tags")
        optionNames = (1...3).map { finder.find("option\($0)_name", "Option\($0) Name") }
        optionValues = (1...3).map { finder.find("option\($0)_value", "Option\($0) Value") }
        sku = finder.find("sku", "Variant SKU")
        price = finder.find("price", "Variant Price")
        compareAtPrice = finder.find("regular_price", "Variant Compare At Price")
        barcode = finder.find("barcode", "Variant Barcode")
        status = finder.find("status", "Status")
        published = finder.find("status", "Published")
        imageSource = finder.find("image_urls", "Image Src")
        imagePosition = finder.find("image_position", "Image Position")
        imageAlt = finder.find("image_alt", "Image Alt Text")
        variantImage = finder.find("variant_image", "Variant Image")
        var metafields: [(String, Int)] = []
        for (column, name) in header.names.enumerated() {
            guard let key = Self.metafieldKey(name) else { continue }
            metafields.append((key, column))
            finder.record("attribute:\(key)", column: column)
        }
        self.metafields = metafields
        columnMapping = finder.mapping
    }

    /// `shopify.color-pattern` for `Farbe (product.metafields.shopify.color-pattern)`.
    static func metafieldKey(_ header: String) -> String? {
        guard let open = header.range(of: "(product.metafields.", options: .backwards),
            let close = header[open.upperBound...].firstIndex(of: ")")
        else { return nil }
        let key = String(header[open.upperBound..<close])
        return key.isEmpty ? nil : key
    }

    mutating func read(_ record: CSVRecord, into collector: inout ListingCollector) {
        let id = record.text(handle)
        guard !id.isEmpty else {
            collector.skip(line: record.line, column: handle.map { $0 + 1 }, zh: "缺少 Handle", en: "no Handle")
            return
        }
        let position: Int
        if let existing = collector.position(of: id) {
            position = existing
        } else if record.text(title).isEmpty && record.text(optionValues[0]).isEmpty && record.text(sku).isEmpty
            && record.text(price).isEmpty
        {
            collector.skip(
                line: record.line, column: handle.map { $0 + 1 },
                zh: "图片行的 Handle 没有对应的商品行", en: "image-only row for a Handle with no product row")
            return
        } else {
            position = collector.add(Listing(id: id, format: .shopify, location: collector.location(record.line, 1)))
            forgetReleasedNames(before: collector.firstOpenPosition)
            names[position] = optionNames.map { OptionName(record.text($0)) }
        }
        let names = names[position] ?? []
        collector.modify(position) { listing, at in
            fillFields(record, listing: &listing, at: at)
            readVariant(record, names: names, listing: &listing, at: at)
            readImage(record, listing: &listing, at: at)
        }
    }

    private func fillFields(_ record: CSVRecord, listing: inout Listing, at: Locator) {
        listing.fill(.title, with: record.text(title), at: at(record, index: title))
        if listing.description.isEmpty, let body {
            listing.fill(.description, with: record.plainText(body), at: at(record, index: body))
            listing.notePictureOnlyDescription(record.pictureCount(body), at: at(record, index: body))
        }
        listing.fill(.category, with: record.text(category), at: at(record, index: category))
        listing.fill(.category, with: record.text(googleCategory), at: at(record, index: googleCategory))
        listing.fill(.productType, with: record.text(type), at: at(record, index: type))
        listing.fill(.brand, with: record.text(vendor), at: at(record, index: vendor))
        if listing.isLive == nil {
            listing.isLive = Self.isLive(status: record.text(status), published: record.text(published))
        }
        if let tags { addAttribute(record, named: "tags", column: tags, to: &listing, at: at) }
        for (key, column) in metafields { addAttribute(record, named: key, column: column, to: &listing, at: at) }
    }

    /// Adds cell `column` as the attribute `name` unless the cell is empty or the listing has that attribute
    /// already; the cell's `String` is made only then (most rows after a product's first leave these cells empty).
    private func addAttribute(
        _ record: CSVRecord, named name: String, column: Int, to listing: inout Listing, at: Locator
    ) {
        guard !record.withText(column, \.isEmpty), !listing.attributes.contains(where: { $0.name == name })
        else { return }
        listing.attributes.append(
            Attribute(name: name, value: record.text(column), location: at(record, index: column)))
    }

    private func readVariant(_ record: CSVRecord, names: [OptionName], listing: inout Listing, at: Locator) {
        let skuText = record.text(sku)
        let priceText = record.text(price)
        guard optionValues.contains(where: { !record.withText($0, \.isEmpty) }) || !skuText.isEmpty
            || !priceText.isEmpty
        else { return }
        var options: [VariantOption] = []
        for (index, column) in optionValues.enumerated() {
            let value = record.text(column)
            guard !value.isEmpty else { continue }
            let name = index < names.count ? names[index] : OptionName.unnamed
            if value == "Default Title" && name.isTitle { continue }
            options.append(VariantOption(name: name.text, value: value, kind: name.kind))
        }
        let image = record.text(variantImage)
        let variantSKU = skuText.isEmpty ? nil : skuText
        let barcodeText = record.text(barcode)
        listing.variants.append(
            Variant(
                sku: variantSKU, options: options, price: CellText.price(priceText),
                imageURL: image.isEmpty ? nil : image, barcode: barcodeText.isEmpty ? nil : barcodeText,
                regularPrice: record.price(compareAtPrice), location: at(record, index: optionValues[0] ?? 0)))
        if !image.isEmpty, let variantImage {
            listing.addImage(
                ListingImage(
                    url: image, position: nil, variantSKU: variantSKU,
                    location: at(record, index: variantImage)))
        }
    }

    private func readImage(_ record: CSVRecord, listing: inout Listing, at: Locator) {
        let address = record.withText(imageSource) { ArraySlice($0) }
        guard !address.isEmpty, let imageSource else { return }
        let alt = record.text(imageAlt)
        var image = ListingImage(
            taking: address, position: CellText.integer(record.text(imagePosition)),
            location: at(record, index: imageSource))
        image.altText = alt.isEmpty ? nil : alt
        if let existing = listing.galleryPosition(of: address) {
            listing.images[existing].position = listing.images[existing].position ?? image.position
            listing.images[existing].altText = listing.images[existing].altText ?? image.altText
        } else {
            listing.images.append(image)
        }
    }

    func keys(of record: CSVRecord, into keys: inout [String]) {
        keys.append(record.text(handle))
    }

    /// Gallery images by `Image Position`; variant images without one after them, in file order (a gallery already
    /// in that order, as exports write it, is left as it is: no list made to sort it).
    func complete(_ listing: inout Listing) {
        defer { listing.settlePrice() }
        let images = listing.images
        guard images.indices.dropFirst().contains(where: {
            (images[$0 - 1].position ?? Int.max) > (images[$0].position ?? Int.max)
        }) else { return }
        let ordered = listing.images.enumerated().sorted {
            ($0.element.position ?? Int.max, $0.offset) < ($1.element.position ?? Int.max, $1.offset)
        }
        listing.images = ordered.map(\.element)
    }

    /// `Status` (`active`, `draft`, `archived`; 2021 on) or else `Published` (`TRUE`/`FALSE`), on the product's
    /// first row; `nil` when neither says.
    static func isLive(status: String, published: String) -> Bool? {
        switch status.lowercased() {
        case "active": return true
        case "draft", "archived", "unlisted": return false
        default: break
        }
        switch published.lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    private mutating func forgetReleasedNames(before position: Int) {
        guard namesKeptFrom < position else { return }
        for released in namesKeptFrom..<position { names[released] = nil }
        namesKeptFrom = position
    }
}

/// An option name of a Shopify product as its first row gives it, with what each row's values need of it worked out
/// once for the product: its kind, and whether it is `Title` (whose value `Default Title` is no option).
private struct OptionName {
    let text: String
    let kind: OptionKind
    let isTitle: Bool

    init(_ text: String) {
        self.text = text
        kind = OptionNames.kind(of: text)
        isTitle = text.caseInsensitiveCompare("Title") == .orderedSame
    }

    /// The name of an option column the product's first row did not name.
    static let unnamed = OptionName("")
}
