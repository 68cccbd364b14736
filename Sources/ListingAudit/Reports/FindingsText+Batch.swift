extension FindingsText {
    /// The findings of `batch` as `append(_:message:language:to:)` writes them, straight from the batch's bytes: the
    /// pieces of the two lines (a file, a rule's id, severity, title and fix, a message, a listing id, the product
    /// part of a title's note) are escaped once each, as their first finding needs them, and copied into every
    /// finding that holds them. Escaping each piece on its own escapes their concatenation: every piece is whole
    /// UTF-8.
    static func lines(_ batch: ShopCheck.SettledBatch, language: Language) -> [RenderedFinding] {
        var pieces = BatchPieces(batch, language: language)
        var out: [UInt8] = []
        // Room for findings of 256 bytes (the 10k check averages some 200 a finding, both lines).
        out.reserveCapacity(256 * batch.findings.count)
        var ends: [Int] = []
        ends.reserveCapacity(batch.findings.count)
        for finding in batch.findings {
            pieces.append(finding, to: &out)
            ends.append(out.count)
        }
        return RenderedFinding.cut(out, at: ends, of: batch.findings) {
            ($0.line, batch.rules[Int($0.rule)].severity)
        }
    }

    /// The pieces of one batch's findings, each written the first time a finding needs it: where its bytes lie in
    /// `bytes`.
    private struct BatchPieces {
        /// What follows the location on the finding's line (`: warning: [rule.id] `) and on its note line
        /// (`: note: [rule.id] ` and the rule's title and fix).
        typealias Rule = (head: Range<Int>, note: Range<Int>)

        private let batch: ShopCheck.SettledBatch
        private let language: Language
        private var bytes: [UInt8] = []
        /// By text number: a file; ` (listing id)` and the line's end; the note's product part and the line's end.
        private var files, listings, products: [Range<Int>?]
        private var messages: [Range<Int>?]
        private var rules: [Rule?]

        init(_ batch: ShopCheck.SettledBatch, language: Language) {
            self.batch = batch
            self.language = language
            files = Array(repeating: nil, count: batch.texts.count)
            (listings, products) = (files, files)
            messages = Array(repeating: nil, count: batch.messages.count)
            rules = Array(repeating: nil, count: batch.rules.count)
        }

        /// Appends the two lines of `finding` to `out`, as `FindingsText.append` writes them.
        mutating func append(_ finding: ShopCheck.SettledFinding, to out: inout [UInt8]) {
            let rule = self.rule(Int(finding.rule))
            let (file, message) = (self.file(finding.file), self.message(finding.message))
            let (listing, product) = (self.listing(finding.listingID), self.product(finding.title))
            bytes.withUnsafeBufferPointer { pieces in
                func copy(_ range: Range<Int>) { out.append(contentsOf: UnsafeBufferPointer(rebasing: pieces[range])) }
                copy(file)
                Self.appendPlace(of: finding, to: &out)
                copy(rule.head)
                copy(message)
                copy(listing)
                copy(file)
                Self.appendPlace(of: finding, to: &out)
                copy(rule.note)
                copy(product)
            }
        }

        /// The line and column of `SourceLocation.description` after the file (nothing when the line is 0).
        private static func appendPlace(of finding: ShopCheck.SettledFinding, to out: inout [UInt8]) {
            guard finding.line != 0 else { return }
            appendNumber(finding.line, to: &out)
            if finding.column >= 0 { appendNumber(finding.column, to: &out) }
        }

        /// `:` and `value`'s decimal digits, as `"\(value)"` writes them.
        private static func appendNumber(_ value: Int, to out: inout [UInt8]) {
            out.append(UInt8(ascii: ":"))
            if value < 0 { out.append(UInt8(ascii: "-")) }
            var (rest, divisor) = (value.magnitude, 1 as UInt)
            while rest / divisor >= 10 { divisor *= 10 }
            repeat {
                out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
                rest %= divisor
                divisor /= 10
            } while divisor > 0
        }

        /// The pieces of rule `number`.
        private mutating func rule(_ number: Int) -> Rule {
            if let known = rules[number] { return known }
            let (id, severity) = batch.rules[number]
            let described = RuleRegistry.texts(id: id)
            let (title, fix) = (described?.title.text(language) ?? id, described?.fix.text(language) ?? "")
            var start = bytes.count
            raw(": \(severity.rawValue): [")
            escaped(id)
            raw("] ")
            let head = start..<bytes.count
            start = bytes.count
            raw(": note: [")
            escaped(id)
            raw("] ")
            escaped(title)
            escaped(language == .zh ? "；修改：" : "; fix: ")
            escaped(fix)
            rules[number] = (head, start..<bytes.count)
            return (head, start..<bytes.count)
        }

        /// File `number`, escaped.
        private mutating func file(_ number: Int32) -> Range<Int> {
            if let known = files[Int(number)] { return known }
            let start = bytes.count
            escaped(batch.texts.string(number))
            files[Int(number)] = start..<bytes.count
            return start..<bytes.count
        }

        /// ` (listing id)` and the end of the finding's line, for the listing id that is text `number`.
        private mutating func listing(_ number: Int32) -> Range<Int> {
            if let known = listings[Int(number)] { return known }
            let start = bytes.count
            raw(" (")
            escaped(batch.texts.string(number))
            raw(")\n")
            listings[Int(number)] = start..<bytes.count
            return start..<bytes.count
        }

        /// The note's part that names the product whose title is text `number` (none when the title is empty) and
        /// the end of the note's line.
        private mutating func product(_ number: Int32) -> Range<Int> {
            if let known = products[Int(number)] { return known }
            let product = batch.texts.string(number).abbreviated(to: 40)
            let start = bytes.count
            if !product.isEmpty {
                escaped(language == .zh ? "（商品：" : " (product: ")
                escaped(product)
                escaped(language == .zh ? "）" : ")")
            }
            raw("\n")
            products[Int(number)] = start..<bytes.count
            return start..<bytes.count
        }

        /// Message `number` in the batch's language, escaped.
        private mutating func message(_ number: Int32) -> Range<Int> {
            if let known = messages[Int(number)] { return known }
            let start = bytes.count
            escaped(batch.messages[Int(number)].text(language))
            messages[Int(number)] = start..<bytes.count
            return start..<bytes.count
        }

        /// Appends `text` as it is (a separator: no control character but a line's end).
        private mutating func raw(_ text: String) { bytes += text.utf8 }

        /// Appends `text` with its control characters escaped (`TerminalText`).
        private mutating func escaped(_ text: String) {
            var text = text
            TerminalText.appendEscaped(&text, to: &bytes)
        }
    }
}
