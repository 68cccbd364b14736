/// Finds an adapter's columns in the header row and remembers which column feeds which model field, so the ingest
/// report can show the mapping that was used.
struct ColumnFinder {
    let header: HeaderIndex
    /// The fields found so far, in the order the adapter asked for them.
    private(set) var mapping: [MappedColumn] = []

    init(_ header: HeaderIndex) { self.header = header }

    /// The column of `field`, found by its first present alias, recorded in `mapping`.
    mutating func find(_ field: String, _ aliases: String...) -> Int? { find(field, aliases) }

    /// The column of `field`, found by its first present alias, recorded in `mapping`.
    mutating func find(_ field: String, _ aliases: [String]) -> Int? {
        guard let column = header.column(aliases) else { return nil }
        mapping.append(MappedColumn(field: field, column: header.names[column]))
        return column
    }

    /// Records a field fed by a column found some other way.
    mutating func record(_ field: String, column: Int) {
        mapping.append(MappedColumn(field: field, column: header.names[column]))
    }
}
