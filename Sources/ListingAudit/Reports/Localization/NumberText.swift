import Foundation

/// Numbers as reports show them: grouped thousands, fixed decimals, the same in both languages and independent of
/// the machine's locale (so reports and tests are reproducible).
public enum NumberText {
    /// `1234` → `1,234`.
    public static func count(_ value: Int) -> String {
        written(whole: UInt64(value.magnitude), fraction: 0, places: 0, negative: value < 0)
    }

    /// `0.1234` → `12.3%` with `digits` decimals.
    public static func percent(_ fraction: Double, digits: Int = 1) -> String {
        decimal(fraction * 100, digits: digits) + "%"
    }

    /// A money amount with two decimals and grouped thousands, without a currency symbol (exports do not say which).
    public static func money(_ amount: Double) -> String {
        decimal(amount, digits: 2)
    }

    /// `value` with `digits` decimals and grouped thousands; non-finite values show as `–`. The digits are those
    /// `printf` writes (`%.<digits>f`): worked out exactly by `AuditNumbers.units` and written as bytes for up to four
    /// decimals below 10^15 (a report page shows hundreds of them, and `String(format:)` cost some 15,000
    /// instructions each), by `printf` for any other value.
    public static func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "–" }
        let places = max(0, digits)
        guard let units = AuditNumbers.units(value, digits: places) else { return formatted(value, digits: places) }
        let scale = AuditNumbers.scale(digits: places)
        // `-0.0` and a negative value that rounds to zero show without a sign, as `formatted` shows them.
        return written(
            whole: units / scale, fraction: units % scale, places: places, negative: value.sign == .minus && units != 0)
    }

    /// `decimal(_:digits:)` through `printf`, for the values `AuditNumbers.units` leaves to it.
    private static func formatted(_ value: Double, digits: Int) -> String {
        let formatted = String(format: "%.\(digits)f", value)
        let negative = formatted.hasPrefix("-")
        let unsigned = negative ? String(formatted.dropFirst()) : formatted
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var result = grouped(String(parts.first ?? "0"))
        if parts.count == 2 { result += "." + parts[1] }
        let isZero = !unsigned.contains { $0 != "0" && $0 != "." }
        return (negative && !isZero ? "-" : "") + result
    }

    /// A change in percentage points, signed: `+3.2 pp` / `-1.0 pp` (`+3.2个百分点` in Chinese).
    public static func pointChange(_ delta: Double, digits: Int = 1, language: Language = .en) -> String {
        let text = decimal(delta * 100, digits: digits)
        let sign = delta > 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "+" : ""
        return sign + text + (language == .zh ? "个百分点" : " pp")
    }

    /// `whole` with a comma before every group of three digits from the right, then a point and the `places` digits
    /// of `fraction` (below `10^places`) when `places` is above zero, after a `-` when `negative`: written as bytes at
    /// the text's exact length.
    private static func written(whole: UInt64, fraction: UInt64, places: Int, negative: Bool) -> String {
        var wholeDigits = 1
        var rest = whole / 10
        while rest > 0 {
            wholeDigits += 1
            rest /= 10
        }
        let length = (negative ? 1 : 0) + wholeDigits + (wholeDigits - 1) / 3 + (places > 0 ? 1 + places : 0)
        return String(unsafeUninitializedCapacity: length) { text in
            var end = length
            var rest = fraction
            for _ in 0..<places {
                end -= 1
                text[end] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            if places > 0 {
                end -= 1
                text[end] = UInt8(ascii: ".")
            }
            rest = whole
            for digit in 0..<wholeDigits {
                if digit > 0 && digit % 3 == 0 {
                    end -= 1
                    text[end] = UInt8(ascii: ",")
                }
                end -= 1
                text[end] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            if negative { text[0] = UInt8(ascii: "-") }
            return length
        }
    }

    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
