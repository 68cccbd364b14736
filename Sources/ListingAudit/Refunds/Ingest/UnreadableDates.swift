/// The dates of a refund or order export that `DateGrammar` cannot read: how many, and the first with its location
/// and value as written.
///
/// No stage of the audit uses these dates (history windows and "new product" detection count by the audit's own
/// date), so a row with such a date is kept and analysed; the count is shown with the audit's summary, so a damaged
/// or misread date column is never passed over in silence.
public struct UnreadableDates: Codable, Sendable, Equatable {
    /// Dates that are not blank and not a real date in a form `DateGrammar` reads.
    public var count = 0
    /// Where the first one is.
    public var firstLocation: SourceLocation?
    /// The first one as written (abbreviated to 40 characters).
    public var firstValue: String?

    public init() {}

    /// Reads `cell` and counts it when it holds something that is not a date.
    /// - Parameters:
    ///   - serials: whether a bare number is a serial date (the file is a workbook).
    ///   - location: where the cell is, asked for only when it is counted.
    mutating func check(
        _ cell: UnsafeBufferPointer<UInt8>, serials: Bool, at location: () -> SourceLocation
    ) {
        guard DateGrammar.isUnreadable(cell, serials: serials) else { return }
        count += 1
        if firstLocation == nil {
            firstLocation = location()
            firstValue = String(decoding: cell, as: UTF8.self).abbreviated(to: 40)
        }
    }

    /// Adds the counts of a later part of the same file.
    mutating func add(_ later: UnreadableDates) {
        if firstLocation == nil {
            firstLocation = later.firstLocation
            firstValue = later.firstValue
        }
        count += later.count
    }
}
