import Foundation
import Testing
@testable import ListingAudit

/// The audit writes `findings.csv` on a thread of its own while it reads the refunds (`AuditOutputFolder`'s
/// `writeInBackground`), and `refunds.csv` as the refunds stream: both must be in the reports' language, which any
/// input can make Chinese — the refund or order export too, though they are read after the listings — and a run that
/// fails after they began must leave neither.
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

    /// Every file an audit wrote into `out`, by name.
    private func files(in out: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        return try Dictionary(
            uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: out.appendingPathComponent($0))) })
    }

    /// Inputs of which one is a Chinese export and the others English (listings, refunds, orders): without a
    /// language asked for, every file the audit writes, `report.html` too, is the one `--lang zh` writes, and the
    /// files in which words depend on the language differ from `--lang en`'s.
    @Test(arguments: [
        ("demo-shop-en/products.csv", "demo-shop/after-sales.csv", nil),
        ("demo-shop-en/products.csv", "demo-shop-en/returns.csv", "demo-shop/orders.csv"),
        ("demo-shop/listings.csv", "demo-shop-en/returns.csv", nil),
    ] as [(String, String, String?)])
    func everyFileIsWrittenInChineseWhenAnyInputIsAChineseExport(
        listings: String, refunds: String, orders: String?
    ) throws {
        let parent = HistoryFixtures.temporaryFolder()
        let runs = [nil, Language.zh, .en].map { language in
            (language, parent.appendingPathComponent("out-\(language?.rawValue ?? "auto")"))
        }
        for (language, out) in runs {
            let outcome = try AuditPipeline.run(
                options(listings: listings, refunds: refunds, orders: orders, out: out, language: language),
                reports: ReportOptions(date: HistoryFixtures.date("2026-11-19")))
            #expect(outcome.result.language == language ?? .zh)
        }
        let (decided, chinese, english) = try (files(in: runs[0].1), files(in: runs[1].1), files(in: runs[2].1))
        let written = ["findings.csv", "priorities.csv", "refunds.csv", "report.html", "summary.json"]
        #expect(decided.keys.sorted() == written)
        for name in ["findings.csv", "refunds.csv", "report.html"] {
            #expect(chinese[name] != english[name], "\(name)'s words depend on the language: the test tells them apart")
        }
        for (name, data) in decided {
            #expect(data == chinese[name], "\(name) is in the language the Chinese export gives the reports")
        }
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
