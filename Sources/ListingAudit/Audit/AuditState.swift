import Foundation

/// What the stages of one audit share. Each stage reads what the stages before it left here and adds its part.
final class AuditState {
    let options: AuditOptions
    let links: RefundLinkMap
    let catalog: RuleCatalog
    /// Reads the listing export in two streaming passes (shop facts, then rules).
    let shopCheck: ShopCheck
    var inputs: [InputSummary] = []
    /// Whether the input looks Chinese (a Chinese platform format or Chinese header cells).
    var chineseInput = false
    var summaries: [AuditListing] = []
    var findings: [Finding] = []
    var matcher = RefundMatcher(listings: [])
    var ledger: AuditLedger
    var priorities: [ListingPriority] = []
    var evidence: [RuleEvidence] = []
    var fulfilment = FulfilmentSummary()
    var unexplained: [UnexplainedListing] = []

    /// - Throws: `AuditError.configuration` when the config's `links` name unknown or fulfilment categories.
    init(options: AuditOptions) throws(AuditError) {
        self.options = options
        do {
            links = try RefundLinkMap(configuration: options.configuration.links)
        } catch {
            throw .configuration(.invalidValue(key: "links", reason: error.description))
        }
        shopCheck = ShopCheck(
            engine: RuleEngine(configuration: options.configuration), paths: [options.listingsPath],
            options: LoadOptions(read: ReadOptions(progress: options.progress, sheet: options.listingsSheet)))
        catalog = RuleCatalog(descriptions: RuleRegistry.all.map { $0.description }, links: links)
        ledger = AuditLedger(listings: [], findings: [], catalog: catalog)
    }

    /// The report language: as asked, else Chinese for Chinese input, else English.
    var language: Language { options.language ?? (chineseInput ? .zh : .en) }

    /// The path of report file `name` in the output folder, or `nil` when nothing is written.
    func outputPath(_ name: String) -> String? {
        options.outputDirectory.map { ($0 as NSString).appendingPathComponent(name) }
    }

    /// Whether `text` holds CJK ideographs.
    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }
}
