/// Reads exports with one row per product or per SKU and one column per field: the generic format, user column
/// mappings and Chinese shop exports. Rows with the same listing id are merged into one listing.
///
/// Each row becomes one variant. A row naming at most one colour and one size is a SKU row; a row listing several
/// colours or sizes (one row per product) becomes one variant that carries every listed value, so the listing's
/// size and colour values are complete without multiplying variants.
struct TabularAdapter: ListingAdapter {
    private let format: ExportFormat
    private let columns: [MappedField: Int]
    private let header: HeaderIndex
    private let split: (String) -> [String]
    private(set) var columnMapping: [MappedColumn]

    /// - Parameters:
    ///   - roles: each field's header aliases, in report order.
    ///   - split: how a list cell splits into values.
    init(
        format: ExportFormat, header: HeaderIndex, roles: [(MappedField, [String])],
        split: @escaping (String) -> [String]
    ) {
        var finder = ColumnFinder(header)
        var columns: [MappedField: Int] = [:]
        for (field, aliases) in roles {
            if let column = finder.find(field.rawValue, aliases) { columns[field] = column }
        }
        self.format = format
        self.columns = columns
        self.header = header
        self.split = split
        columnMapping = finder.mapping
    }

    func keys(of record: CSVRecord) -> [String] {
        [record.text(columns[.listingID])]
    }

    mutating func read(_ record: CSVRecord, into collector: inout ListingCollector) {
        let id = record.text(columns[.listingID])
        guard !id.isEmpty else {
            let column = columns[.listingID].map { $0 + 1 }
            collector.skip(line: record.line, column: column, zh: "缺少商品ID", en: "no listing id")
            return
        }
        let location = collector.location(record.line, 1)
        let position: Int
        if let existing = collector.position(of: id) {
            position = existing
        } else {
            position = collector.add(Listing(id: id, format: format, location: location))
        }
        collector.modify(position) { listing, at in
            fillText(record, listing: &listing, at: at)
            listing.variants.append(variant(record, at: at))
            if let column = columns[.material], !record.isBlank(column),
                !listing.attributes.contains(where: { $0.name == header.names[column] })
            {
                listing.attributes.append(
                    Attribute(
                        name: header.names[column], value: record.text(column), location: at(record, index: column)))
            }
            if let column = columns[.imageURLs] {
                for url in split(record.text(column)) {
                    listing.addImage(
                        ListingImage(url: url, position: listing.images.count + 1, location: at(record, index: column)))
                }
            }
        }
    }

    private func fillText(_ record: CSVRecord, listing: inout Listing, at: Locator) {
        let fields: [(MappedField, ListingField)] = [
            (.title, .title), (.description, .description), (.category, .category), (.productType, .productType),
            (.brand, .brand),
        ]
        for (mapped, field) in fields {
            guard let column = columns[mapped] else { continue }
            var value = record.text(column)
            if field == .description { value = HTMLText.plainText(value) }
            listing.fill(field, with: value, at: at(record, index: column))
        }
    }

    private func variant(_ record: CSVRecord, at: Locator) -> Variant {
        var options: [VariantOption] = []
        if let column = columns[.colours] {
            for value in split(record.text(column)) {
                options.append(VariantOption(name: header.names[column], value: value, kind: .colour))
            }
        }
        if let column = columns[.sizes] {
            options += SpecText.options(record.text(column), columnName: header.names[column], split: split)
        }
        let sku = record.text(columns[.sku])
        return Variant(
            sku: sku.isEmpty ? nil : sku, options: options, price: CellText.price(record.text(columns[.price])),
            location: at(record.line, 1))
    }
}
