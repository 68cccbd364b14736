import Foundation

/// Removes NUL bytes from the fields of a record (`CSVRecord` layout), noting each damaged field: text never
/// holds NUL, and one passed on would cut ids and titles short in other programs. Only records from a chunk in
/// which `memchr` found a NUL are looked at, so clean input pays one `memchr` per chunk.
enum NULRepair {
    /// Whether `bytes` hold a NUL.
    static func hasNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, 0, bytes.count) != nil
    }

    /// Removes the NULs of `bytes` in place, moving `ends`, and returns `issues` plus one `.nulByte` issue per field
    /// that held any, at the line of its first NUL.
    static func repair(_ bytes: inout [UInt8], ends: inout [Int], firstLine: Int, issues: [CSVIssue]) -> [CSVIssue] {
        guard bytes.withUnsafeBufferPointer(hasNUL) else { return issues }
        var result = issues
        var kept = 0
        var field = 0
        var line = firstLine
        var noted = -1
        for index in 0..<bytes.count {
            while field < ends.count - 1, index >= ends[field] {
                ends[field] = kept
                field += 1
            }
            let byte = bytes[index]
            if byte == 0 {
                if noted != field {
                    result.append(CSVIssue(kind: .nulByte, line: line, column: field + 1))
                    noted = field
                }
                continue
            }
            if byte == 0x0A { line += 1 }
            bytes[kept] = byte
            kept += 1
        }
        while field < ends.count {
            ends[field] = kept
            field += 1
        }
        bytes.removeLast(bytes.count - kept)
        return result
    }
}
