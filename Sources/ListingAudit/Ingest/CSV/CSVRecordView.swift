/// A record as the parser holds it (`CSVParser.forEachRecordView`): in place in the bytes read when it needed no work
/// (its quoted fields' bytes those between the quotes), else a `CSVRecord`'s storage. Valid only during the call it
/// is passed to; `record` makes a `CSVRecord` of it.
struct CSVRecordView {
    /// 1-based physical line where the record starts.
    let line: Int
    /// The bytes the fields lie in.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Field `i` is `bytes[bounds[2 * i] ..< bounds[2 * i + 1]]`.
    let bounds: UnsafeBufferPointer<Int>
    /// Problems repaired while reading this record: none for a record in place (a view of a `CSVRecord` sees its
    /// array's), so a view passed on costs no retain or release of an array.
    let issues: UnsafeBufferPointer<CSVIssue>

    /// Number of fields.
    var count: Int { bounds.count / 2 }

    /// The byte range of field `index` in `bytes`.
    @inline(__always)
    func range(_ index: Int) -> Range<Int> {
        bounds[2 * index]..<bounds[2 * index + 1]
    }

    /// Whether the record is one empty field (a blank line).
    var isEmptyLine: Bool { bounds.count == 2 && bounds[0] == bounds[1] }

    /// The record as a `CSVRecord` of its own (its fields copied, a comma between neighbours as
    /// `CSVRecord(line:fields:)` lays them out).
    var record: CSVRecord {
        var copied: [UInt8] = []
        var ends: [Int] = []
        copied.reserveCapacity(bytes.count)
        ends.reserveCapacity(count)
        for index in 0..<count {
            if index > 0 { copied.append(UInt8(ascii: ",")) }
            copied.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range(index)]))
            ends.append(copied.count)
        }
        return CSVRecord(line: line, bytes: copied, ends: ends, issues: Array(issues))
    }
}

extension CSVRecord {
    /// Calls `body` with a view of this record, for code that reads records and views alike.
    func withView<Result>(_ body: (CSVRecordView) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * count) { bounds in
            for index in 0..<count {
                let range = range(index)
                bounds.initializeElement(at: 2 * index, to: range.lowerBound)
                bounds.initializeElement(at: 2 * index + 1, to: range.upperBound)
            }
            return self.bytes.withUnsafeBufferPointer { bytes in
                issues.withUnsafeBufferPointer { issues in
                    body(CSVRecordView(line: line, bytes: bytes, bounds: UnsafeBufferPointer(bounds), issues: issues))
                }
            }
        }
    }
}
