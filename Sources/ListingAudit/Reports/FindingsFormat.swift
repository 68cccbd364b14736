/// The formats `check` prints findings in.
public enum FindingsFormat: String, Sendable, CaseIterable {
    /// `file:line:column: severity: [rule] message (listing id)`, like a compiler.
    case text
    /// One JSON document: `findings` (one object per finding) and `summary` (the counts).
    case json
    /// A spreadsheet: UTF-8 with BOM, CRLF, one row per finding in the findings layout (`FindingColumns`).
    case csv
    /// GitHub Actions workflow commands (`::warning file=…,line=…::message`), shown as annotations.
    case github
}

/// Writes findings in one format as they come, so a check of any size never holds its whole output: `render` turns
/// findings into their text (on any thread), `write` returns the UTF-8 text for each group of rendered findings
/// (already in report order, see `FindingsOrder`), `finish` the closing text.
public struct FindingsWriter: Sendable {
    public let format: FindingsFormat
    public let language: Language
    private var started = false
    private var written = 0

    public init(format: FindingsFormat, language: Language) {
        self.format = format
        self.language = language
    }

    /// Each of `findings` as the format writes it (without the separators between JSON entries), in one buffer.
    public func render(_ findings: [Finding]) -> [RenderedFinding] {
        render(findings) { findings[$0].message.text(language) }
    }

    /// The findings of `batch` as `render(_: [Finding])` writes them: CSV rows and text lines straight from the
    /// batch's bytes (`FindingsCSV.rows`, `FindingsText.lines`), the other formats from its `Finding`s with each
    /// distinct message of the batch rendered once.
    public func render(_ batch: ShopCheck.SettledBatch) -> [RenderedFinding] {
        switch format {
        case .csv: return FindingsCSV.rows(batch, language: language)
        case .text: return FindingsText.lines(batch, language: language)
        case .json, .github:
            var texts = [String?](repeating: nil, count: batch.messages.count)
            return render(batch.listings.flatMap(\.findings)) { index in
                let number = Int(batch.findings[index].message)
                if let known = texts[number] { return known }
                let text = batch.messages[number].text(language)
                texts[number] = text
                return text
            }
        }
    }

    /// `render(_: [Finding])` with the text of the message of finding `index` from `message(index)`.
    private func render(_ findings: [Finding], message: (Int) -> String) -> [RenderedFinding] {
        var ends: [Int] = []
        ends.reserveCapacity(findings.count)
        let text: [UInt8]
        switch format {
        case .text, .github:
            var bytes: [UInt8] = []
            for (index, finding) in findings.enumerated() {
                let message = message(index)
                switch format {
                case .text: FindingsText.append(finding, message: message, language: language, to: &bytes)
                default: bytes += FindingsGitHub.line(finding, message: message, language: language).utf8
                }
                ends.append(bytes.count)
            }
            text = bytes
        case .json:
            var json = JSONByteWriter(capacity: 512 * findings.count)
            for (index, finding) in findings.enumerated() {
                FindingsJSON.append(finding, message: message(index), language: language, to: &json)
                ends.append(json.bytes.count)
            }
            text = json.bytes
        case .csv:
            var buffer = CSVByteBuffer(capacity: 256 * findings.count)
            for finding in findings {
                FindingsCSV.appendRow(finding, language: language, to: &buffer)
                ends.append(buffer.count)
            }
            text = buffer.bytes
        }
        return RenderedFinding.cut(text, at: ends, of: findings) { ($0.location.line, $0.severity) }
    }

    /// The UTF-8 text for `findings`, preceded by the format's opening on the first call.
    public mutating func write(_ findings: [RenderedFinding]) -> [UInt8] {
        let opening = opening()
        let separated = format == .json
        // Made at its length at once, each text copied into place: the output of a large check is neither grown (and
        // copied) a doubling at a time nor appended to text by text, which cost a test of room and uniqueness each.
        let length = opening.count + (separated ? 2 * findings.count : 0) + findings.reduce(0) { $0 + $1.text.count }
        return [UInt8](unsafeUninitializedCapacity: length) { output, initialized in
            var end = 0
            func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
                guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
                (output.baseAddress! + end).initialize(from: source, count: bytes.count)
                end += bytes.count
            }
            opening.withUnsafeBufferPointer { copy($0) }
            for finding in findings {
                if separated, written > 0 {
                    output[end] = UInt8(ascii: ",")
                    output[end + 1] = UInt8(ascii: "\n")
                    end += 2
                }
                finding.text.withUnsafeBufferPointer { copy($0) }
                written += 1
            }
            initialized = end
        }
    }

    /// The closing UTF-8 text (the JSON summary), preceded by the opening when nothing was written.
    public mutating func finish(_ summary: FindingsSummary) -> [UInt8] {
        let bytes = opening()
        guard format == .json else { return bytes }
        return bytes + FindingsJSON.closing(summary).utf8
    }

    private mutating func opening() -> [UInt8] {
        guard !started else { return [] }
        started = true
        switch format {
        case .text, .github: return []
        case .json: return Array(FindingsJSON.opening.utf8)
        case .csv: return Array(FindingsCSV.header(language).utf8)
        }
    }
}

/// One finding as an output format writes it, waiting for its place in the output (`FindingsOrder`).
public struct RenderedFinding: Sendable, LinePlaced {
    /// The line its evidence was read on.
    public let line: Int
    /// Its severity, for the summary.
    public let severity: Severity
    /// Its UTF-8 text.
    public let text: ArraySlice<UInt8>

    /// The findings `items` whose texts lie one after another in `text`, item `i`'s ending at `ends[i]`, each placed
    /// by the line and severity `place` gives it.
    static func cut<Item>(
        _ text: [UInt8], at ends: [Int], of items: [Item], place: (Item) -> (line: Int, severity: Severity)
    ) -> [RenderedFinding] {
        var start = 0
        return zip(items, ends).map { item, end in
            defer { start = end }
            let (line, severity) = place(item)
            return RenderedFinding(line: line, severity: severity, text: text[start..<end])
        }
    }
}
