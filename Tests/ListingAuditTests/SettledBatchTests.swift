import Foundation
import Testing

@testable import ListingAudit

/// `ShopCheck.SettledBatch` keeps a batch's settled findings as the spool's bytes: the CSV and text writers write
/// rows and lines straight from them, the others render each distinct message once, and the audit numbers each
/// distinct text once per batch. Each fast path is checked against the straightforward one on generated shops (texts
/// CSV must quote or neutralise, control characters, Chinese text, empty fields, descriptions shared by several
/// products so that findings are completed when settled): `RuleEngine.run` for the findings, `FindingsWriter.render`
/// per `Finding` for every format, `AuditFindings.append(_:listing:)` per finding for the audit's store.
@Suite struct SettledBatchTests {
    private static let titles = [
        "Wool coat", "Linen \"summer\" dress", "=SUM(A1)", "纯棉短袖T恤", "", "-12.5", "+ new, improved", "Oak table",
        "Canvas tote\nbag", "@home mug",
    ]
    private static let descriptions = [
        "", "Short.", "=cmd|' /C calc'!A0", "纯棉面料，透气吸汗。",
        "A description shared word for word by many different products of this shop, saying nothing specific at all.",
        "Another shared text, with a comma, \"quotes\" and enough words to count as a real description of a thing.",
        "<p>Breathable linen dress.</p><table><tr><td>Length</td><td>98 cm</td></tr></table> Amazing best quality!!!",
    ]

    /// A generic export of `count` listings drawn with `seed`, and its path.
    private static func shop(seed: UInt64, count: Int) throws -> String {
        var generator = SeededGenerator(seed: seed)
        func pick(_ pool: [String]) -> String { pool[generator.below(pool.count)] }
        func quoted(_ cell: String) -> String { "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var rows = ["listing_id,title,description,category,brand,price,colours,sizes,image_urls,sku,material"]
        for index in 0..<count {
            let id = generator.below(5) == 0 ? "=G-\(index)" : "G-\(index)"
            let title = pick(titles) + (generator.below(2) == 0 ? " \(generator.below(50))" : "")
            let price = generator.below(6) == 0 ? "" : "\(generator.below(300)).90"
            let images = generator.below(3) == 0 ? "" : "https://img.example.com/\(index).jpg"
            let cells = [
                id, title, pick(descriptions), pick(["Women > Dresses", "男装/T恤", ""]), "Fieldnote", price,
                pick(["Sand|Olive", ""]), pick(["S|M", ""]), images, "", pick(["100% linen", "", "纯棉"]),
            ]
            rows.append(cells.map(quoted).joined(separator: ","))
        }
        return try AdapterFixtures.temporaryFile(rows.joined(separator: "\n") + "\n")
    }

    /// The settled batches of the export at `path`, checked in batches of `size`.
    private static func batches(_ path: String, size: Int) throws -> [ShopCheck.SettledBatch] {
        let check = ShopCheck(engine: RuleEngine(), paths: [path], batchSize: size)
        _ = try check.run { _ in }
        var batches: [ShopCheck.SettledBatch] = []
        try check.settledBatches({ $0 }) { batches.append($0) }
        return batches
    }

    @Test(arguments: [1, 2, 3])
    func batchesHoldWhatTheEngineSettlesAndEachFormatWritesThemAsPerFinding(seed: UInt64) throws {
        let path = try Self.shop(seed: seed, count: 60)
        let batches = try Self.batches(path, size: 7)
        let expected = RuleEngine().run(listings: try ListingLoader.load(path: path).listings)
        #expect(batches.flatMap { $0.listings.flatMap(\.findings) } == expected)
        #expect(expected.contains { $0.evidence.contains(" × ") }, "a description shared by several products")
        for batch in batches {
            for language in [Language.zh, .en] {
                for format in FindingsFormat.allCases {
                    let writer = FindingsWriter(format: format, language: language)
                    let fast = writer.render(batch)
                    let plain = writer.render(batch.listings.flatMap(\.findings))
                    #expect(fast.map { Array($0.text) } == plain.map { Array($0.text) })
                    #expect(fast.map(\.line) == plain.map(\.line))
                    #expect(fast.map(\.severity) == plain.map(\.severity))
                }
            }
        }
    }

    @Test(arguments: [4, 5])
    func auditStoreOfBatchesEqualsOneBuiltFindingByFinding(seed: UInt64) throws {
        let batches = try Self.batches(try Self.shop(seed: seed, count: 50), size: 6)
        let (fast, plain) = AuditFindings.builtBothWays(from: batches)
        #expect(!plain.records.isEmpty)
        #expect(fast.records.map(\.listing) == plain.records.map(\.listing))
        #expect(fast.records.map(\.rule) == plain.records.map(\.rule))
        #expect(fast.records.map(\.message) == plain.records.map(\.message))
        #expect(fast.records.map(\.evidence) == plain.records.map(\.evidence))
        #expect(fast.records.map(\.file) == plain.records.map(\.file))
        #expect(fast.records.map(\.line) == plain.records.map(\.line))
        #expect(fast.records.map(\.column) == plain.records.map(\.column))
        #expect(fast.records.map(\.severity) == plain.records.map(\.severity))
        #expect(fast.rules.values == plain.rules.values)
        #expect(fast.messages.values == plain.messages.values)
        #expect(fast.evidence.values == plain.evidence.values)
        #expect(fast.files.values == plain.files.values)
    }
}
