import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

/// Two consecutive audits of the demo shop: week 2 (Corpus/demo-shop-week2) fixed D01's sizes and D02's colours,
/// broke D08's size chart, and has a new week of refunds.
@Suite(.serialized) struct HistoryWeeklyAuditTests {
    private let week1 = TestPaths.corpus.appendingPathComponent("demo-shop").path
    private let week2 = TestPaths.corpus.appendingPathComponent("demo-shop-week2").path

    private func audit(_ arguments: [String]) -> (ExitCode, String, String) {
        let capture = CapturingConsole()
        let code = CLI.run(["audit"] + arguments + ["--color", "never"], console: capture.console)
        return (code, capture.out, capture.err)
    }

    private func read(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    @Test func twoWeeklyAuditsShowTheDiffAndWhetherTheFixWorked() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let first = folder.appendingPathComponent("week1")
        let second = folder.appendingPathComponent("week2")
        let (code1, out1, _) = audit([week1, "--out", first.path, "--date", "2026-11-19", "--lang", "en"])
        #expect(code1 == .success)
        #expect(out1.contains("This is the first audit"))
        let (code2, out2, err2) = audit([week2, "--out", second.path, "--date", "2026-11-26", "--lang", "en"])
        #expect(code2 == .success, "\(err2)")
        #expect(out2.contains("Since the last audit (2026-11-19): findings new 1, fixed 2, still open 9"))
        #expect(out2.contains("Fix check D01 size.no_measurements (fixed 2026-11-26): "))
        #expect(out2.contains("Fix check D02 colour.vague_values (fixed 2026-11-26): 8.9% (34/380) → 2.9% (11/380)"))
        // A fixed listing's numbers are printed once, as its fix check, not again as a rate change.
        #expect(!out2.contains("Linked refunds per order D01") && !out2.contains("Linked refunds per order D02"))
        #expect(out2.contains("trend.csv, report.html"))

        let history = folder.appendingPathComponent("listing-audit-history")
        let (snapshots, warnings) = HistoryStore(directory: history).load()
        #expect(warnings.isEmpty)
        #expect(snapshots.map(\.date.text) == ["2026-11-19", "2026-11-26"])

        let html = try read(second.appendingPathComponent("report.html"))
        for id in HTMLReport.sectionIDs {
            #expect(html.contains(#"<section id="\#(id)""#), "section \(id) missing")
        }
        #expect(html.contains("Fixed findings (2)") && html.contains("New findings (1)"))
        #expect(html.contains("8.9% (34/380)") && html.contains("2.9% (11/380)"))

        let trend = try read(second.appendingPathComponent("trend.csv"))
        #expect(trend.contains("\r\n2026-11-19,D01,") && trend.contains("\r\n2026-11-26,D01,"))
        let rows = trend.split(separator: "\r\n")
        #expect(rows.count == 1 + 2 * 38)
    }

    @Test func aBrokenHistoryIsReportedAndTheAuditStillRuns() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let history = folder.appendingPathComponent("history")
        let (code1, _, _) = audit([week1, "--out", folder.appendingPathComponent("a").path, "--date", "2026-11-19",
                                   "--history", history.path, "--quiet"])
        #expect(code1 == .success)
        let good = try read(history.appendingPathComponent("audit-2026-11-19.json"))
        // An audit killed mid-write leaves its temporary file; another left a truncated snapshot.
        try Data(good.utf8.prefix(100)).write(to: history.appendingPathComponent(".audit-2026-11-26.json.99.tmp"))
        try Data(good.utf8.prefix(good.utf8.count / 2))
            .write(to: history.appendingPathComponent("audit-2026-11-12.json"))
        let (code2, out2, err2) = audit([week2, "--out", folder.appendingPathComponent("b").path, "--date",
                                         "2026-11-26", "--history", history.path, "--lang", "zh"])
        #expect(code2 == .success)
        // In the run's language (Chinese here), as every other line of the run.
        #expect(err2.contains(".audit-2026-11-26.json.99.tmp 是一次中断的审计留下的"))
        #expect(err2.contains("audit-2026-11-12.json：快照不完整（被截断或已损坏）"))
        #expect(out2.contains("与上次体检（2026-11-19）相比：新增 1 个问题，修复 2 个"))
        #expect(try read(history.appendingPathComponent("audit-2026-11-19.json")) == good)
        let html = try read(folder.appendingPathComponent("b/report.html"))
        #expect(html.contains(#"<html lang="zh-CN">"#) && html.contains("修改有效吗？"))
    }

    @Test func noHistoryWritesNeitherSnapshotNorTrend() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        let (code, stdout, _) = audit([week1, "--out", out.path, "--no-history", "--quiet"])
        #expect(code == .success)
        #expect(stdout.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == [".out.lock", "out"], "no history folder, and no history lock")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("trend.csv").path))
    }
}
