/// `check --format csv`: one row per finding in the findings layout (`FindingColumns`), headers and severities in
/// the output's language, as `CSVByteBuffer` writes cells (BOM, CRLF, injection-safe).
enum FindingsCSV {
    /// The BOM and the header row.
    static func header(_ language: Language) -> String {
        CSVWriter(columns: FindingColumns.all, language: language).text
    }

    /// Appends one finding's row, with its CRLF, to `buffer`.
    static func appendRow(_ finding: Finding, language: Language, to buffer: inout CSVByteBuffer) {
        let rule = RuleCells.shared.cells(of: finding.ruleID, language)
        buffer.appendCell(finding.listingID)
        buffer.appendCell(finding.title)
        buffer.appendCell(finding.ruleID)
        rule.title.withUnsafeBufferPointer { buffer.appendWrittenCell($0) }
        buffer.appendCell(CSVValue.severity(finding.severity, language))
        buffer.appendCell(finding.message.text(language))
        buffer.appendCell(finding.evidence)
        rule.fix.withUnsafeBufferPointer { buffer.appendWrittenCell($0) }
        buffer.appendCell(finding.location.file)
        buffer.appendCell(finding.location.line)
        if let column = finding.location.column { buffer.appendCell(column) } else { buffer.appendCell("") }
        buffer.endRow()
    }

    /// The title and fix cells of `RuleRegistry.texts(id:)` (empty for an unknown rule), as `appendCell` writes them.
    static func ruleCells(id: String, _ language: Language) -> (title: [UInt8], fix: [UInt8]) {
        let texts = RuleRegistry.texts(id: id)
        return (cell(texts?.title.text(language) ?? ""), cell(texts?.fix.text(language) ?? ""))
    }

    /// `text` as `CSVByteBuffer.appendCell` writes it, without the comma before it.
    private static func cell(_ text: String) -> [UInt8] {
        var buffer = CSVByteBuffer()
        buffer.appendCell(text)
        return buffer.bytes
    }

    /// Every registered rule's cells in both languages, found by the rule id's bytes: a row copies them instead of
    /// looking the rule up by its id (hashing it) and writing its texts as cells again.
    private struct RuleCells: Sendable {
        static let shared = RuleCells()

        private let numbers: ByteKeyedTable<Int>
        /// By language (`zh`, `en`), then rule number.
        private let cells: [[(title: [UInt8], fix: [UInt8])]]

        private init() {
            var numbers = ByteKeyedTable<Int>()
            let ids = RuleRegistry.all.map { $0.description.id }
            for (number, id) in ids.enumerated() where numbers.value(for: id) == nil { numbers.set(number, for: id) }
            self.numbers = numbers
            cells = [Language.zh, .en].map { language in ids.map { FindingsCSV.ruleCells(id: $0, language) } }
        }

        /// The cells of the rule `id`; a rule not found by its bytes is looked up as before.
        func cells(of id: String, _ language: Language) -> (title: [UInt8], fix: [UInt8]) {
            guard let number = numbers.value(for: id) else { return FindingsCSV.ruleCells(id: id, language) }
            return cells[language == .zh ? 0 : 1][number]
        }
    }
}
