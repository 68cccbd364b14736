import Foundation
import Testing
@testable import ListingAudit

/// Each table an audit writes counts its rows as they are written, and a table longer than a spreadsheet opens is
/// named with its rows and the rows a spreadsheet leaves out, in the report's language.
@Suite struct SpreadsheetRowsTests {
    /// The records of the CSV file at `path`, counted apart from the writers: a line feed outside quotes ends one
    /// (doubled quotes inside a cell open and close the quoting again), and a last record needs no line end.
    private func records(_ path: String) throws -> Int {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var count = 0
        var quoted = false
        var open = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if byte == 0x0A, !quoted {
                count += 1
                open = false
            } else {
                open = true
            }
        }
        return count + (open ? 1 : 0)
    }

    @Test func everyTableAnAuditWritesCountsTheRowsItHolds() throws {
        let parent = HistoryFixtures.temporaryFolder()
        let history = parent.appendingPathComponent("history").path
        let week1 = ReportOptions(date: HistoryFixtures.date("2026-11-19"), historyDirectory: history)
        let week2 = ReportOptions(date: HistoryFixtures.date("2026-11-26"), historyDirectory: history)
        let first = parent.appendingPathComponent("w1")
        _ = try AuditPipeline.run(try DemoShopAudit.options("demo-shop", out: first), reports: week1)
        let out = parent.appendingPathComponent("w2")
        let outcome = try AuditPipeline.run(try DemoShopAudit.options("demo-shop-week2", out: out), reports: week2)
        #expect(outcome.tables.map(\.file) == ["priorities.csv", "findings.csv", "refunds.csv", "trend.csv"])
        for table in outcome.tables {
            let written = try records(out.appendingPathComponent(table.file).path)
            #expect(table.rows == written, "\(table.file)")
            #expect(table.rows > 1, "\(table.file) holds rows besides its header")
            #expect(!table.exceedsLimit)
        }
        // The refunds' rows are written by the refund stage's workers, chunk by chunk: one row a refund kept.
        let result = outcome.result
        let refunds = try #require(outcome.tables.first { $0.file == "refunds.csv" })
        let read = try #require(result.inputs.first { $0.kind == .refunds })
        #expect(refunds.rows == 1 + read.rowsRead - read.skipped)
        #expect(outcome.tables.first { $0.file == "findings.csv" }?.rows == 1 + result.totals.findings)
    }

    @Test func aTableLongerThanASheetIsNamedWithTheRowsLeftOut() {
        #expect(!SpreadsheetRows(file: "a.csv", rows: SpreadsheetRows.limit).exceedsLimit)
        let oneOver = SpreadsheetRows(file: "a.csv", rows: SpreadsheetRows.limit + 1)
        #expect(oneOver.exceedsLimit)
        #expect(oneOver.warning(.en).contains("the last 1 would not show"))
        let refunds = SpreadsheetRows(file: "refunds.csv", rows: 5_000_001)
        for language in Language.allCases {
            let warning = refunds.warning(language, shownAs: "out/refunds.csv")
            for part in ["out/refunds.csv", "5,000,001", "1,048,576", "3,951,425"] {
                #expect(warning.contains(part), "\(language): \(warning)")
            }
        }
    }

    @Test func eachLanguageSpeaksOnlyItself() {
        let table = SpreadsheetRows(file: "报表/refunds.csv", rows: 2_000_000)
        var chinese = table.warning(.zh)
        for name in ["报表/refunds.csv", "Excel", "WPS"] { chinese = chinese.replacingOccurrences(of: name, with: "") }
        #expect(!chinese.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }, "\(chinese)")
        let english = table.warning(.en).replacingOccurrences(of: "报表/refunds.csv", with: "")
        #expect(!english.unicodeScalars.contains { $0.value >= 0x2E80 }, "\(english)")
    }
}
