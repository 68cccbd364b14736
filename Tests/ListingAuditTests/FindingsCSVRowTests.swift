import Testing

@testable import ListingAudit

/// `FindingsCSV.appendRow` copies each rule's title and fix cells, escaped once per run: held here to the row
/// written cell by cell with the rule looked up by its id (every registered rule, an unknown one, both languages,
/// texts that need quoting or neutralising).
@Suite struct FindingsCSVRowTests {
    @Test func rowsAreTheCellsWrittenOneByOne() {
        let ids = RuleRegistry.all.map { $0.description.id } + ["no.such_rule", ""]
        let evidence = ["", "=1+1", "a, \"b\"", "纯棉\n100%", "-5", "plain"]
        for id in ids {
            for language in Language.allCases {
                for (index, quoted) in evidence.enumerated() {
                    let severity = Severity.allCases[index % Severity.allCases.count]
                    let finding = Finding(
                        listingID: "L\(index)", ruleID: id, severity: severity,
                        message: LocalizedText(zh: "说明，\(quoted)", en: "Message, \(quoted)"), evidence: quoted,
                        location: SourceLocation(file: "shop.csv", line: index + 2, column: index == 0 ? nil : index),
                        title: "Title \(quoted)")
                    var row = CSVByteBuffer()
                    FindingsCSV.appendRow(finding, language: language, to: &row)
                    #expect(row.bytes == Self.plainRow(finding, language), "\(id) \(language) \(quoted)")
                }
            }
        }
    }

    /// The row as every cell is written from its text.
    private static func plainRow(_ finding: Finding, _ language: Language) -> [UInt8] {
        let rule = RuleRegistry.texts(id: finding.ruleID)
        var buffer = CSVByteBuffer()
        buffer.appendCell(finding.listingID)
        buffer.appendCell(finding.title)
        buffer.appendCell(finding.ruleID)
        buffer.appendCell(rule?.title.text(language) ?? "")
        buffer.appendCell(CSVValue.severity(finding.severity, language))
        buffer.appendCell(finding.message.text(language))
        buffer.appendCell(finding.evidence)
        buffer.appendCell(rule?.fix.text(language) ?? "")
        buffer.appendCell(finding.location.file)
        buffer.appendCell(finding.location.line)
        if let column = finding.location.column { buffer.appendCell(column) } else { buffer.appendCell("") }
        buffer.endRow()
        return buffer.bytes
    }
}
