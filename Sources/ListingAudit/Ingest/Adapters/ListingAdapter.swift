/// Turns the data records of one export format into listings. An adapter is made for one file after its header row
/// has been read; the loader hands it every data record in order, then calls `finish` once. The loader releases
/// each listing as soon as its last row is read (see `ListingCollector`), after `complete` has settled it.
protocol ListingAdapter {
    /// Which column fed which model field, for the ingest report.
    var columnMapping: [MappedColumn] { get }
    /// Whether listings can only be settled after the whole file (e.g. Magento simple products are folded into the
    /// configurable that names them, wherever it is); such formats are held in memory until `finish`.
    var holdsListingsUntilFinish: Bool { get }
    /// Whether what is read into a listing decides which listings there are and which rows are skipped (Magento
    /// folds the simple products that its configurables' variants name); otherwise the keys of each row alone do,
    /// and a listing can be counted without building it.
    var contentShapesListings: Bool { get }
    /// Appends the listing keys `record` adds to or is looked up by (its id, a parent reference, …), the same keys
    /// `read` passes to `ListingCollector.position(of:)`, `add` and `alias`. Used to release listings whose rows are
    /// over, and by the pre-pass that finds where each listing's rows end. (Appending to the caller's array spares
    /// an array per row.)
    func keys(of record: CSVRecord, into keys: inout [String])
    /// Reads one data record (already checked against the header's width).
    mutating func read(_ record: CSVRecord, into collector: inout ListingCollector)
    /// Settles what only a whole file can: rows that referred to listings never found.
    mutating func finish(into collector: inout ListingCollector)
    /// Settles one listing whose rows have all been read, before it is released (image order, price).
    func complete(_ listing: inout Listing)
}

extension ListingAdapter {
    var holdsListingsUntilFinish: Bool { false }

    var contentShapesListings: Bool { false }

    mutating func finish(into collector: inout ListingCollector) {}

    func complete(_ listing: inout Listing) {
        listing.settlePrice()
    }
}
