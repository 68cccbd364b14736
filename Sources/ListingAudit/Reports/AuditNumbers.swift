import Foundation

/// How numbers are written in the audit's CSV and JSON files: plain, locale-independent, fixed decimals.
enum AuditNumbers {
    /// Money: two decimals.
    static func amount(_ value: Double) -> String { String(format: "%.2f", value) }
    /// Scores and expected counts: two decimals.
    static func score(_ value: Double) -> String { String(format: "%.2f", value) }
    /// Rates as fractions: four decimals.
    static func rate(_ value: Double) -> String { String(format: "%.4f", value) }
}
