import Foundation

extension ListingPriority {
    /// One line on why the listing sits where it does, in both languages.
    public var why: LocalizedText { LocalizedText(zh: why(in: .zh), en: why(in: .en)) }

    /// `why` in `language` alone (a report renders one language, for every row of `priorities.csv`).
    public func why(in language: Language) -> String { PriorityReason(self).text(language) }

    /// `1 refund`, `2 refunds`: English counts with the right number.
    static func count(_ value: Int, _ noun: String) -> String {
        value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
    }

    static func severityLabel(_ severity: Severity) -> LocalizedText {
        switch severity {
        case .error: LocalizedText(zh: "错误", en: "error")
        case .warning: LocalizedText(zh: "警告", en: "warning")
        case .advice: LocalizedText(zh: "建议", en: "advice")
        }
    }

    /// `12.3%`.
    static func percent(_ value: Double) -> String { AuditNumbers.fixed(value * 100, digits: 1) + "%" }

    /// `3`, `2.5`: whole numbers without decimals, others with one; a value that is not finite or beyond 10^15 is
    /// printed as it is, never converted to `Int` (which traps).
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        guard abs(rounded) < 1e15 else { return AuditNumbers.fixed(value, digits: 1) }
        return rounded == rounded.rounded() ? String(Int(rounded)) : AuditNumbers.fixed(rounded, digits: 1)
    }
}
