#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The merged cell ranges of a sheet that span several rows, used to fill the cells a merge covers with the value of
/// its top-left cell: platforms merge a product's id, title and description over its SKU rows, and a header cell over
/// the two rows of a two-level header. Ranges within one row (a title across the columns) leave the other cells
/// empty, as a CSV export of the sheet would.
///
/// A sheet lists its merges after its rows (`<mergeCells>` follows `<sheetData>`), so they are found by a first pass
/// that inflates the sheet and looks only for the end of `sheetData`; the short tail after it is parsed.
struct MergedRanges: Sendable {
    /// One vertical range: column `column` (and the columns to `lastColumn`) from row `firstRow` to `lastRow`.
    struct Range: Sendable, Equatable {
        let firstRow: Int
        let lastRow: Int
        let column: Int
        let lastColumn: Int
    }

    /// The most ranges a sheet may have.
    static let maximumRanges = 1 << 20

    /// Vertical ranges by first row, each list sorted by column.
    private(set) var byFirstRow: [Int: [Range]] = [:]
    /// How many merged ranges the sheet lists (all kinds).
    private(set) var count = 0

    init() {}

    var isEmpty: Bool { byFirstRow.isEmpty }

    /// Reads the merged ranges of the sheet streamed by `source`.
    static func scan(_ source: ZipEntrySource, label: String) throws(IngestError) -> MergedRanges {
        let needle = Array("sheetData>".utf8)
        var window: [UInt8] = []
        var tail: [UInt8]?
        var chunk: [UInt8] = []
        while true {
            chunk.removeAll(keepingCapacity: true)
            let got = try source.read(into: &chunk, maximum: 1 << 18)
            if got == 0 { break }
            if var collected = tail {
                collected.append(contentsOf: chunk)
                guard collected.count <= 256 << 20 else { break }
                tail = collected
                continue
            }
            // Keep the last bytes of the previous chunk so a match across the boundary is found.
            let keep = min(window.count, needle.count + 8)
            window.removeFirst(window.count - keep)
            window.append(contentsOf: chunk)
            if let offset = lastEndTag(in: window, needle: needle) { tail = Array(window[offset...]) }
            if tail == nil { window = Array(window.suffix(needle.count + 8)) }
        }
        guard let tail else { return MergedRanges() }
        return try parse(tail, label: label)
    }

    /// The offset just after the first `</…sheetData>` end tag in `bytes`.
    private static func lastEndTag(in bytes: [UInt8], needle: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { haystack -> Int? in
            needle.withUnsafeBytes { pattern -> Int? in
                var from = 0
                while from < haystack.count {
                    guard let offset = ByteSearch.find(pattern, in: haystack, from: from) else { return nil }
                    // An end tag: '<' '/' and an optional prefix before the name.
                    var back = offset - 1
                    while back >= 0, haystack[back] != UInt8(ascii: "<"), offset - back < 16 { back -= 1 }
                    if back >= 0, haystack[back] == UInt8(ascii: "<"), back + 1 < offset,
                        haystack[back + 1] == UInt8(ascii: "/")
                    {
                        return offset + pattern.count
                    }
                    from = offset + 1
                }
                return nil
            }
        }
    }

    /// Parses the `ref` of every `mergeCell` in the XML after `sheetData`.
    private static func parse(_ tail: [UInt8], label: String) throws(IngestError) -> MergedRanges {
        var ranges = MergedRanges()
        let tag = Array("mergeCell".utf8)
        var index = 0
        let count = tail.count
        while index + tag.count < count {
            guard tail[index] == UInt8(ascii: "m"), tail[index..<(index + tag.count)].elementsEqual(tag),
                index > 0, tail[index - 1] == UInt8(ascii: "<") || tail[index - 1] == UInt8(ascii: ":"),
                XMLBytes.isSpace(tail[index + tag.count]) || tail[index + tag.count] == UInt8(ascii: "/")
            else {
                index += 1
                continue
            }
            // Find ref="…" before the tag's end.
            var cursor = index + tag.count
            var reference: ArraySlice<UInt8>?
            while cursor + 5 < count, tail[cursor] != UInt8(ascii: ">") {
                if tail[cursor] == UInt8(ascii: "r"), tail[cursor + 1] == UInt8(ascii: "e"),
                    tail[cursor + 2] == UInt8(ascii: "f"), tail[cursor + 3] == UInt8(ascii: "="),
                    XMLBytes.isSpace(tail[cursor - 1])
                {
                    let quote = tail[cursor + 4]
                    var close = cursor + 5
                    while close < count, tail[close] != quote { close += 1 }
                    reference = tail[(cursor + 5)..<min(close, count)]
                    cursor = close
                    break
                }
                cursor += 1
            }
            index = cursor
            guard let reference, let range = CellReference.range(Array(reference)) else { continue }
            ranges.count += 1
            guard ranges.count <= maximumRanges else {
                throw .input(
                    label, zh: "工作表合并了超过 \(maximumRanges) 个单元格区域：不是正常的导出文件",
                    en: "the sheet merges more than \(maximumRanges) cell ranges: this is not an ordinary export")
            }
            if range.lastRow > range.firstRow {
                ranges.byFirstRow[range.firstRow, default: []].append(range)
            }
        }
        for key in ranges.byFirstRow.keys { ranges.byFirstRow[key]?.sort { $0.column < $1.column } }
        return ranges
    }
}

/// A1-style cell references.
enum CellReference {
    /// Excel's last column (XFD) and row.
    static let maximumColumn = 16_384
    static let maximumRow = 1_048_576

    /// The 0-based column and 1-based row of `A1`-style `bytes` (row 0 when the reference names only a column).
    @inline(__always)
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (column: Int, row: Int)? {
        var index = 0
        var column = 0
        while index < bytes.count {
            let byte = bytes[index] & ~0x20
            guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(byte - UInt8(ascii: "A") + 1)
            guard column <= maximumColumn else { return nil }
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "$") { index += 1 }
        guard column > 0 else { return nil }
        var row = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            row = row * 10 + Int(byte - 0x30)
            guard row <= maximumRow * 10 else { return nil }
            index += 1
        }
        return (column - 1, row)
    }

    /// The range `A1:B3` (a single cell `A1` is a one-cell range).
    static func range(_ bytes: [UInt8]) -> MergedRanges.Range? {
        let cleaned = bytes.filter { $0 != UInt8(ascii: "$") }
        let parts = cleaned.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let corners = parts.map { part in Array(part).withUnsafeBufferPointer { parse($0) } }
        guard let first = corners[0], let last = corners.last ?? nil, first.row > 0, last.row > 0 else { return nil }
        return MergedRanges.Range(
            firstRow: min(first.row, last.row), lastRow: max(first.row, last.row),
            column: min(first.column, last.column), lastColumn: max(first.column, last.column))
    }

    /// The A1-style name of 0-based `column` and `row`: `C12`.
    static func name(column: Int, row: Int) -> String {
        var letters: [Character] = []
        var value = column + 1
        while value > 0 {
            let remainder = (value - 1) % 26
            letters.insert(Character(UnicodeScalar(UInt8(65 + remainder))), at: 0)
            value = (value - 1) / 26
        }
        return String(letters) + (row > 0 ? String(row) : "")
    }
}
