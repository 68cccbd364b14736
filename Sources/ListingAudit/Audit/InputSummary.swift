/// What an input file holds.
public enum InputKind: String, Codable, Sendable, CaseIterable {
    case listings
    case refunds
    case orders
}

/// One input file as the audit read it: what it was recognised as, how many rows were used and skipped, and why.
public struct InputSummary: Codable, Sendable, Equatable {
    public var kind: InputKind
    /// The path as the user named it (or as found in the audited folder).
    public var path: String
    /// The format it was read as (an `ExportFormat` raw value for listings; the refund/order layout otherwise).
    public var format: String
    /// The text encoding it was decoded from.
    public var encoding: String
    /// Data rows read (header rows excluded).
    public var rowsRead: Int
    /// Data rows skipped, each for a reason in `skipReasons`.
    public var skipped: Int
    /// Why rows were skipped, most frequent first.
    public var skipReasons: [SkipTally]
    /// Repairs the reader made (quoting, encoding, ragged rows), each by a rule the inspect and check commands state.
    public var repaired: Int = 0
    /// Listing exports only: rows added to a listing an earlier row started (variants, images, a repeated listing
    /// id): rows read = listings + merged + skipped.
    public var mergedRows: Int?
    /// Listing exports only: the listings of an export without a description column (their descriptions cannot be
    /// checked: one note instead of `description.empty` on each); `nil` when the export has the column.
    public var withoutDescriptionColumn: Int?
    /// Listing exports only: the listings of an export that may leave descriptions out (an Amazon listings report,
    /// Olist) in which no listing has one (one note); `nil` otherwise.
    public var withoutDescriptionText: Int?
    /// Listing exports only: the listings of an export in which no listing has an image address (one note instead
    /// of `images.missing_main` on each); `nil` otherwise.
    public var withoutImages: Int?
    /// Listing exports only: the listings of a Google feed in which no item has an additional image (one note
    /// instead of `images.too_few` on each); `nil` otherwise.
    public var withoutGalleries: Int?
    /// Refund exports only: requests closed, rejected or withdrawn without a refund, read but not counted.
    public var notRefunded: Int?
    /// Refund and order exports only: dates of kept rows that are not real dates (the rows are kept, as no stage
    /// uses their dates).
    public var unreadableDates: UnreadableDates?

    /// The export's gaps with the listings each leaves unchecked, in `ExportGap` order: one note each.
    public var exportGaps: [(gap: ExportGap, listings: Int)] {
        [
            (ExportGap.descriptionColumn, withoutDescriptionColumn), (.descriptionText, withoutDescriptionText),
            (.images, withoutImages), (.galleries, withoutGalleries),
        ].compactMap { gap, count in count.map { (gap, $0) } }
    }

    public init(
        kind: InputKind, path: String, format: String, encoding: String, rowsRead: Int, skipped: Int = 0,
        skipReasons: [SkipTally] = []
    ) {
        self.kind = kind
        self.path = path
        self.format = format
        self.encoding = encoding
        self.rowsRead = rowsRead
        self.skipped = skipped
        self.skipReasons = skipReasons
    }
}

/// How many rows were skipped for one reason, with the first place it happened.
public struct SkipTally: Codable, Sendable, Equatable {
    /// The reason in English (as `summary.json` gives it).
    public var reason: String
    /// The reason in Chinese, for the terminal summary and the report (`nil`: known in English only).
    public var reasonZh: String?
    public var count: Int
    /// The first skipped row with this reason.
    public var firstLocation: SourceLocation?

    public init(reason: String, reasonZh: String? = nil, count: Int, firstLocation: SourceLocation? = nil) {
        self.reason = reason
        self.reasonZh = reasonZh
        self.count = count
        self.firstLocation = firstLocation
    }

    /// The reason in `language`.
    public func reason(in language: Language) -> String {
        language == .zh ? reasonZh ?? reason : reason
    }

    /// `summary.json` keeps the English reason only, as before the Chinese one was kept.
    private enum CodingKeys: String, CodingKey {
        case reason, count, firstLocation
    }
}
