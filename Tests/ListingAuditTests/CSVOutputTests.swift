import Foundation
import Testing
@testable import ListingAudit

/// Every CSV the tool writes must open cleanly in Excel and WPS: UTF-8 BOM, CRLF rows, RFC 4180 quoting, and no
/// cell a spreadsheet would run as a formula.
@Suite struct CSVOutputTests {
    /// Cells a spreadsheet must not execute, and what a reader of the CSV must get back.
    static let hostileCells: [(written: String, read: String)] = [
        ("=1+2", "'=1+2"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"), ("\tTAB", "'\tTAB"), ("\rCR", "'\rCR"), ("-12.5", "-12.5"), ("+3", "+3"),
        ("-0.25", "-0.25"), ("a,b", "a,b"), ("say \"hi\"", "say \"hi\""), ("line1\nline2", "line1\nline2"),
        ("line1\r\nline2", "line1\r\nline2"), ("=HYPERLINK(\"x\",\"y\")", "'=HYPERLINK(\"x\",\"y\")"),
        ("连衣裙，夏", "连衣裙，夏"), ("", ""),
    ]

    /// Checks the byte-level format of `text` and returns its rows as a CSV reader sees them.
    static func readBack(
        _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> [[String]] {
        #expect(text.hasPrefix("\u{FEFF}"), "no UTF-8 BOM", sourceLocation: sourceLocation)
        var inQuotes = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes, byte == UInt8(ascii: "\n") {
                #expect(previous == UInt8(ascii: "\r"), "bare LF outside quotes", sourceLocation: sourceLocation)
            }
            if !inQuotes, previous == UInt8(ascii: "\r") {
                #expect(byte == UInt8(ascii: "\n"), "bare CR outside quotes", sourceLocation: sourceLocation)
            }
            previous = byte
        }
        #expect(!inQuotes, "unbalanced quotes", sourceLocation: sourceLocation)
        #expect(text.hasSuffix("\r\n"), "last row not ended by CRLF", sourceLocation: sourceLocation)
        let reader = CSVReader(source: MemoryByteSource(String(text.dropFirst())))
        var rows: [[String]] = []
        while let record = try reader.next() {
            #expect(record.issues.isEmpty, "reader issues: \(record.issues)", sourceLocation: sourceLocation)
            rows.append(record.fields)
        }
        return rows
    }

    /// A file's exact text, BOM included (Foundation's `String(contentsOfFile:)` drops it).
    static func fileText(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    @Test func hostileCellsAreQuotedAndNeutralised() throws {
        var writer = CSVWriter(header: ["value", "next"])
        for cell in Self.hostileCells { writer.appendRow([cell.written, "x"]) }
        let rows = try Self.readBack(writer.text)
        #expect(rows.count == Self.hostileCells.count + 1)
        for (row, cell) in zip(rows.dropFirst(), Self.hostileCells) {
            #expect(row == [cell.read, "x"], "cell \(String(reflecting: cell.written))")
        }
        #expect(writer.text.contains("\r\n\"say \"\"hi\"\"\",x\r\n"))
        #expect(Array(writer.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test(arguments: Language.allCases)
    func trendCSVIsSpreadsheetSafe(_ language: Language) throws {
        let hostile = Self.hostileCells.map(\.written)
        let snapshots = hostile.enumerated().map { index, id in
            HistoryFixtures.snapshot(
                "2026-11-\(10 + index % 10)",
                [HistoryFixtures.listing(id, [HistoryFixtures.finding("size.missing_chart")], refunds: index)])
        }
        let rows = try Self.readBack(
            HistoryFixtures.written { try TrendTable.write(snapshots, language: language, to: $0) })
        #expect(rows.first == OutputColumns.header(TrendTable.columns, language))
        let ids = Set(rows.dropFirst().map { $0[1] })
        #expect(ids == Set(Self.hostileCells.map(\.read)))
        #expect(rows.dropFirst().allSatisfy { $0.count == TrendTable.columns.count })
    }

    /// The fixture result with every hostile cell planted in listing titles, finding evidence and messages.
    private func hostileResult() -> AuditResult {
        var result = ReportFixtures.result()
        let template = result.priorities[0]
        result.priorities = ListingPriorities(Self.hostileCells.enumerated().map { index, cell in
            var row = template
            row.rank = index + 1
            row.listingID = "H\(index)"
            row.title = cell.written
            return row
        })
        let finding = result.findings[0]
        result.findings = AuditFindings(Self.hostileCells.enumerated().map { index, cell in
            var row = finding
            row.listingID = "H\(index)"
            row.evidence = cell.written
            row.message = FindingMessage(LocalizedText(zh: cell.written, en: cell.written))
            return row
        })
        return result
    }

    @Test(arguments: Language.allCases)
    func prioritiesAndFindingsCSVsAreSpreadsheetSafe(_ language: Language) throws {
        let folder = HistoryFixtures.temporaryFolder()
        let result = hostileResult()
        let priorities = folder.appendingPathComponent("priorities.csv").path
        let findings = folder.appendingPathComponent("findings.csv").path
        try AuditPrioritiesCSV.write(result.priorities, language: language, to: OutputFile(path: priorities))
        try AuditFindingsCSV.write(result.findings, language: language, to: OutputFile(path: findings))

        let priorityRows = try Self.readBack(Self.fileText(priorities))
        #expect(priorityRows.first == OutputColumns.header(AuditPrioritiesCSV.columns, language))
        let titleColumn = try #require(AuditPrioritiesCSV.columns.firstIndex(of: .title))
        #expect(priorityRows.dropFirst().map { $0[titleColumn] } == Self.hostileCells.map(\.read))

        let findingRows = try Self.readBack(Self.fileText(findings))
        #expect(findingRows.first == OutputColumns.header(AuditFindingsCSV.columns, language))
        let evidence = try #require(AuditFindingsCSV.columns.firstIndex(of: .evidence))
        let message = try #require(AuditFindingsCSV.columns.firstIndex(of: .message))
        #expect(findingRows.dropFirst().map { $0[evidence] } == Self.hostileCells.map(\.read))
        #expect(findingRows.dropFirst().map { $0[message] } == Self.hostileCells.map(\.read))
        let rule = try #require(AuditFindingsCSV.columns.firstIndex(of: .ruleID))
        #expect(findingRows.dropFirst().allSatisfy { $0[rule] == "size.missing_chart" }, "rule ids stay stable")
    }

    @Test(arguments: Language.allCases)
    func refundsCSVIsSpreadsheetSafe(_ language: Language) throws {
        let path = HistoryFixtures.temporaryFolder().appendingPathComponent("refunds.csv").path
        let writer = try AuditRefundsCSV(path: path, language: language)
        for (index, cell) in Self.hostileCells.enumerated() {
            let refund = Refund(
                id: "R\(index)", orderID: cell.written, reason: cell.written, comment: cell.written, amount: -12.5,
                location: SourceLocation(file: "after-sales.csv", line: index + 2))
            try writer.append(ClassifiedRefund(
                refund: refund, category: .sizeFit, evidence: [cell.written], listingID: nil, matchedBy: .unmatched))
        }
        try writer.finish()
        let rows = try Self.readBack(Self.fileText(path))
        #expect(rows.first == OutputColumns.header(AuditRefundsCSV.columns, language))
        for column in [OutputColumn.orderID, .reason, .comment] {
            let index = try #require(AuditRefundsCSV.columns.firstIndex(of: column))
            #expect(rows.dropFirst().map { $0[index] } == Self.hostileCells.map(\.read), "column \(column)")
        }
        let amount = try #require(AuditRefundsCSV.columns.firstIndex(of: .amount))
        #expect(rows.dropFirst().allSatisfy { $0[amount] == "-12.50" }, "negative amounts stay numbers")
        let category = try #require(AuditRefundsCSV.columns.firstIndex(of: .category))
        #expect(rows.dropFirst().allSatisfy { $0[category] == "size_fit" })
    }
}
