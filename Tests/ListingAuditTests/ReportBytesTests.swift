import Foundation
import Testing
@testable import ListingAudit

/// `priorities.csv`, `findings.csv` and `trend.csv` are written as bytes; they must be byte for byte what the
/// `String` writers wrote (kept here as the reference), on the cells that need quoting or neutralising and on
/// numbers of every kind.
@Suite struct ReportBytesTests {
    static let tricky = CSVByteBufferTests.trickyCells

    static let numbers: [Double] = [
        0, -0.0, 0.005, 0.015, 1, 89.9, 1299, 12.345, -12.5, 99_999_999.99, 1e13, 1e15, 1e16, 0.1 + 0.2, .nan,
        .infinity, -.infinity, .leastNonzeroMagnitude, 1.005, 2.675, 0.00005, 0.99995, 1 / 3,
    ]

    /// Rows with every tricky cell in their text columns, and every number in their numeric ones.
    static func trickyRows() -> [ListingPriority] {
        let template = ReportFixtures.result().priorities[0]
        return tricky.enumerated().map { index, cell in
            var row = template
            row.rank = index + 1
            row.listingID = cell
            row.title = cell
            row.score = numbers[index % numbers.count]
            // `why` writes preventable refunds as a whole number when it can, which needs a finite one.
            let finite = numbers.filter(\.isFinite)
            row.preventableRefunds = finite[(index + 3) % finite.count]
            row.preventableAmount = numbers[(index + 7) % numbers.count]
            row.refundRate = index % 4 == 0 ? nil : numbers[(index + 5) % numbers.count]
            row.orders = index % 3 == 0 ? nil : index * 7
            row.ruleIDs = index % 2 == 0 ? [cell, "size.no_chart"] : []
            row.maxSeverity = index % 5 == 0 ? nil : .warning
            row.topFix = index % 6 == 0 ? nil : LocalizedText(zh: cell, en: cell)
            row.findingCount = index % 2
            row.hasHistory = index % 3 != 1
            row.linkedRefunds = index
            return row
        }
    }

    @Test(arguments: Language.allCases)
    func prioritiesAreWhatTheStringWriterWrote(_ language: Language) throws {
        let rows = Self.trickyRows()
        var expected = CSVWriter(columns: AuditPrioritiesCSV.columns, language: language)
        for row in rows {
            expected.appendRow([
                String(row.rank), row.listingID, row.title, AuditNumbers.score(row.score), String(row.findingCount),
                row.ruleIDs.joined(separator: "; "), row.maxSeverity.map { CSVValue.severity($0, language) } ?? "",
                String(row.linkedRefunds),
                String(row.refundsTotal), row.orders.map(String.init) ?? "",
                row.refundRate.map(AuditNumbers.rate) ?? "",
                AuditNumbers.score(row.preventableRefunds), AuditNumbers.amount(row.preventableAmount),
                row.topFix?.text(language) ?? "", CSVValue.flag(row.hasHistory, language), row.why.text(language),
            ])
        }
        let written = try HistoryFixtures.written {
            try AuditPrioritiesCSV.write(ListingPriorities(rows), language: language, to: $0)
        }
        #expect(written == expected.text)
    }

    /// More rows than one window of `AuditCSVOutput.appendRows`, rendered in chunks on every core: in order.
    @Test func manyRowsAreWrittenInOrder() throws {
        let template = ReportFixtures.result().priorities[0]
        let rows = (0..<40_000).map { index in
            var row = template
            row.rank = index + 1
            row.listingID = "L\(index)"
            return row
        }
        let written = try HistoryFixtures.written {
            try AuditPrioritiesCSV.write(ListingPriorities(rows), language: .en, to: $0)
        }
        let lines = written.split(separator: "\r\n")
        #expect(lines.count == rows.count + 1)
        #expect(lines.dropFirst().enumerated().allSatisfy { $0.element.hasPrefix("\($0.offset + 1),L\($0.offset),") })

        let findings = AuditFindings((0..<40_000).map { index in
            Finding(
                listingID: "L\(index / 2)", ruleID: "size.no_chart", severity: .error,
                message: LocalizedText(zh: "无", en: "none"), evidence: "e\(index % 7)",
                location: SourceLocation(file: "listings.csv", line: index + 2))
        })
        let findingLines = try HistoryFixtures.written {
            try AuditFindingsCSV.write(findings, language: .en, to: $0)
        }.split(separator: "\r\n")
        #expect(findingLines.count == findings.count + 1)
        #expect(findingLines.dropFirst().enumerated().allSatisfy {
            $0.element
                == "L\($0.offset / 2),,size.no_chart,,error,none,e\($0.offset % 7),,listings.csv,\($0.offset + 2),"
        })
    }

    @Test(arguments: Language.allCases)
    func findingsAreWhatTheStringWriterWrote(_ language: Language) throws {
        let findings = Self.tricky.enumerated().map { index, cell in
            Finding(
                listingID: index % 3 == 0 ? "L\(index / 3)" : cell, ruleID: index % 2 == 0 ? cell : "size.no_chart",
                severity: Severity.allCases[index % 3], message: LocalizedText(zh: "中" + cell, en: cell),
                evidence: index % 4 == 0 ? "" : cell,
                location: SourceLocation(file: index % 5 == 0 ? cell : "listings.csv", line: index * 1_000 + 2,
                                         column: index % 2 == 0 ? nil : index))
        }
        let stored = AuditFindings(findings)
        var expected = CSVWriter(columns: AuditFindingsCSV.columns, language: language)
        for finding in stored {
            let rule = RuleRegistry.description(id: finding.ruleID)
            expected.appendRow([
                finding.listingID, finding.title, finding.ruleID, rule?.title.text(language) ?? "",
                CSVValue.severity(finding.severity, language), finding.message.text(language), finding.evidence,
                rule?.fix.text(language) ?? "", finding.location.file, String(finding.location.line),
                finding.location.column.map(String.init) ?? "",
            ])
        }
        let written = try HistoryFixtures.written { try AuditFindingsCSV.write(stored, language: language, to: $0) }
        #expect(written == expected.text)
        #expect(Set(stored.map { $0 }) == Set(findings))
    }

    @Test(arguments: Language.allCases)
    func trendIsWhatTheStringWriterWrote(_ language: Language) throws {
        var random = SeededGenerator(seed: 7)
        var scores = Self.numbers.filter(\.isFinite)
        for _ in 0..<2_000 {
            scores.append(Double(Int(random.next() % 2_000_001) - 1_000_000) / 1_000)
            scores.append(Double(random.next() % 1_000_000_007) / 997)
        }
        let snapshots = (0..<3).map { week in
            HistoryFixtures.snapshot("2026-11-\(10 + week)", scores.indices.map { index in
                var listing = HistoryFixtures.listing(
                    Self.tricky[index % Self.tricky.count], index % 2 == 0 ? [] : [HistoryFixtures.finding("a.b")],
                    refunds: index % 17, orders: index % 5 == 0 ? nil : index % 7 * 13)
                listing.score = scores[(index + week) % scores.count]
                return listing
            })
        }
        var expected = CSVWriter(columns: TrendTable.columns, language: language)
        for snapshot in snapshots {
            for listing in snapshot.listings {
                expected.appendRow([
                    snapshot.date.text, listing.listingID, String(format: "%.2f", listing.score),
                    String(listing.findings.count), String(listing.linkedRefunds),
                    listing.refundRate.map { String(format: "%.2f%%", $0 * 100) } ?? "", String(listing.refunds),
                    listing.orders.map(String.init) ?? "",
                ])
            }
        }
        let written = try HistoryFixtures.written { try TrendTable.write(snapshots, language: language, to: $0) }
        #expect(written == expected.text)
    }
}
