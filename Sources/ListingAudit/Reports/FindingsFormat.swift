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
/// the text for each group of findings (already in report order, see `FindingsOrder`), `finish` the closing text.
public struct FindingsWriter: Sendable {
    public let format: FindingsFormat
    public let language: Language
    private var started = false
    private var written = 0

    public init(format: FindingsFormat, language: Language) {
        self.format = format
        self.language = language
    }

    /// The text for `findings`, preceded by the format's opening on the first call.
    public mutating func write(_ findings: [Finding]) -> String {
        var text = opening()
        for finding in findings {
            switch format {
            case .text: text += FindingsText.line(finding, language: language)
            case .json:
                text += (written == 0 ? "" : ",\n") + FindingsJSON.entry(finding, language: language)
            case .csv: text += FindingsCSV.row(finding, language: language)
            case .github: text += FindingsGitHub.line(finding, language: language)
            }
            written += 1
        }
        return text
    }

    /// The closing text (the JSON summary), preceded by the opening when nothing was written.
    public mutating func finish(_ summary: FindingsSummary) -> String {
        let text = opening()
        guard format == .json else { return text }
        return text + FindingsJSON.closing(summary)
    }

    private mutating func opening() -> String {
        guard !started else { return "" }
        started = true
        switch format {
        case .text, .github: return ""
        case .json: return FindingsJSON.opening
        case .csv: return FindingsCSV.header
        }
    }
}
