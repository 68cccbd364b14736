import Foundation

/// Builds CSV text for spreadsheets: UTF-8 with BOM, CRLF line ends, RFC 4180 quoting, and cells that a spreadsheet
/// would run as a formula (`=`, `+`, `-`, `@`, tab or CR at the start) neutralised with a leading apostrophe.
public struct CSVWriter: Sendable {
    /// The text so far (starts with the BOM).
    public private(set) var text = "\u{FEFF}"

    public init(header: [String]) {
        appendRow(header)
    }

    /// Appends one row.
    public mutating func appendRow(_ cells: [String]) {
        text += Self.row(cells)
    }

    /// One row, cells neutralised and quoted, with its CRLF.
    public static func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// Removes and returns the text written so far, so a long output can go to disk in pieces.
    public mutating func takeText() -> String {
        defer { text = "" }
        return text
    }

    /// The UTF-8 bytes to write to disk.
    public var bytes: [UInt8] { Array(text.utf8) }

    /// One cell, neutralised and quoted as needed.
    public static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
            !isPlainNumber(value)
        {
            value = "'" + value
        }
        // Scanning UTF-8 bytes finds the same cells as scanning Characters (CR LF is one Character but two bytes),
        // many times faster on the millions of cells of refunds.csv.
        if value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            return quoted(value)
        }
        return value
    }

    /// `value` in double quotes, its quotes doubled; built from bytes, as the Foundation replace was a hot spot.
    private static func quoted(_ value: String) -> String {
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Negative numbers such as `-12.5` are data, not formulas, and stay as they are.
    private static func isPlainNumber(_ value: String) -> Bool {
        guard value.hasPrefix("-") || value.hasPrefix("+") else { return false }
        let rest = value.dropFirst()
        return !rest.isEmpty && rest.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
            && rest.filter { $0 == "." }.count <= 1
    }
}
