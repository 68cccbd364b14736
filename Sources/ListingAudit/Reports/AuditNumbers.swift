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
    /// The text is written straight from the digits of `units`, at its exact length (so a short one is a small
    /// string, without an allocation): the reason of every `priorities.csv` row prints two or three of these.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard let units = units(value, digits: digits) else { return String(format: "%.\(digits)f", value) }
        var digitCount = 1
        var rest = units / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        // At least one whole digit before the point (`0.05`).
        if digits > 0 { digitCount = max(digitCount, digits + 1) }
        let negative = value.sign == .minus
        let length = digitCount + (digits > 0 ? 1 : 0) + (negative ? 1 : 0)
        return String(unsafeUninitializedCapacity: length) { text in
            var rest = units
            var end = length
            for written in 0..<digitCount {
                if digits > 0 && written == digits {
                    end -= 1
                    text[end] = UInt8(ascii: ".")
                }
                end -= 1
                text[end] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            if negative { text[0] = UInt8(ascii: "-") }
            return length
        }
    }

    /// The digits `fixed` prints for `value` without its sign and point (`-12.5` with two decimals: 1250), or `nil`
    /// when `printf` must print it (not finite, 10^15 or more, more than four decimals).
    static func units(_ value: Double, digits: Int) -> UInt64? {
        guard value.isFinite, abs(value) < 1e15, (0...4).contains(digits) else { return nil }
        return units(abs(value), scale: scale(digits: digits))
    }

    /// 10 to the power `digits`, for zero to four decimals: a switch, not a subscript of an array literal, which the
    /// optimiser may make as an array at every call (it did in `priorities.csv` rows, three a row).
    @inline(__always)
    static func scale(digits: Int) -> UInt64 {
        switch digits {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        default: preconditionFailure("at most four decimals, not \(digits)")
        }
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
