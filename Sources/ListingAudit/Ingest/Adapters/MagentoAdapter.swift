import Foundation

/// Reads Magento 2 catalog exports (`catalog_product.csv`). Every default-scope row is a listing keyed by `sku`.
/// A configurable product's `configurable_variations` (`sku=…,color=…,size=…|…`) become its variants; the simple
/// products named there are folded into those variants (price, image) instead of standing as listings. Rows with a
/// `store_view_code` are translations: they fill fields the default row left empty. `additional_attributes`
/// (`key=value,…`) become attributes; on a simple product, a colour or size among them is its variant's option.
struct MagentoAdapter: ListingAdapter {
    private let sku, storeView, type, name, description, shortDescription, categories, price, specialPrice,
        baseImage, baseLabel, smallImage, thumbnail, additionalImages, additionalLabels, variations, additional: Int?
    private(set) var columnMapping: [MappedColumn]
    /// Configurable children: their sku → the configurable's sku.
    private var childOf: [String: String] = [:]
    /// The same pairs in the order the configurables list them, so that folding them is the same on every run
    /// (a dictionary's order changes from one run to the next).
    private var folding: [(child: String, parent: String)] = []

    init(header: HeaderIndex) {
        var finder = ColumnFinder(header)
        sku = finder.find("listing_id", "sku")
        storeView = finder.find("store_view_code", "store_view_code")
        type = finder.find("product_type", "product_type")
        name = finder.find("title", "name")
        description = finder.find("description", "description")
        shortDescription = finder.find("description", "short_description")
        categories = finder.find("category", "categories")
        price = finder.find("price", "price")
        specialPrice = finder.find("price", "special_price")
        baseImage = finder.find("image_urls", "base_image")
        baseLabel = finder.find("image_alt", "base_image_label")
        smallImage = finder.find("image_urls", "small_image")
        thumbnail = finder.find("image_urls", "thumbnail_image")
        additionalImages = finder.find("image_urls", "additional_images")
        additionalLabels = finder.find("image_alt", "additional_image_labels")
        variations = finder.find("variants", "configurable_variations")
        additional = finder.find("attributes", "additional_attributes")
        columnMapping = finder.mapping
    }

    /// `key=value` pairs separated by `separator`; a segment without `=` continues the previous value.
    static func pairs(_ text: String, separator: Character = ",") -> [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = []
        for segment in text.split(separator: separator, omittingEmptySubsequences: true) {
            if let equals = segment.firstIndex(of: "=") {
                let key = segment[..<equals].trimmingCharacters(in: .whitespaces)
                pairs.append((key, segment[segment.index(after: equals)...].trimmingCharacters(in: .whitespaces)))
            } else if !pairs.isEmpty {
                pairs[pairs.count - 1].value += "," + segment
            }
        }
        return pairs
    }

    mutating func read(_ record: CSVRecord, into collector: inout ListingCollector) {
        let key = record.text(sku)
        guard !key.isEmpty else {
            collector.skip(line: record.line, column: sku.map { $0 + 1 }, zh: "缺少 sku", en: "no sku")
            return
        }
        let existing = collector.position(of: key)
        if !record.text(storeView).isEmpty {
            guard let existing else {
                collector.skip(
                    line: record.line, column: storeView.map { $0 + 1 }, zh: "店铺视图行之前没有该 sku 的默认行",
                    en: "store-view row without a default row for its sku before it")
                return
            }
            collector.modify(existing) { listing, at in fill(record, &listing, at: at) }
            return
        }
        if collector.skipDuplicate(key, record, column: sku, zh: "重复的 sku", en: "duplicate sku") { return }
        let position = collector.add(Listing(id: key, format: .magento, location: collector.location(record.line, 1)))
        var children: [String] = []
        collector.modify(position) { listing, at in
            fill(record, &listing, at: at)
            children = addVariants(record, to: &listing, at: at)
        }
        for child in children where childOf[child] == nil {
            childOf[child] = key
            folding.append((child, key))
        }
    }

    private func fill(_ record: CSVRecord, _ listing: inout Listing, at: Locator) {
        let long = record.plainText(description)
        let text = long.isEmpty ? record.plainText(shortDescription) : long
        listing.fill(.title, with: record.text(name), at: at(record, index: name))
        listing.fill(.description, with: text, at: at(record, index: long.isEmpty ? shortDescription : description))
        listing.fill(.category, with: record.text(categories), at: at(record, index: categories))
        listing.fill(.productType, with: record.text(type), at: at(record, index: type))
        for (attribute, value) in Self.pairs(record.text(additional))
        where !value.isEmpty && !listing.attributes.contains(where: { $0.name == attribute }) {
            listing.attributes.append(Attribute(name: attribute, value: value, location: at(record, index: additional)))
            if attribute == "manufacturer" || attribute == "brand" {
                listing.fill(.brand, with: value, at: at(record, index: additional))
            }
        }
        if listing.price == nil {
            listing.price = record.price(specialPrice) ?? record.price(price)
        }
        let labels = record.items(additionalLabels, .commas)
        var images: [(String, String?, Int?)] = [(record.text(baseImage), record.text(baseLabel), baseImage)]
        images += [(record.text(smallImage), nil, smallImage), (record.text(thumbnail), nil, thumbnail)]
        for (index, url) in record.items(additionalImages, .commas).enumerated() {
            images.append((url, index < labels.count ? labels[index] : nil, additionalImages))
        }
        for (url, label, column) in images where !url.isEmpty {
            listing.addImage(
                address: ArraySlice(url.utf8), altText: label.flatMap { $0.isEmpty ? nil : $0 },
                location: at(record, index: column))
        }
    }

    /// Adds the row's variants; returns the child SKUs of a configurable product.
    private func addVariants(_ record: CSVRecord, to listing: inout Listing, at: Locator) -> [String] {
        let list = record.text(variations)
        guard !list.isEmpty else {
            let options = Self.pairs(record.text(additional)).compactMap { pair -> VariantOption? in
                let kind = OptionNames.kind(of: pair.key)
                return kind == .other || pair.value.isEmpty
                    ? nil : VariantOption(name: pair.key, value: pair.value, kind: kind)
            }
            let regular = record.price(specialPrice) == nil ? nil : record.price(price)
            listing.variants.append(
                Variant(
                    sku: listing.id, options: options, price: listing.price, regularPrice: regular,
                    location: at(record, index: sku)))
            return []
        }
        var children: [String] = []
        for entry in list.split(separator: "|") {
            var childSKU: String?
            var options: [VariantOption] = []
            for (key, value) in Self.pairs(String(entry)) {
                if key == "sku" {
                    childSKU = value
                } else if !value.isEmpty {
                    options.append(VariantOption(name: key, value: value, kind: OptionNames.kind(of: key)))
                }
            }
            if let childSKU { children.append(childSKU) }
            listing.variants.append(Variant(sku: childSKU, options: options, location: at(record, index: variations)))
        }
        return children
    }

    /// Simple products are folded into the configurable naming them, which may come anywhere in the file.
    var holdsListingsUntilFinish: Bool { true }

    /// Which simple products fold away is read from the configurables' variants.
    var contentShapesListings: Bool { true }

    func keys(of record: CSVRecord, into keys: inout [String]) {
        keys.append(record.text(sku))
    }

    mutating func finish(into collector: inout ListingCollector) {
        var folded: Set<String> = []
        // Each configurable's variants by sku (the first of a repeated one), made when its first child is folded:
        // a configurable with thousands of children costs its length, not children × variants.
        var variantsBySKU: [Int: [String: Int]] = [:]
        for (child, parent) in folding {
            guard let childPosition = collector.position(of: child),
                let parentPosition = collector.position(of: parent),
                childPosition != parentPosition
            else { continue }
            if variantsBySKU[parentPosition] == nil {
                var index: [String: Int] = [:]
                for (position, variant) in collector.listing(at: parentPosition).variants.enumerated() {
                    if let sku = variant.sku, index[sku] == nil { index[sku] = position }
                }
                variantsBySKU[parentPosition] = index
            }
            let simple = collector.listing(at: childPosition)
            let variantIndex = variantsBySKU[parentPosition]?[child]
            collector.modify(parentPosition) { listing, _ in
                guard let index = variantIndex else { return }
                listing.variants[index].price = simple.price
                listing.variants[index].imageURL = simple.images.first?.url
                for image in simple.images {
                    var linked = image
                    linked.variantSKU = child
                    linked.position = listing.images.count + 1
                    listing.addImage(linked)
                }
            }
            folded.insert(child)
        }
        collector.remove(ids: folded)
    }
}
