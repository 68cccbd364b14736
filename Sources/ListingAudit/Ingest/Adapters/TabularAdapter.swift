/// Reads exports with one row per product or per SKU and one column per field: the generic format, user column
/// mappings and Chinese shop exports. Rows with the same listing id are merged into one listing.
///
/// Each row becomes one variant. A row naming at most one colour and one size is a SKU row; a row listing several
/// colours or sizes (one row per product) becomes one variant that carries every listed value, so the listing's
/// size and colour values are complete without multiplying variants.
///
/// A class, all of whose properties are constants: the loader calls `read` through the protocol's witness, which
/// copied a value adapter (328 bytes) for every row, and a closure that read a value adapter's properties copied it
/// whole, its strings and arrays retained; a reference is one word, copied with at most one retain.
final class TabularAdapter: ListingAdapter {
    private let format: ExportFormat
    private let separator: ListSeparator
    private let id, title, description, category, productType, brand, price, colours, sizes, imageURLs, sku,
        material: Int?
    /// The header names of the colour, size and material columns (option and attribute names).
    private let colourName, sizeName, materialName: String
    /// The kind of the plain values in the size column.
    private let sizeKind: OptionKind
    /// Gallery and bullet-point columns beside the mapped ones.
    private let supplementary: SupplementaryColumns
    let columnMapping: [MappedColumn]

    /// - Parameters:
    ///   - roles: each field's header aliases, in report order.
    ///   - separator: what separates the values of a list cell.
    init(format: ExportFormat, header: HeaderIndex, roles: [(MappedField, [String])], separator: ListSeparator) {
        var finder = ColumnFinder(header)
        var columns: [MappedField: Int] = [:]
        for (field, aliases) in roles {
            if let column = finder.find(field.rawValue, aliases) { columns[field] = column }
        }
        self.format = format
        self.separator = separator
        id = columns[.listingID]
        title = columns[.title]
        description = columns[.description]
        category = columns[.category]
        productType = columns[.productType]
        brand = columns[.brand]
        price = columns[.price]
        colours = columns[.colours]
        sizes = columns[.sizes]
        imageURLs = columns[.imageURLs]
        sku = columns[.sku]
        material = columns[.material]
        func name(_ column: Int?) -> String { column.map { header.names[$0] } ?? "" }
        (colourName, sizeName, materialName) = (name(colours), name(sizes), name(material))
        sizeKind = SpecText.plainKind(of: sizeName)
        columnMapping = finder.mapping
        supplementary = SupplementaryColumns(header: header, mapping: finder.mapping)
    }

    func keys(of record: CSVRecord, into keys: inout [String]) {
        keys.append(record.text(id))
    }

    func read(_ record: CSVRecord, into collector: inout ListingCollector) {
        let key = record.text(id)
        // The key `keys(of:into:)` gives, made once.
        collector.recordNames(key)
        guard !key.isEmpty else {
            collector.skip(line: record.line, column: id.map { $0 + 1 }, zh: "缺少商品ID", en: "no listing id")
            return
        }
        let position =
            collector.position(of: key)
            ?? collector.add(Listing(id: key, format: format, location: collector.location(record.line, 1)))
        collector.modify(position) { listing, at, texts, options in
            fillText(record, listing: &listing, at: at, texts: &texts)
            listing.variants.append(variant(record, at: at, texts: &texts, options: &options))
            if let material, !record.isBlank(material),
                !listing.attributes.contains(where: { $0.name == materialName })
            {
                listing.attributes.append(
                    Attribute(
                        name: materialName, value: record.text(material, texts: &texts),
                        location: at(record, index: material)))
            }
            if let column = supplementary.subtitle, !record.isBlank(column),
                !listing.attributes.contains(where: { $0.name == Attribute.subtitleName })
            {
                let location = at(record, index: column)
                listing.attributes.append(
                    Attribute(name: Attribute.subtitleName, value: record.plainText(column), location: location))
            }
            for (column, name) in supplementary.specs where !record.isBlank(column) {
                addSpecs(record, column: column, named: name, to: &listing, at: at)
            }
            if let imageURLs { addImages(record, column: imageURLs, to: &listing, at: at) }
            for column in supplementary.images { addImages(record, column: column, to: &listing, at: at) }
        }
    }

    /// The specs of a spec-list cell as attributes (a spec without a name, or a cell that is no list of pairs,
    /// named after the column); a name the listing already has is not added again.
    private func addSpecs(
        _ record: CSVRecord, column: Int, named columnName: String, to listing: inout Listing, at: Locator
    ) {
        let text = record.plainText(column)
        for (key, value) in SpecificationPairs.pairs(in: text) ?? [(nil, text)] {
            let name = key ?? columnName
            guard !value.isEmpty, !listing.attributes.contains(where: { $0.name == name }) else { continue }
            listing.attributes.append(Attribute(name: name, value: value, location: at(record, index: column)))
        }
    }

    /// Fills the text fields the listing still lacks; a field already filled is not read again. The short fields
    /// that recur (category, product type, brand) take their `String`s from `texts`.
    private func fillText(_ record: CSVRecord, listing: inout Listing, at: Locator, texts: inout TextInterner) {
        // A line of columns on the listing's own first line: `Listing.fill` keeps no location of it, so none is made.
        let firstLine = record.positions == nil && record.line == listing.location.line
        func fill(_ field: ListingField, with value: String, column: Int?) {
            listing.fill(field, with: value, at: firstLine ? nil : at(record, index: column))
        }
        if let title, listing.title.isEmpty {
            fill(.title, with: record.text(title), column: title)
        }
        if listing.description.isEmpty {
            // Bullet points follow the description, one per line, as Amazon's flat file is read (an export without
            // them: the description as it is, not copied into a joined text).
            let text: String
            if supplementary.bullets.isEmpty {
                text = record.plainText(description)
            } else {
                let bullets = supplementary.bullets.map { record.plainText($0) }.filter { !$0.isEmpty }
                    .map { "• " + $0 }
                text = ([record.plainText(description)] + bullets).filter { !$0.isEmpty }.joined(separator: "\n")
            }
            let column = description ?? supplementary.bullets.first
            fill(.description, with: text, column: column)
            // Only a description with no text can be pictures only (a written one is not read again).
            if text.isEmpty {
                // The column taken out first: the autoclosure captures it, not the adapter.
                let descriptionColumn = description
                listing.notePictureOnlyDescription(
                    record.pictureCount(descriptionColumn), at: at(record, index: column))
            }
        }
        if let category, listing.categoryPath.isEmpty {
            fill(.category, with: record.text(category, texts: &texts), column: category)
        }
        if let productType, listing.productType.isEmpty {
            fill(.productType, with: record.text(productType, texts: &texts), column: productType)
        }
        if let brand, listing.brand.isEmpty {
            fill(.brand, with: record.text(brand, texts: &texts), column: brand)
        }
    }

    /// The row's variant, its option values' `String`s taken from `texts`, its options kept in `options`' blocks.
    /// Not inlined into `read`: inlined there, with `addImages`, `read` took 3.1M instructions more on the 10k check
    /// (its closures passed to `CSVRecord.withText` kept out of line, more retains); when the adapter was a value,
    /// the optimizer also copied it whole for every row and every gallery cell.
    @inline(never)
    private func variant(
        _ record: CSVRecord, at: Locator, texts: inout TextInterner, options: inout OptionStore
    ) -> Variant {
        // What the closures below read, taken out first: they capture these values, not the adapter.
        let (separator, colourName, sizeName, sizeKind) = (separator, colourName, sizeName, sizeKind)
        record.withText(colours) { cell in
            guard !cell.isEmpty else { return }
            separator.forEachItem(in: cell, texts: &texts) {
                options.append(VariantOption(name: colourName, value: $0, kind: .colour))
            }
        }
        if sizes != nil {
            record.withText(sizes) { cell in
                SpecText.options(
                    cell, columnName: sizeName, kind: sizeKind, separator: separator, texts: &texts, into: &options)
            }
        }
        let sku = record.text(sku)
        return Variant(
            sku: sku.isEmpty ? nil : sku, options: options.take(), price: record.price(price),
            location: at(record.line, 1))
    }

    /// Adds the addresses of the gallery cell `column`. A cell of plain ASCII items (no JSON array, whose escapes may
    /// spell other text) split on its bytes is copied once, its addresses slices of that copy; if it starts the
    /// gallery and holds no more than a short gallery does, the search for each address its key tells apart from the
    /// cell's earlier ones is skipped (`CellAddressKeys`). With a one-byte separator, the cell's parts and its ASCII
    /// test come from one pass (`ListSeparator.asciiPartEnds`) for a cell of up to `partRoom` parts. Not inlined
    /// into `read`, for the reason `variant` is not.
    @inline(never)
    private func addImages(_ record: CSVRecord, column: Int, to listing: inout Listing, at: Locator) {
        let location = at(record, index: column)
        record.withText(column) { cell in
            // An empty cell adds nothing: no room is made for a gallery it would not fill.
            guard !cell.isEmpty else { return }
            guard cell.first != 0x5B else { return addOtherImages(cell, to: &listing, at: location) }
            let added = withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.partRoom) { room -> Bool in
                guard let count = separator.asciiPartEnds(of: cell, into: room) else { return false }
                let ends = UnsafeBufferPointer(rebasing: room[..<count])
                if listing.images.isEmpty { listing.images.reserveCapacity(count) }
                return addASCIIImages(ArraySlice(cell), bound: count, to: &listing, at: location) { cell, body in
                    ListSeparator.forEachItem(inASCII: cell, ends: ends, body)
                    return true
                }
            }
            if !added { addOtherImages(cell, to: &listing, at: location) }
        }
    }

    /// How many parts a gallery cell split in one pass may have (room on the stack for their ends).
    private static let partRoom = 64

    /// `addImages` of a cell that is no ASCII list split at one byte: a JSON array, a cell with other text, a split
    /// by characters, a cell of more than `partRoom` parts.
    private func addOtherImages(
        _ cell: UnsafeBufferPointer<UInt8>, to listing: inout Listing, at location: SourceLocation
    ) {
        let bound = separator.itemBound(cell)
        if listing.images.isEmpty { listing.images.reserveCapacity(bound) }
        if cell.first != 0x5B, UTF8Validation.isASCII(cell), addASCIIImages(
            ArraySlice(cell), bound: bound, to: &listing, at: location, split: separator.forEachItem(inASCII:_:))
        {
            return
        }
        SupplementaryColumns.forEachImageURL(in: cell, separator: separator) { url in
            listing.addImage(address: ArraySlice(url.utf8), location: location)
        }
    }

    /// Adds the addresses of the ASCII gallery cell `cell` as slices of it, `bound` at most, as `split` gives them;
    /// `false`, with nothing added, when `split` does (the separator splits by characters).
    private func addASCIIImages(
        _ cell: ArraySlice<UInt8>, bound: Int, to listing: inout Listing, at location: SourceLocation,
        split: (ArraySlice<UInt8>, (consuming ArraySlice<UInt8>) -> Void) -> Bool
    ) -> Bool {
        guard listing.images.isEmpty, bound <= Listing.longListThreshold else {
            return split(cell) { listing.addImage(address: $0, location: location) }
        }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bound) { storage in
            var keys = CellAddressKeys(storage: storage)
            return split(cell) { address in
                if keys.isNew(address) {
                    listing.appendImage(address: address, location: location)
                } else {
                    listing.addImage(address: address, location: location)
                }
            }
        }
    }
}
