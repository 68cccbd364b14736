import Foundation

/// Numbers as reports show them: grouped thousands, fixed decimals, the same in both languages and independent of
/// the machine's locale (so reports and tests are reproducible).
public enum NumberText {
    /// `1234` → `1,234`.
    public static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + grouped(digits)
    }

    /// `0.1234` → `12.3%` with `digits` decimals.
    public static func percent(_ fraction: Double, digits: Int = 1) -> String {
        decimal(fraction * 100, digits: digits) + "%"
    }

    /// A money amount with two decimals and grouped thousands, without a currency symbol (exports do not say which).
    public static func money(_ amount: Double) -> String {
        decimal(amount, digits: 2)
    }

    /// `value` with `digits` decimals and grouped thousands; non-finite values show as `–`.
    public static func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "–" }
        let formatted = String(format: "%.\(max(0, digits))f", value)
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

    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
