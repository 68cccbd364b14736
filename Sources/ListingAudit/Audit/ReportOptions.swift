/// What happens after the spreadsheets: the audit's date, where its history lives, and whether to write the page.
public struct ReportOptions: Sendable {
    /// The day the audit describes (`--date`; default today).
    public var date: AuditDate
    /// The history folder; `nil` keeps no history.
    public var historyDirectory: String?
    /// Whether to write `report.html` into the output folder.
    public var html: Bool

    public init(date: AuditDate, historyDirectory: String? = nil, html: Bool = true) {
        self.date = date
        self.historyDirectory = historyDirectory
        self.html = html
    }
}
