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

    /// Keeps a field that is still being read from holding more than `cut` will keep of it, so a field that never
    /// ends (a quote never closed, a line with no end) costs its first 2 MiB and not the rest of the file: past its
    /// first `maximumBytes` and a few more, cut back to a character's start, what the scanner adds to it is dropped
    /// after every stretch it reads. `cut` then keeps of it what it would have kept of the whole field. Bytes
    /// dropped so are never checked: an invalid or NUL byte among them is not reported.
    struct OpenField {
        /// The field that was shortened (its index in the record) and where its kept bytes end.
        private var shortened: (field: Int, keptEnd: Int)?
        /// Bytes kept past the limit: `cut` reads the byte at the limit, and backs off over at most three
        /// continuation bytes from there.
        private static let margin = 8

        /// Bounds the record `bytes` (laid out as `CSVRecord`'s, its finished fields ending at `ends`) after the
        /// scanner has added a stretch to it: drops what a shortened field gained before it ended (moving the later
        /// fields back), and shortens the field still being read when it is past the limit.
        mutating func bound(_ bytes: inout [UInt8], ends: inout [Int], limit: Int = FieldLimit.maximumBytes) {
            if let (field, keptEnd) = shortened {
                guard ends.count > field else {
                    bytes.removeSubrange(keptEnd...)
                    return
                }
                let gained = ends[field] - keptEnd
                if gained > 0 {
                    bytes.removeSubrange(keptEnd..<ends[field])
                    for index in field..<ends.count { ends[index] -= gained }
                }
                shortened = nil
            }
            let start = ends.last.map { $0 + 1 } ?? 0
            guard bytes.count - start > limit + Self.margin else { return }
            var keptEnd = start + limit + Self.margin
            while keptEnd > start, bytes[keptEnd] & 0xC0 == 0x80 { keptEnd -= 1 }
            bytes.removeSubrange(keptEnd...)
            shortened = (ends.count, keptEnd)
        }
    }
}
