import Foundation

/// The calendar day an audit describes, `YYYY-MM-DD`. Injectable (`--date`) so runs and tests are reproducible.
public struct AuditDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The ISO form, `2026-11-26`; sorts chronologically as text.
    public let text: String

    /// Parses `YYYY-MM-DD`; `nil` for any other shape or an impossible day (`2026-02-30`).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year)
        else { return nil }
        self.text = text
    }

    /// Today on the user's clock (`timeZone`, the machine's by default), so a morning audit in China is dated
    /// that morning and not the day before.
    public static func today(now: Date = Date(), timeZone: TimeZone = .current) -> AuditDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        let text = String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        return AuditDate(text) ?? epoch
    }

    private init(unchecked text: String) { self.text = text }

    /// 1970-01-01, for empty ranges.
    static let epoch = AuditDate(unchecked: "1970-01-01")

    public var description: String { text }

    public static func < (lhs: AuditDate, rhs: AuditDate) -> Bool { lhs.text < rhs.text }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = AuditDate(text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: "Not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
