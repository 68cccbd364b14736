/// Cuts fields longer than `maximumBytes` to their first `maximumBytes` (at a character boundary), noting each:
/// no export has such a field, and one of 50 MB would cost every later step (text folding, rules, reports) many
/// times its size. Only records longer than the limit are looked at, so ordinary input pays one comparison.
enum FieldLimit {
    /// The longest field read whole: 2 MiB.
    static let maximumBytes = 2 << 20

    /// Cuts the long fields of a record (`CSVRecord` layout), moving `ends`; returns `issues` plus one
    /// `.fieldTooLong` issue per field cut.
    static func cut(
        _ bytes: inout [UInt8], ends: inout [Int], line: Int, issues: [CSVIssue], limit: Int = maximumBytes
    ) -> [CSVIssue] {
        guard bytes.count > limit else { return issues }
        var result = issues
        var kept: [UInt8] = []
        var keptEnds: [Int] = []
        var start = 0
        for (field, end) in ends.enumerated() {
            if field > 0 { kept.append(bytes[start - 1]) }
            var stop = end
            if end - start > limit {
                stop = start + limit
                while stop > start, bytes[stop] & 0xC0 == 0x80 { stop -= 1 }
                result.append(CSVIssue(kind: .fieldTooLong, line: line, column: field + 1))
            }
            kept.append(contentsOf: bytes[start..<stop])
            keptEnds.append(kept.count)
            start = end + 1
        }
        guard keptEnds.count == ends.count, kept.count != bytes.count else { return result }
        bytes = kept
        ends = keptEnds
        return result
    }
}
