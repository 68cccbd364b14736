/// Turns the data records of one export format into listings. An adapter is made for one file after its header row
/// has been read; the loader hands it every data record in order, then calls `finish` once.
protocol ListingAdapter {
    /// Which column fed which model field, for the ingest report.
    var columnMapping: [MappedColumn] { get }
    /// Reads one data record (already checked against the header's width).
    mutating func read(_ record: CSVRecord, into collector: inout ListingCollector)
    /// Joins rows that referred to rows later in the file, and settles listing prices.
    mutating func finish(into collector: inout ListingCollector)
}

extension ListingAdapter {
    mutating func finish(into collector: inout ListingCollector) {
        collector.settlePrices()
    }
}
