/// The formats `check` prints findings in.
public enum FindingsFormat: String, Sendable, CaseIterable {
    /// `file:line:column: severity: [rule] message (listing id)`, like a compiler.
    case text
    /// One JSON document: `findings` (one object per finding) and `summary` (the counts).
    case json
    /// A spreadsheet: UTF-8 with BOM, CRLF, one row per finding with the rule's title and fix.
    case csv
    /// GitHub Actions workflow commands (`::warning file=…,line=…::message`), shown as annotations.
    case github
}

/// Writes findings in one format as they come, so a check of any size never holds its whole output: `write` returns
/// the UTF-8 text for each group of findings (already in report order, see `FindingsOrder`), `finish` the closing
/// text.
public struct FindingsWriter: Sendable {
    public let format: FindingsFormat
    public let language: Language
    private var started = false
    private var written = 0

    public init(format: FindingsFormat, language: Language) {
        self.format = format
        self.language = language
    }

    /// The UTF-8 text for `findings`, preceded by the format's opening on the first call.
    public mutating func write(_ findings: [Finding]) -> [UInt8] {
        var bytes = opening()
        defer { written += findings.count }
        switch format {
        case .text: bytes += findings.map { FindingsText.line($0, language: language) }.joined().utf8
        case .github: bytes += findings.map { FindingsGitHub.line($0, language: language) }.joined().utf8
        case .json:
            let entries = findings.map { FindingsJSON.entry($0, language: language) }.joined(separator: ",\n")
            if written > 0, !entries.isEmpty { bytes += ",\n".utf8 }
            bytes += entries.utf8
        case .csv:
            var buffer = CSVByteBuffer(capacity: 256 * findings.count)
            for finding in findings { FindingsCSV.appendRow(finding, language: language, to: &buffer) }
            bytes += buffer.bytes
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
        case .csv: return Array(FindingsCSV.header.utf8)
        }
    }
}
