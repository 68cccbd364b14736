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
        var ends: [Int] = []
        ends.reserveCapacity(findings.count)
        let text: [UInt8]
        switch format {
        case .text, .github, .json:
            var bytes: [UInt8] = []
            for finding in findings {
                switch format {
                case .text: FindingsText.append(finding, language: language, to: &bytes)
                case .github: bytes += FindingsGitHub.line(finding, language: language).utf8
                default: bytes += FindingsJSON.entry(finding, language: language).utf8
                }
                ends.append(bytes.count)
            }
            text = bytes
        case .csv:
            var buffer = CSVByteBuffer(capacity: 256 * findings.count)
            for finding in findings {
                FindingsCSV.appendRow(finding, language: language, to: &buffer)
                ends.append(buffer.count)
            }
            text = buffer.bytes
        }
        var start = 0
        return zip(findings, ends).map { finding, end in
            defer { start = end }
            return RenderedFinding(line: finding.location.line, severity: finding.severity, text: text[start..<end])
        }
    }

    /// The findings of `batch` as `render(_: [Finding])` writes them: CSV rows straight from the batch's bytes
    /// (`FindingsCSV.rows`), the other formats from its `Finding`s.
    public func render(_ batch: ShopCheck.SettledBatch) -> [RenderedFinding] {
        guard format == .csv else { return render(batch.listings.flatMap(\.findings)) }
        return FindingsCSV.rows(batch, language: language)
    }

    /// The UTF-8 text for `findings`, preceded by the format's opening on the first call.
    public mutating func write(_ findings: [RenderedFinding]) -> [UInt8] {
        var bytes = opening()
        // Room for every text at once: the output of a large check is not grown (and copied) a doubling at a time.
        let separators = format == .json ? 2 * findings.count : 0
        bytes.reserveCapacity(bytes.count + separators + findings.reduce(0) { $0 + $1.text.count })
        for finding in findings {
            if format == .json, written > 0 { bytes += ",\n".utf8 }
            bytes += finding.text
            written += 1
        }
        return bytes
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
}
