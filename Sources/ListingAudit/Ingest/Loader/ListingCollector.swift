import Synchronization

/// The listings an adapter is still building, looked up by id, plus the rows it had to skip.
///
/// Listings are released in first-seen order as soon as no later row can add to them, so memory holds the listings
/// whose rows are still open — in a normal export a handful — not the file. How the collector knows a listing is
/// complete is its `Release` policy.
struct ListingCollector {
    /// When a listing is complete.
    enum Release {
        /// Once a record names none of its keys: exports keep each product's rows together. A record naming a key
        /// already released breaks that assumption, which the collector records (`brokeAdjacency`) so the loader
        /// can read the file again with a key index.
        case adjacentRows
        /// Once the loader has passed the last record naming any of its keys, as counted by a `ListingKeyIndex`
        /// pre-pass.
        case keyIndex(ListingKeyIndex)
        /// At the end of the file (input that cannot be read twice, formats settled by the whole file).
        case atEnd
    }

    /// One listing still being built.
    private struct Open {
        /// `nil` once an adapter removed it (e.g. a Magento simple product folded into its configurable).
        var listing: Listing?
        /// Its id, to forget it when it is released.
        var id: String
        /// Its aliases (most listings have none).
        var aliases: [String] = []
        /// The ordinal of the last record that names one of its keys.
        var lastRecord: Int

        /// Whether `key` is its id or one of its aliases.
        func isNamed(by key: String) -> Bool { key == id || aliases.contains(key) }

        /// Calls `body` with its id and each alias.
        func forEachKey(_ body: (String) -> Void) {
            body(id)
            aliases.forEach(body)
        }
    }

    /// The file path, for locations.
    let file: String
    /// The locations of this file, its name looked up once (`SourceFileName`).
    let locator: Locator
    /// Rows that could not become listings: the first `SkippedRow.keptInDetail`.
    private(set) var skipped: [SkippedRow] = []
    /// How many rows were skipped in all.
    private(set) var skippedCount = 0
    /// How many listings have been released so far.
    private(set) var released = 0
    private var open: [Open] = []
    /// Index in `open` of the first listing not yet released.
    private var head = 0
    /// The position of `open[0]`.
    private var base = 0
    private var positions = OpenKeys()
    private let policy: Release
    /// The keys of released listings (`adjacentRows` only).
    private var releasedKeys = ReleasedKeys()
    /// Whether a record named a key of a listing already released (`adjacentRows` only).
    private(set) var brokeAdjacency = false
    private let counter = ListingCollector.work
    /// Listings at this position and after are counted, not built: `modify` leaves them as `add` got them.
    private let builtBelow: Int
    /// The file's recurring short texts, lent to an adapter by `modify(_:texts:)`.
    private var texts = TextInterner()
    /// The blocks the variants' options are kept in, lent to an adapter by `modify(_:texts:)`.
    private var options = OptionStore()
    /// The one key the record being read names, when its adapter said so (`recordNames(_:)`); taken by `release`.
    private var namedKey: String?

    /// - Parameter builtListings: how many listings (the first, in first-seen order) to build in full; the others
    ///   are only counted. An adapter whose listings' content decides which listings there are must build all.
    init(file: String, release: Release, builtListings: Int = .max) {
        self.file = file
        locator = Locator(file: file)
        policy = release
        builtBelow = builtListings
    }

    /// A test hook (`LoaderScaleTests`): counts the collector's work, so a test can check that loading stays
    /// linear without timing it. One unit per key look-up, listing added or aliased, release pass and listing
    /// released; compaction adds the slots it moves. Unbound, as everywhere but that test, it costs a `nil` check.
    final class Work: Sendable {
        private let units = Atomic<Int>(0)
        private let open = Atomic<Int>(0)
        /// Units of work so far.
        var total: Int { units.load(ordering: .relaxed) }
        /// The most listings open at once.
        var mostOpen: Int { open.load(ordering: .relaxed) }

        fileprivate func add(_ count: Int, open: Int) {
            units.add(count, ordering: .relaxed)
            self.open.max(open, ordering: .relaxed)
        }
    }

    /// The counter the collectors created in this task report to; see `Work`.
    @TaskLocal static var work: Work?

    /// The position of the oldest listing not yet released; every position before it is gone.
    var firstOpenPosition: Int { base + head }

    /// The position of the listing with `id` (or alias `id`), while it is open.
    mutating func position(of id: String) -> Int? {
        counter?.add(1, open: open.count - head)
        if let position = positions[id] { return position }
        if case .adjacentRows = policy, !id.isEmpty, releasedKeys.contains(id) { brokeAdjacency = true }
        return nil
    }

    /// The listing at `position` as built so far (it must be open and not removed).
    func listing(at position: Int) -> Listing {
        open[position - base].listing!
    }

    /// Adds `listing` (its id must be new) and returns its position.
    @discardableResult
    mutating func add(_ listing: consuming Listing) -> Int {
        let position = base + open.count
        counter?.add(1, open: open.count + 1 - head)
        let id = listing.id
        positions[id] = position
        open.append(Open(listing: listing, id: id, lastRecord: lastRecord(of: id)))
        return position
    }

    /// Makes `alias` find the listing at `position` too (e.g. a WooCommerce `id:76` and its SKU).
    mutating func alias(_ alias: String, to position: Int) {
        counter?.add(1, open: open.count - head)
        guard positions[alias] == nil else { return }
        positions[alias] = position
        open[position - base].aliases.append(alias)
        open[position - base].lastRecord = max(open[position - base].lastRecord, lastRecord(of: alias))
    }

    /// A location in this file.
    func location(_ line: Int, _ column: Int? = nil) -> SourceLocation {
        locator(line, column)
    }

    /// The location of `record` itself: its line (column 1), or where a feed item starts.
    func location(of record: CSVRecord) -> SourceLocation { locator(record) }

    /// Whether the next listing `add`ed is to be built in full. An adapter that builds a listing before adding it
    /// adds one with only its id, format and location when this is false.
    var buildsNextListing: Bool { base + open.count < builtBelow }

    /// Runs `body` on the listing at `position` in place (no copy), with a locator for this file; does nothing for a
    /// listing that is only counted.
    mutating func modify(_ position: Int, _ body: (inout Listing, Locator) -> Void) {
        guard position < builtBelow else { return }
        body(&open[position - base].listing!, locator)
    }

    /// `modify`, lending `body` the file's `TextInterner` too, for values that recur row after row, and the
    /// `OptionStore` its variants' options are kept in.
    mutating func modify(
        _ position: Int, texts body: (inout Listing, Locator, inout TextInterner, inout OptionStore) -> Void
    ) {
        guard position < builtBelow else { return }
        body(&open[position - base].listing!, locator, &texts, &options)
    }

    /// Records that the row at `line` was skipped.
    mutating func skip(line: Int, column: Int? = nil, zh: String, en: String) {
        skippedCount += 1
        guard skipped.count < SkippedRow.keptInDetail else { return }
        skipped.append(SkippedRow(location: location(line, column), reason: LocalizedText(zh: zh, en: en)))
    }

    /// Skips `record` when `key` already names a listing (`column`: the 0-based key column), saying which line had
    /// it first, e.g. "duplicate seller-sku (first at line 7)". Returns whether it was a duplicate.
    mutating func skipDuplicate(_ key: String, _ record: CSVRecord, column: Int?, zh: String, en: String) -> Bool {
        guard let existing = position(of: key) else { return false }
        let first = listing(at: existing).location.line
        skip(
            line: record.line, column: column.map { $0 + 1 }, zh: "\(zh)（首次出现在第 \(first) 行）",
            en: "\(en) (first at line \(first))")
        return true
    }

    /// Removes the open listings whose ids are in `ids`, and every alias pointing at them.
    mutating func remove(ids: Set<String>) {
        for id in ids {
            guard let position = positions[id], open[position - base].listing != nil else { continue }
            open[position - base].forEachKey { positions[$0] = nil }
            open[position - base].listing = nil
        }
    }

    /// Says that the record being read names exactly `key`: its adapter's `keys(of:into:)` gives `[key]`. The
    /// release after the record then compares `key` with the open listings' keys instead of asking for the record's
    /// keys again (an adapter that does not say so is asked).
    mutating func recordNames(_ key: String) {
        namedKey = key
    }

    /// Moves the listings that no record after the `ordinal`-th, which named `keys` (asked only when the policy
    /// needs them and the record's adapter did not name its key by `recordNames(_:)`), can add to into `batch`, in
    /// first-seen order.
    mutating func release(through ordinal: Int, into batch: inout [Listing], named keys: () -> [String]) {
        counter?.add(1, open: open.count - head)
        let namedKey = namedKey.take()
        switch policy {
        case .atEnd: return
        case .keyIndex:
            while head < open.count, open[head].lastRecord <= ordinal { releaseHead(into: &batch) }
        case .adjacentRows:
            guard head < open.count else { break }
            if let namedKey {
                while head < open.count, !open[head].isNamed(by: namedKey) { releaseHead(into: &batch) }
            } else {
                let keys = keys()
                while head < open.count, !keys.contains(where: open[head].isNamed(by:)) { releaseHead(into: &batch) }
            }
        }
        compact()
    }

    /// Moves every open listing into `batch`, in first-seen order (after the last record).
    mutating func releaseAll(into batch: inout [Listing]) {
        while head < open.count { releaseHead(into: &batch) }
        compact()
    }

    private mutating func releaseHead(into batch: inout [Listing]) {
        counter?.add(1, open: open.count - head)
        let slot = head
        head += 1
        // Moved out of its slot in place, not copied (a copy would retain every string and array of the listing only
        // to release them), nor the whole slot swapped with an empty one first: each swap moved the listing's bytes
        // three more times.
        guard let listing = open[slot].listing.take() else { return }
        // The keys taken out of the slot too, so that they go with the listing, not at the slot's compaction.
        var id = "", aliases: [String] = []
        swap(&id, &open[slot].id)
        swap(&aliases, &open[slot].aliases)
        func forget(_ key: String) {
            positions[key] = nil
            if case .adjacentRows = policy { releasedKeys.insert(key) }
        }
        forget(id)
        aliases.forEach(forget)
        released += 1
        batch.append(listing)
    }

    /// Drops released slots once they are the larger part of the buffer, keeping releases amortised O(1).
    private mutating func compact() {
        guard head > 1024 || head == open.count, head * 2 >= open.count else { return }
        counter?.add(open.count - head, open: open.count - head)
        open.removeFirst(head)
        base += head
        head = 0
    }

    private func lastRecord(of key: String) -> Int {
        guard case .keyIndex(let index) = policy else { return Int.max }
        return index.lastRecord(of: key)
    }
}

extension Listing {
    /// Sets a text field when it is still empty; a value from a row after the listing's first is located in
    /// `fieldLocations` (`location` may be `nil` for a value read on the listing's first line, where none is kept).
    mutating func fill(_ field: ListingField, with value: String, at location: SourceLocation?) {
        guard !value.isEmpty else { return }
        switch field {
        case .title where title.isEmpty: title = value
        case .description where description.isEmpty: description = value
        case .category where categoryPath.isEmpty: categoryPath = value
        case .productType where productType.isEmpty: productType = value
        case .brand where brand.isEmpty: brand = value
        default: return
        }
        if let location, location.line != self.location.line { fieldLocations[field] = location }
    }

    /// Sets the price to the lowest variant price when the listing row gave none.
    mutating func settlePrice() {
        guard price == nil else { return }
        for variant in variants {
            if let candidate = variant.price, price.map({ candidate < $0 }) ?? true { price = candidate }
        }
    }
}

/// Makes source locations in one file.
struct Locator {
    /// The file's name, looked up once.
    private let name: SourceFileName

    /// Locations in the file `file`.
    init(file: String) {
        name = SourceFileName.named(file)
    }

    /// The location of `line` and the 1-based `column`.
    func callAsFunction(_ line: Int, _ column: Int? = nil) -> SourceLocation {
        SourceLocation(file: name, line: line, column: column)
    }

    /// The location of `record`'s cell at the 0-based `column` index (none when the column is absent): its line and
    /// field number, or, for a record with source positions (a feed item), where the field's element starts.
    func callAsFunction(_ record: CSVRecord, index column: Int?) -> SourceLocation {
        if let positions = record.positions, let column, column < positions.fields.count {
            let start = positions.fields[column]
            return SourceLocation(file: name, line: start.line, column: start.column)
        }
        return SourceLocation(file: name, line: record.line, column: column.map { $0 + 1 })
    }

    /// The location of `record` itself: its line (column 1), or where a feed item starts.
    func callAsFunction(_ record: CSVRecord) -> SourceLocation {
        let start: (line: Int, column: Int) = record.positions?.record ?? (record.line, 1)
        return SourceLocation(file: name, line: start.line, column: start.column)
    }
}
