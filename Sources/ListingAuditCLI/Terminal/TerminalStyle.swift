/// When to colour output: `auto` colours only a terminal and honours `NO_COLOR`; `always`/`never` decide outright.
enum ColorMode: String, CaseIterable {
    case auto
    case always
    case never
}

/// ANSI styling for standard output, or plain text when colour is off.
struct TerminalStyle {
    /// Whether escape codes are written.
    let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Decides from `mode`, whether stdout is a terminal, and `NO_COLOR` (any non-empty value turns `auto` off;
    /// an explicit `--color always` still wins, as no-color.org allows).
    init(mode: ColorMode, console: Console) {
        switch mode {
        case .always: enabled = true
        case .never: enabled = false
        case .auto:
            let noColor = console.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            enabled = console.stdoutIsTerminal && !noColor && console.environment["TERM"] != "dumb"
        }
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }

    /// `text` styled when `delta` is positive (worse: red) or negative (better: green).
    func change(_ text: String, delta: Double) -> String {
        delta > 0 ? red(text) : delta < 0 ? green(text) : text
    }

    /// Summary text with its heading lines (the first line and lines ending in a colon) in bold.
    func headings(_ text: String) -> String {
        guard enabled else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            index == 0 || line.hasSuffix(":") || line.hasSuffix("：") ? bold(String(line)) : String(line)
        }
        return lines.joined(separator: "\n")
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
