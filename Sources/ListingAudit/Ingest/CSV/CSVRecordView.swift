/// A record as the parser holds it (`CSVParser.withNextRecord`), in the `CSVRecord` layout: in place in the bytes
/// read when it needed no work, else in the parser's scratch storage. Valid only during the call it is passed to;
/// `record` makes a `CSVRecord` of it.
struct CSVRecordView {
    /// 1-based physical line where the record starts.
    let line: Int
    /// The unescaped bytes of all fields, one separator byte between neighbours (`CSVRecord.bytes`).
    let bytes: UnsafeBufferPointer<UInt8>
    /// `ends[i]` is the end offset in `bytes` of field `i` (`CSVRecord.ends`).
    let ends: UnsafeBufferPointer<Int>
    /// Problems repaired while reading this record.
    let issues: [CSVIssue]

    /// Number of fields.
    var count: Int { ends.count }

    /// The byte range of field `index` in `bytes`.
    @inline(__always)
    func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1] + 1)..<ends[index]
    }

    /// Whether the record is one empty field (a blank line).
    var isEmptyLine: Bool { ends.count == 1 && ends[0] == 0 }

    /// The record as a `CSVRecord` of its own (its bytes copied).
    var record: CSVRecord { CSVRecord(line: line, bytes: Array(bytes), ends: Array(ends), issues: issues) }
}

extension CSVRecord {
    /// Calls `body` with a view of this record, for code that reads records and views alike.
    func withView<Result>(_ body: (CSVRecordView) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { ends in
                body(CSVRecordView(line: line, bytes: bytes, ends: ends, issues: issues))
            }
        }
    }
}
