/// Replaces invalid UTF-8 in a record's fields with U+FFFD and reports where it was.
enum UTF8Repair {
    /// Repairs each field of a record in place (`CSVRecord` layout: fields with one separator byte between them,
    /// `ends` their end offsets) and returns
    /// `issues` plus one `.invalidEncoding` issue per damaged field, at the line of its first bad byte.
    /// Fields are checked one by one, so bytes on either side of a delimiter never combine into a character.
    static func repair(_ bytes: inout [UInt8], ends: inout [Int], firstLine: Int, issues: [CSVIssue]) -> [CSVIssue] {
        var found: [(field: Int, offset: Int)] = []
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for (field, end) in ends.enumerated() {
                let slice = UnsafeBufferPointer(rebasing: all[start..<end])
                if !UTF8Validation.isASCII(slice), let bad = UTF8Validation.firstInvalidOffset(slice) {
                    found.append((field, start + bad))
                }
                start = end + 1
            }
        }
        guard !found.isEmpty else { return issues }
        var result = issues
        for (field, offset) in found {
            let line = firstLine + lineBreaks(in: bytes, before: offset)
            result.append(CSVIssue(kind: .invalidEncoding, line: line, column: field + 1))
        }
        var repaired: [UInt8] = []
        repaired.reserveCapacity(bytes.count + found.count * 2)
        var repairedEnds: [Int] = []
        repairedEnds.reserveCapacity(ends.count)
        var damaged = found.makeIterator()
        var nextDamaged = damaged.next()
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for (field, end) in ends.enumerated() {
                let slice = UnsafeBufferPointer(rebasing: all[start..<end])
                if field > 0 { repaired.append(all[start - 1]) }
                if field == nextDamaged?.field {
                    repaired.append(contentsOf: String(decoding: slice, as: UTF8.self).utf8)
                    nextDamaged = damaged.next()
                } else {
                    repaired.append(contentsOf: slice)
                }
                repairedEnds.append(repaired.count)
                start = end + 1
            }
        }
        bytes = repaired
        ends = repairedEnds
        return result.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// Line breaks (CRLF counted once) in `bytes` before `offset`; they can only come from quoted fields.
    private static func lineBreaks(in bytes: [UInt8], before offset: Int) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in bytes[..<offset] {
            if byte == 0x0D || byte == 0x0A && previous != 0x0D { count += 1 }
            previous = byte
        }
        return count
    }
}
