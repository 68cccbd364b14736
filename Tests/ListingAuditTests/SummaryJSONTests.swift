import Foundation
import Testing

@testable import ListingAudit

/// `summary.json` is written member by member into bytes; it must be, byte for byte, what `JSONEncoder` made of the
/// result's `Encodable` values (the oracle below, as the summary was written before).
struct SummaryJSONTests {
    @Test(arguments: Language.allCases)
    func theFixtureIsWrittenAsTheEncoderWroteIt(_ language: Language) throws {
        for basis in [RankingBasis.orders, .refundCounts] {
            try Self.expectSameAsEncoder(ReportFixtures.result(basis: basis), language)
        }
    }

    @Test(arguments: Language.allCases)
    func theDemoShopsAuditIsWrittenAsTheEncoderWroteIt(_ language: Language) throws {
        try Self.expectSameAsEncoder(try DemoShopTests.audit(), language)
        try Self.expectSameAsEncoder(try DemoShopEnglishTests.audit(), language)
    }

    @Test(arguments: Language.allCases)
    func edgeValuesAreWrittenAsTheEncoderWroteThem(_ language: Language) throws {
        var result = ReportFixtures.result()
        // A second with a fraction; escapes, a slash, control characters, CJK and an emoji in texts.
        result.generatedAt = Date(timeIntervalSince1970: 1_765_000_000.625)
        let hostile = "a \"quoted\" \\ back/slash\u{1}\t\n\r\u{8}\u{C}\u{1F} 连衣裙 👗"
        var input = InputSummary(
            kind: .orders, path: hostile, format: "mapped", encoding: "utf-16le", rowsRead: 0,
            skipReasons: [SkipTally(reason: hostile, count: 1), SkipTally(reason: "", count: 0)])
        input.mergedRows = 4
        input.withoutDescriptionColumn = 0
        input.withoutDescriptionText = 2
        input.withoutImages = 3
        input.withoutGalleries = 5
        input.notRefunded = 6
        var dates = UnreadableDates()
        dates.count = 7
        dates.firstLocation = SourceLocation(file: hostile, line: 12)
        dates.firstValue = "2026-02-30"
        input.unreadableDates = dates
        var noFirst = InputSummary(kind: .refunds, path: "r.csv", format: "taobao", encoding: "gbk", rowsRead: 1)
        noFirst.unreadableDates = UnreadableDates()
        result.inputs += [input, noFirst]
        result.parameters = RankingParameters(
            priorStrength: 0.5, categoryWeights: ["other": 1e-7, "changed_mind": 0, "Zeta": 2, "a_b": 3, "ab": 1e21],
            unexplainedFactor: -0.0)
        var bare = ListingPriority(
            rank: 4, listingID: hostile, title: "", profile: .homeTextiles,
            location: SourceLocation(file: "x.csv", line: 0), score: 123_456_789.123, refundExportGiven: false)
        bare.ruleIDs = []
        result.priorities = ListingPriorities(Array(result.priorities) + [bare])
        result.evidence = []
        result.unexplained = []
        result.fulfilment = FulfilmentSummary()
        try Self.expectSameAsEncoder(result, language)
    }

    @Test func aNumberThatIsNotFiniteIsRefused() {
        var result = ReportFixtures.result()
        result.totals.refundAmount = .infinity
        #expect(throws: AuditError.self) { try AuditSummaryJSON.render(result, language: .en) }
        result.totals.refundAmount = 0
        result.categories[0].amount = .nan
        #expect(throws: AuditError.self) { try AuditSummaryJSON.render(result, language: .zh) }
    }

    private static func expectSameAsEncoder(_ result: AuditResult, _ language: Language) throws {
        let written = try AuditSummaryJSON.render(result, language: language)
        let encoded = try EncodedSummary.render(result, language: language)
        #expect(written == encoded)
        if written != encoded {
            let (lines, expected) = (written.split(separator: "\n"), encoded.split(separator: "\n"))
            let shorter = min(lines.count, expected.count)
            let first = (0..<shorter).first { lines[$0] != expected[$0] } ?? shorter
            let (line, wanted) = (lines.dropFirst(first).first ?? "", expected.dropFirst(first).first ?? "")
            Issue.record("line \(first + 1): \(line) ≠ \(wanted)")
        }
    }
}

/// The summary as `JSONEncoder` wrote it from the result's values, with a few extra keys beside each value's own.
private enum EncodedSummary {
    static func render(_ result: AuditResult, language: Language) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(Document(result, language: language)), as: UTF8.self) + "\n"
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
