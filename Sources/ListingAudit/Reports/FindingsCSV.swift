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

    /// The rows of `batch`'s findings as `appendRow` writes them, straight from the batch's bytes: each distinct text
    /// of the batch (evidence, listing id, title, file), each distinct message (rendered in `language`) and each
    /// rule's cells (id, title, severity, fix) are escaped once and copied into every row that holds them.
    ///
    /// Two passes: the first writes every cell the rows hold and adds up the rows' most bytes, the second copies the
    /// rows' cells into room made once, reading the cells where they lie (written all before, they no longer move).
    static func rows(_ batch: ShopCheck.SettledBatch, language: Language) -> [RenderedFinding] {
        var cells = BatchCells(batch, language: language)
        var maximum = 0
        for finding in batch.findings { maximum += cells.prepareRow(of: finding) }
        var buffer = CSVByteBuffer(capacity: maximum)
        var ends: [Int] = []
        ends.reserveCapacity(batch.findings.count)
        cells.appendRows(of: batch.findings, maximum: maximum, to: &buffer, ends: &ends)
        return RenderedFinding.cut(buffer.takeBytes(), at: ends, of: batch.findings) {
            ($0.line, batch.rules[Int($0.rule)].severity)
        }
    }

    /// The cells of one batch's texts, messages and rules, each written the first time a row needs it: where its
    /// bytes lie in `cells`.
    private struct BatchCells {
        typealias Rule = (id: Range<Int>, title: Range<Int>, severity: Range<Int>, fix: Range<Int>)

        private let batch: ShopCheck.SettledBatch
        private let language: Language
        private var cells = CSVByteBuffer()
        private var texts: [Range<Int>?]
        private var messages: [Range<Int>?]
        private var rules: [Rule?]

        init(_ batch: ShopCheck.SettledBatch, language: Language) {
            self.batch = batch
            self.language = language
            texts = Array(repeating: nil, count: batch.texts.count)
            messages = Array(repeating: nil, count: batch.messages.count)
            rules = Array(repeating: nil, count: batch.rules.count)
        }

        /// The cells of rule `number`.
        private mutating func rule(_ number: Int) -> Rule {
            if let known = rules[number] { return known }
            let (id, severity) = batch.rules[number]
            let written = RuleCells.shared.cells(of: id, language)
            let rule = (
                id: lone(id), title: append(written.title), severity: lone(CSVValue.severity(severity, language)),
                fix: append(written.fix))
            rules[number] = rule
            return rule
        }

        /// Writes the cells of the row of `finding` not written yet; returns the most bytes the row takes (its
        /// written cells, a comma each, two numbers of 25, CRLF).
        mutating func prepareRow(of finding: ShopCheck.SettledFinding) -> Int {
            let rule = self.rule(Int(finding.rule))
            let texts = cell(text: finding.listingID).count + cell(text: finding.title).count
                + cell(text: finding.evidence).count + cell(text: finding.file).count
            let written = texts + rule.id.count + rule.title.count + rule.severity.count
                + cell(message: finding.message).count + rule.fix.count
            return written + 10 + 2 * 25 + 2
        }

        /// Appends the rows of `findings`, each prepared (`prepareRow`), to `buffer` in room for `maximum` bytes (the
        /// sum of what `prepareRow` returned) made once, and the end of each in `buffer` to `ends`.
        func appendRows(
            of findings: [ShopCheck.SettledFinding], maximum: Int, to buffer: inout CSVByteBuffer, ends: inout [Int]
        ) {
            let start = buffer.count
            cells.withBytes(in: 0..<cells.count) { all in
                func bytes(_ range: Range<Int>?) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: all[range!])
                }
                buffer.appendRows(maximum: maximum) { row in
                    for finding in findings {
                        let rule = rules[Int(finding.rule)]!
                        row.appendWrittenCell(bytes(texts[Int(finding.listingID)]))
                        row.appendWrittenCell(bytes(texts[Int(finding.title)]))
                        row.appendWrittenCell(bytes(rule.id))
                        row.appendWrittenCell(bytes(rule.title))
                        row.appendWrittenCell(bytes(rule.severity))
                        row.appendWrittenCell(bytes(messages[Int(finding.message)]))
                        row.appendWrittenCell(bytes(texts[Int(finding.evidence)]))
                        row.appendWrittenCell(bytes(rule.fix))
                        row.appendWrittenCell(bytes(texts[Int(finding.file)]))
                        row.appendCell(finding.line)
                        if finding.column >= 0 {
                            row.appendCell(finding.column)
                        } else {
                            row.appendWrittenCell(UnsafeBufferPointer(start: nil, count: 0))
                        }
                        row.endRow()
                        ends.append(start + row.end)
                    }
                }
            }
        }

        /// Where the cell of text `number` lies in `cells`, written there the first time.
        private mutating func cell(text number: Int32) -> Range<Int> {
            if let known = texts[Int(number)] { return known }
            let range = batch.texts.withBytes(number) { cells.appendLoneCell($0) }
            texts[Int(number)] = range
            return range
        }

        /// Where the cell of message `number` lies in `cells`, rendered and written there the first time.
        private mutating func cell(message number: Int32) -> Range<Int> {
            if let known = messages[Int(number)] { return known }
            let range = lone(batch.messages[Int(number)].text(language))
            messages[Int(number)] = range
            return range
        }

        private mutating func lone(_ text: String) -> Range<Int> {
            var text = text
            return text.withUTF8 { cells.appendLoneCell($0) }
        }

        /// Appends a cell already written (`RuleCells`).
        private mutating func append(_ written: [UInt8]) -> Range<Int> {
            let start = cells.count
            cells.append(written)
            return start..<cells.count
        }
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
