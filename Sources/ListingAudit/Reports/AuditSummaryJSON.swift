import Foundation

/// `summary.json`: the run's counts, refund categories, evidence table and top listings, with sorted keys in
/// snake case, pretty-printed, text in the report language.
enum AuditSummaryJSON {
    /// How many ranked listings the summary lists.
    static let topListings = 20

    static func render(_ result: AuditResult, language: Language) throws(AuditError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        do {
            let data = try encoder.encode(Document(result, language: language))
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw .cannotWrite(path: "summary.json", reason: LocalizedText(
                zh: "有数值不是有限数，无法写成 JSON", en: "\(error)"))
        }
    }

    private struct Document: Encodable {
        var version: String
        var generatedAt: Date
        var language: Language
        var rankedBy: RankingBasis
        var parameters: RankingParameters
        var inputs: [InputSummary]
        var totals: AuditTotals
        var coverage: Coverage
        var categories: [Annotated<CategoryTally>]
        var evidence: [Annotated<RuleEvidence>]
        var topListings: [Annotated<ListingPriority>]
        var fulfilment: FulfilmentSummary
        var refundHeavyWithoutFindings: [UnexplainedListing]

        init(_ result: AuditResult, language: Language) {
            version = result.version
            generatedAt = result.generatedAt
            self.language = language
            rankedBy = result.basis
            parameters = result.parameters
            inputs = result.inputs
            totals = result.totals
            coverage = Coverage(result.coverage)
            categories = result.categories.map {
                Annotated(base: $0, extras: ["label": $0.category.label.text(language), "fulfilment": $0.isFulfilment])
            }
            evidence = result.evidence.map { Annotated(base: $0, extras: ["sentence": $0.sentence.text(language)]) }
            topListings = result.priorities.prefix(AuditSummaryJSON.topListings).map {
                Annotated(base: $0, extras: ["why": $0.why.text(language)])
            }
            fulfilment = result.fulfilment
            refundHeavyWithoutFindings = result.unexplained
        }
    }

    private struct Coverage: Encodable {
        var byListingId: Int
        var bySku: Int
        var byTitle: Int
        var unmatched: Int
        var matchedShare: Double

        init(_ summary: MatchSummary) {
            byListingId = summary.byListingID
            bySku = summary.bySKU
            byTitle = summary.byTitle
            unmatched = summary.unmatched
            matchedShare = summary.matchedShare
        }
    }

    /// A value encoded with a few extra keys beside its own: a label, sentence or reason in the report language.
    private struct Annotated<Base: Encodable>: Encodable {
        var base: Base
        var extras: KeyValuePairs<String, any Encodable>

        func encode(to encoder: any Encoder) throws {
            try base.encode(to: encoder)
            var container = encoder.container(keyedBy: ExtraKey.self)
            for (key, value) in extras { try container.encode(value, forKey: ExtraKey(stringValue: key)) }
        }
    }

    private struct ExtraKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
