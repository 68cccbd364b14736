/// The listings an adapter has built so far, looked up by id, plus the rows it had to skip.
struct ListingCollector {
    /// The file path, for locations.
    let file: String
    /// Listings in first-seen order.
    var listings: [Listing] = []
    /// Rows that could not become listings.
    var skipped: [SkippedRow] = []
    private var positions: [String: Int] = [:]

    init(file: String) { self.file = file }

    /// The position in `listings` of the listing with `id`.
    func position(of id: String) -> Int? { positions[id] }

    /// Adds `listing` (its id must be new) and returns its position.
    @discardableResult
    mutating func add(_ listing: Listing) -> Int {
        positions[listing.id] = listings.count
        listings.append(listing)
        return listings.count - 1
    }

    /// Makes `alias` find the listing at `position` too (e.g. a WooCommerce `id:76` and its SKU).
    mutating func alias(_ alias: String, to position: Int) {
        if positions[alias] == nil { positions[alias] = position }
    }

    /// A location in this file.
    func location(_ line: Int, _ column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// Runs `body` on the listing at `position` in place (no copy), with a locator for this file.
    mutating func modify<T>(_ position: Int, _ body: (inout Listing, Locator) -> T) -> T {
        body(&listings[position], Locator(file: file))
    }

    /// Records that the row at `line` was skipped.
    mutating func skip(line: Int, column: Int? = nil, zh: String, en: String) {
        skipped.append(SkippedRow(location: location(line, column), reason: LocalizedText(zh: zh, en: en)))
    }

    /// Sets each listing's price to its lowest variant price when the listing row gave none.
    mutating func settlePrices() {
        for index in listings.indices where listings[index].price == nil {
            listings[index].price = listings[index].variants.compactMap(\.price).min()
        }
    }
}

extension Listing {
    /// Adds an image unless one with the same URL is already in the gallery; a variant link fills in a missing one.
    mutating func addImage(_ image: ListingImage) {
        if let existing = images.firstIndex(where: { $0.url == image.url }) {
            if images[existing].variantSKU == nil { images[existing].variantSKU = image.variantSKU }
            if images[existing].altText == nil { images[existing].altText = image.altText }
            return
        }
        images.append(image)
    }

    /// Sets a text field when it is still empty; a value from a row after the listing's first is located in
    /// `fieldLocations`.
    mutating func fill(_ field: ListingField, with value: String, at location: SourceLocation) {
        guard !value.isEmpty else { return }
        switch field {
        case .title where title.isEmpty: title = value
        case .description where description.isEmpty: description = value
        case .category where categoryPath.isEmpty: categoryPath = value
        case .productType where productType.isEmpty: productType = value
        case .brand where brand.isEmpty: brand = value
        default: return
        }
        if location.line != self.location.line { fieldLocations[field] = location }
    }
}

/// Makes source locations in one file.
struct Locator {
    let file: String

    /// The location of `line` and the 1-based `column`.
    func callAsFunction(_ line: Int, _ column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// The location of `record`'s cell at the 0-based `column` index (none when the column is absent).
    func callAsFunction(_ record: CSVRecord, index column: Int?) -> SourceLocation {
        SourceLocation(file: file, line: record.line, column: column.map { $0 + 1 })
    }
}

extension ListingCollector {
    /// Removes the listings whose ids are in `ids` (and every alias pointing at them), keeping the others' order.
    mutating func remove(ids: Set<String>) {
        guard !ids.isEmpty else { return }
        listings.removeAll { ids.contains($0.id) }
        var rebuilt = ListingCollector(file: file)
        rebuilt.skipped = skipped
        for listing in listings { rebuilt.add(listing) }
        self = rebuilt
    }
}
