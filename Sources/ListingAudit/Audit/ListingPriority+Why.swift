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
}
