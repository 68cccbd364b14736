/// Reads the Olist products dataset, which has no text, prices or image URLs: only a category, the *lengths* of the
/// name and description, a photo count and package dimensions. Each row is a listing with an empty title and
/// description, no variants and no images; the numbers are kept as attributes (`name_length`,
/// `description_length`, `photo_count`, `weight_g`, `length_cm`, `height_cm`, `width_cm`) so checks can use them.
struct OlistAdapter: ListingAdapter {
    private let id, category: Int?
    private let numbers: [(name: String, column: Int)]
    private(set) var columnMapping: [MappedColumn]

    init(header: HeaderIndex) {
        var finder = ColumnFinder(header)
        id = finder.find("listing_id", "product_id")
        category = finder.find("category", "product_category_name")
        let sources = [
            ("name_length", "product_name_lenght", "product_name_length"),
            ("description_length", "product_description_lenght", "product_description_length"),
            ("photo_count", "product_photos_qty", "product_photos_qty"),
            ("weight_g", "product_weight_g", "product_weight_g"),
            ("length_cm", "product_length_cm", "product_length_cm"),
            ("height_cm", "product_height_cm", "product_height_cm"),
            ("width_cm", "product_width_cm", "product_width_cm"),
        ]
        numbers = sources.compactMap { name, spelled, correct in
            finder.find("attribute:\(name)", spelled, correct).map { (name, $0) }
        }
        columnMapping = finder.mapping
    }

    func keys(of record: CSVRecord, into keys: inout [String]) {
        keys.append(record.text(id))
    }

    mutating func read(_ record: CSVRecord, into collector: inout ListingCollector) {
        let key = record.text(id)
        guard !key.isEmpty else {
            collector.skip(line: record.line, column: id.map { $0 + 1 }, zh: "缺少 product_id", en: "no product_id")
            return
        }
        if collector.skipDuplicate(key, record, column: id, zh: "重复的 product_id", en: "duplicate product_id") {
            return
        }
        let at = collector.locator
        guard collector.buildsNextListing else {
            collector.add(Listing(id: key, format: .olist, location: at(record.line, 1)))
            return
        }
        var listing = Listing(
            id: key, categoryPath: record.text(category), format: .olist, location: at(record.line, 1))
        for (name, column) in numbers where !record.isBlank(column) {
            listing.attributes.append(
                Attribute(name: name, value: record.text(column), location: at(record, index: column)))
        }
        collector.add(listing)
    }
}
