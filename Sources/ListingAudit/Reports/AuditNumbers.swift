import Foundation

/// How numbers are written in the audit's CSV and JSON files: plain, locale-independent, fixed decimals.
enum AuditNumbers {
    /// Money: two decimals.
    static func amount(_ value: Double) -> String { fixed(value, digits: 2) }
    /// Scores and expected counts: two decimals.
    static func score(_ value: Double) -> String { fixed(value, digits: 2) }
    /// Rates as fractions: four decimals.
    static func rate(_ value: Double) -> String { fixed(value, digits: 4) }

    /// `String(format: "%.<digits>f", value)`. Amounts such as `89.9` lie within far less than half a unit of the
    /// last decimal from a whole number of units, so their digits are printed from that integer directly: the same
    /// text as `printf`, without its cost on the millions of `refunds.csv` rows. Other values go to `printf`.
    static func fixed(_ value: Double, digits: Int) -> String {
        let scale = [1.0, 10, 100, 1_000, 10_000][min(max(digits, 0), 4)]
        let scaled = abs(value) * scale
        let units = scaled.rounded()
        guard digits <= 4, scaled < 1e15, abs(scaled - units) < 1e-6 else {
            return String(format: "%.\(digits)f", value)
        }
        var text = String(Int64(units))
        if digits > 0 {
            if text.count <= digits { text = String(repeating: "0", count: digits + 1 - text.count) + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
        }
        return value.sign == .minus ? "-" + text : text
    }
}
