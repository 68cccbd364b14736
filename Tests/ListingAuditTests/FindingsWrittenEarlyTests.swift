import Foundation
import Testing
@testable import ListingAudit

/// The audit writes `findings.csv` on a thread of its own while it reads the refunds (`AuditOutputFolder`'s
/// `writeInBackground`): the file must still end in the reports' language, which the refunds or orders can turn
/// Chinese after the listings decided English, and a run that fails after it began must leave no `findings.csv`.
@Suite struct FindingsWrittenEarlyTests {
    private func options(
        listings: String, refunds: String?, orders: String? = nil, out: URL, language: Language? = nil
    ) -> AuditOptions {
        var options = AuditOptions(
            listingsPath: TestPaths.corpus.appendingPathComponent(listings).path,
            refundsPath: refunds.map { TestPaths.corpus.appendingPathComponent($0).path },
            ordersPath: orders.map { TestPaths.corpus.appendingPathComponent($0).path },
            outputDirectory: out.path, generatedAt: Date(timeIntervalSince1970: 0), version: "test")
        options.language = language
        return options
    }

    private func findings(in out: URL) throws -> Data {
        try Data(contentsOf: out.appendingPathComponent("findings.csv"))
    }

    @Test func englishListingsWithChineseRefundsWriteFindingsInChinese() throws {
        let parent = HistoryFixtures.temporaryFolder()
        let runs = [nil, Language.zh, .en].map { language in
            (language, parent.appendingPathComponent("out-\(language?.rawValue ?? "auto")"))
        }
        for (language, out) in runs {
            let result = try AuditPipeline.run(
                options(
                    listings: "demo-shop-en/products.csv", refunds: "demo-shop/after-sales.csv", out: out,
                    language: language))
            #expect(result.language == language ?? .zh)
        }
        let (decided, chinese, english) = try (
            findings(in: runs[0].1), findings(in: runs[1].1), findings(in: runs[2].1))
        #expect(chinese != english, "the findings' text depends on the language, so the test can tell them apart")
        #expect(decided == chinese, "findings.csv is in the language the refunds turned the reports to")
    }

    /// A refund or order export that cannot be read fails the run after `findings.csv` was begun: the output folder
    /// keeps the earlier run's file and no staging folder is left.
    @Test(arguments: [("missing.csv", nil), ("demo-shop-en/returns.csv", "missing.csv")] as [(String, String?)])
    func aStageFailingAfterTheFindingsBeganLeavesNoFindingsCSV(refunds: String, orders: String?) throws {
        let out = HistoryFixtures.temporaryFolder().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: out.appendingPathComponent("findings.csv"))
        let run = options(listings: "demo-shop-en/products.csv", refunds: refunds, orders: orders, out: out)
        #expect(throws: AuditError.self) { try AuditPipeline.run(run) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["findings.csv"])
        #expect(try findings(in: out) == Data("old".utf8))
        let fresh = out.deletingLastPathComponent().appendingPathComponent("fresh")
        #expect(throws: AuditError.self) {
            try AuditPipeline.run(
                options(listings: "demo-shop-en/products.csv", refunds: refunds, orders: orders, out: fresh))
        }
        #expect(!FileManager.default.fileExists(atPath: fresh.path), "a failed first run leaves no output folder")
        let left = try FileManager.default.contentsOfDirectory(atPath: fresh.deletingLastPathComponent().path)
        #expect(left.sorted() == [".fresh.lock", ".out.lock", "out"], "no staging folder is left beside")
    }
}
