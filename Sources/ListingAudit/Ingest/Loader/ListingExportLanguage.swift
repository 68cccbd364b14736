/// Whether a listing export is Chinese, which makes every report Chinese when no language is asked for: a Chinese
/// platform's format (抖店, 淘宝助理), a Chinese header cell, or Chinese titles on most of its first listings (a
/// Chinese shop exported in an English layout, e.g. a 严选 or newbee mall table). `check`, `inspect` and `audit`
/// decide by this one rule, so one export gets its reports in one language whichever command reads it.
public struct ListingExportLanguage: Sendable {
    /// How many of the first listings' titles are sampled.
    public static let sampleSize = 200

    /// Titles sampled so far, and how many of them hold a Chinese character.
    public private(set) var sampled = 0
    private var chineseTitles = 0

    public init() {}

    /// Whether the sample is full: later listings no longer change the titles' verdict.
    public var isComplete: Bool { sampled >= Self.sampleSize }

    /// Whether most of the sampled titles hold a Chinese character (`false` before any is sampled).
    public var titlesAreChinese: Bool { chineseTitles * 2 > sampled }

    /// Samples the titles of `listings` until the sample is full.
    public mutating func sample(_ listings: some Collection<Listing>) {
        for listing in listings.prefix(Self.sampleSize - sampled) {
            sampled += 1
            if listing.title.containsCJK { chineseTitles += 1 }
        }
    }

    /// Whether the export `report` tells of is Chinese by its format or its header cells, or by the sampled titles.
    public func isChinese(_ report: IngestReport) -> Bool {
        Self.isChinese(format: report.format, header: report.columnMapping.lazy.map(\.column)) || titlesAreChinese
    }

    /// Whether an export is Chinese by its format or by a Chinese header cell, before any listing is read.
    public static func isChinese(format: ExportFormat, header: some Sequence<String>) -> Bool {
        format == .chineseShop || format == .taobaoAssistant || header.contains { $0.containsCJK }
    }
}
