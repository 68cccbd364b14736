import Foundation

/// What one audit reads, how it judges, and where it writes.
public struct AuditOptions: Sendable {
    /// The listing export.
    public var listingsPath: String
    /// The refund / after-sales export, if any.
    public var refundsPath: String?
    /// The order export (refund-rate denominators), if any.
    public var ordersPath: String?
    /// Where `priorities.csv`, `findings.csv`, `refunds.csv` and `summary.json` go; `nil` writes nothing.
    public var outputDirectory: String?
    /// Rules, thresholds, links and ranking parameters.
    public var configuration: AuditConfiguration
    /// The report language; `nil` decides it from the inputs: Chinese when any of them is a Chinese export.
    public var language: Language?
    /// The time stamped on the result (injected so tests are deterministic).
    public var generatedAt: Date
    /// The version stamped on the result.
    public var version: String
    /// Where the inputs report how far they have been read (a progress display); `nil` reports nothing.
    public var progress: ProgressReporter?
    /// Told the reports' language (without `language`) once, when it is decided, so a progress display can speak
    /// it: as soon as the listing export's first titles make it Chinese, else after the listing export is read and
    /// the refund and order exports' headers, before any report is written (`LanguageStage`); `nil` tells no one.
    public var languageDecided: (@Sendable (Language) -> Void)?
    /// How the listing export is read: encoding, delimiter, worksheet, export format or column mapping (`nil` or
    /// empty: detected). Its progress reporter is replaced by `progress`.
    public var listingsReading = LoadOptions()
    /// The columns of the refund export when its header is no layout the tool knows (`--refund-mapping`).
    public var refundMapping: TransactionMapping?
    /// The columns of the order export when its header is no layout the tool knows (`--order-mapping`).
    public var orderMapping: TransactionMapping?
    /// What probing the listings' images found (`ImageProbeStage`), for the image rules and the report's image
    /// health; `nil` when images are not probed (the default: an audit never touches the network on its own).
    public var imageProbes: ImageProbeTable?

    public init(
        listingsPath: String, refundsPath: String? = nil, ordersPath: String? = nil, outputDirectory: String? = nil,
        configuration: AuditConfiguration = AuditConfiguration(), language: Language? = nil,
        generatedAt: Date = Date(), version: String = ListingAuditVersion.current
    ) {
        self.listingsPath = listingsPath
        self.refundsPath = refundsPath
        self.ordersPath = ordersPath
        self.outputDirectory = outputDirectory
        self.configuration = configuration
        self.language = language
        self.generatedAt = generatedAt
        self.version = version
    }
}
