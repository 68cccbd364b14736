/// One record (row) of a delimited file: its fields as UTF-8 bytes, materialised as `String`s only on request.
public struct CSVRecord: Sendable {
    /// 1-based physical line where the record starts.
    public let line: Int
    /// The unescaped bytes of all fields, one separator byte (the delimiter) between neighbours.
    let bytes: [UInt8]
    /// `ends[i]` is the end offset in `bytes` of field `i`; field `i + 1` starts at `ends[i] + 1`.
    let ends: [Int]
    /// Problems repaired while reading this record.
    public let issues: [CSVIssue]
    /// Where the record and each field start in the source, for records that are not a line of columns (a feed's
    /// items, whose elements may share one line); `nil` for delimited text, where a field's column is its number.
    let positions: RecordPositions?
    /// Whether every field's bytes are known to be valid UTF-8 (the delimiter between fields may be any byte): a
    /// record the CSV parser read (it checks every record and repairs the fields that are not valid) or one built
    /// from `String`s. Its fields' texts are then made without a second check (`text(of:)`).
    let isValidUTF8: Bool

    init(
        line: Int, bytes: [UInt8], ends: [Int], issues: [CSVIssue], positions: RecordPositions? = nil,
        isValidUTF8: Bool = false
    ) {
        self.line = line
        self.bytes = bytes
        self.ends = ends
        self.issues = issues
        self.positions = positions
        self.isValidUTF8 = isValidUTF8
    }

    /// Builds a record from strings (tests, synthetic rows).
    public init(line: Int, fields: [String]) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for field in fields {
            if !ends.isEmpty { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: field.utf8)
            ends.append(bytes.count)
        }
        self.init(line: line, bytes: bytes, ends: ends, issues: [], isValidUTF8: true)
    }

    /// Number of fields.
    public var count: Int { ends.count }

    /// The byte range of field `index` in `bytes`.
    @inline(__always)
    func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1] + 1)..<ends[index]
    }

    /// Field `index` as a `String`, or `""` when the record has fewer fields.
    public subscript(index: Int) -> String {
        guard index >= 0, index < ends.count else { return "" }
        let range = range(index)
        if range.isEmpty { return "" }
        return bytes.withUnsafeBufferPointer { text(of: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// `String(decoding: cell, as: UTF8.self)` of `cell`, a field's bytes as `withUTF8` lends them (or a part of
    /// them cut at character boundaries): copied without a second UTF-8 check when the record's bytes are known to
    /// be valid (`isValidUTF8`).
    @inline(__always)
    func text(of cell: UnsafeBufferPointer<UInt8>) -> String {
        isValidUTF8 ? UTF8Validation.string(ofChecked: cell) : String(decoding: cell, as: UTF8.self)
    }

    /// Whether field `index` is missing or holds only spaces and tabs.
    public func isBlank(_ index: Int) -> Bool {
        guard index >= 0, index < ends.count else { return true }
        return bytes[range(index)].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// Calls `body` with the UTF-8 bytes of field `index` (empty when the record has fewer fields), without
    /// building a `String`: for hot paths that compare, hash or parse numbers.
    public func withUTF8<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
        -> Result {
        guard index >= 0, index < ends.count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let range = range(index)
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// All fields as `String`s.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// Whether the record is one empty field (a blank line).
    public var isEmptyLine: Bool { ends.count == 1 && ends[0] == 0 }
}

/// Where a record that is not a line of columns starts, and where each of its fields does: 1-based line and byte
/// column in the source, as the XML reader reports errors.
struct RecordPositions: Sendable {
    /// The record's own start (a feed item's start tag).
    var record: (line: Int, column: Int)
    /// Each field's start (its element's start tag), the record's start for a field the record lacks.
    var fields: [(line: Int, column: Int)]
}
