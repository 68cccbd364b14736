import Foundation

/// How numbers are written in the audit's CSV and JSON files: plain, locale-independent, fixed decimals.
enum AuditNumbers {
    /// Money: two decimals.
    static func amount(_ value: Double) -> String { fixed(value, digits: 2) }
    /// Scores and expected counts: two decimals.
    static func score(_ value: Double) -> String { fixed(value, digits: 2) }
    /// Rates as percentages, as the report shows them: `0.13809` → `13.81%` (spreadsheets read it as 0.1381).
    static func rate(_ value: Double) -> String { fixed(value * 100, digits: 2) + "%" }

    /// `String(format: "%.<digits>f", value)`, without `printf` (a hot spot on the million rows of
    /// `priorities.csv`): a finite value below 10^15 is `significand × 2^exponent` exactly, so its scaled digits are
    /// that product's quotient, rounded to nearest with ties to even as `printf` rounds the exact binary value.
    /// Other values, and more than four decimals, go to `printf`.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard let units = units(value, digits: digits) else { return String(format: "%.\(digits)f", value) }
        var text = String(units)
        if digits > 0 {
            if text.count <= digits { text = String(repeating: "0", count: digits + 1 - text.count) + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
        }
        return value.sign == .minus ? "-" + text : text
    }

    /// The digits `fixed` prints for `value` without its sign and point (`-12.5` with two decimals: 1250), or `nil`
    /// when `printf` must print it (not finite, 10^15 or more, more than four decimals).
    static func units(_ value: Double, digits: Int) -> UInt64? {
        guard value.isFinite, abs(value) < 1e15, (0...4).contains(digits) else { return nil }
        return units(abs(value), scale: [1, 10, 100, 1_000, 10_000][digits])
    }

    /// `magnitude × scale` rounded to a whole number, to nearest with ties to even, computed exactly.
    private static func units(_ magnitude: Double, scale: UInt64) -> UInt64 {
        guard magnitude > 0 else { return 0 }
        let normal = magnitude.isNormal
        let significand = UInt128(magnitude.significandBitPattern | (normal ? 1 << 52 : 0))
        let exponent = normal ? Int(magnitude.exponent) - 52 : -1074
        let product = significand * UInt128(scale)
        guard exponent < 0 else { return UInt64(product << exponent) }
        let shift = -exponent
        guard shift < 128 else { return 0 }
        var quotient = product >> shift
        let remainder = product - (quotient << shift)
        let half = UInt128(1) << (shift - 1)
        if remainder > half || remainder == half && quotient & 1 == 1 { quotient += 1 }
        return UInt64(quotient)
    }
}
