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
            throw .cannotWrite(path: "summary.json", reason: "\(error)")
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
        var categories: [Category]
        var evidence: [Evidence]
        var topListings: [TopListing]
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
            categories = result.categories.map { Category($0, language: language) }
            evidence = result.evidence.map { Evidence($0, language: language) }
            topListings = result.priorities.prefix(AuditSummaryJSON.topListings).map {
                TopListing($0, language: language)
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

    private struct Category: Encodable {
        var tally: CategoryTally
        var label: String
        var fulfilment: Bool

        init(_ tally: CategoryTally, language: Language) {
            self.tally = tally
            label = tally.category.label.text(language)
            fulfilment = tally.isFulfilment
        }

        func encode(to encoder: any Encoder) throws {
            try tally.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(label, forKey: .label)
            try container.encode(fulfilment, forKey: .fulfilment)
        }

        enum Keys: String, CodingKey { case label, fulfilment }
    }

    private struct Evidence: Encodable {
        var evidence: RuleEvidence
        var sentence: String

        init(_ evidence: RuleEvidence, language: Language) {
            self.evidence = evidence
            sentence = evidence.sentence.text(language)
        }

        func encode(to encoder: any Encoder) throws {
            try evidence.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(sentence, forKey: .sentence)
        }

        enum Keys: String, CodingKey { case sentence }
    }

    private struct TopListing: Encodable {
        var row: ListingPriority
        var why: String

        init(_ row: ListingPriority, language: Language) {
            self.row = row
            why = row.why.text(language)
        }

        func encode(to encoder: any Encoder) throws {
            try row.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(why, forKey: .why)
        }

        enum Keys: String, CodingKey { case why }
    }
}
