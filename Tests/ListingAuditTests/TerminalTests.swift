import Foundation
import ListingAudit
import Testing
@testable import ListingAuditCLI

@Suite struct TerminalTests {
    private func console(tty: Bool, environment: [String: String] = [:]) -> Console {
        Console(out: { _ in }, err: { _ in }, stdoutIsTerminal: tty, stderrIsTerminal: tty, environment: environment)
    }

    @Test func colourAutoNeedsATerminalAndNoNOCOLOR() {
        #expect(TerminalStyle(mode: .auto, console: console(tty: true)).enabled)
        #expect(!TerminalStyle(mode: .auto, console: console(tty: false)).enabled)
        #expect(!TerminalStyle(mode: .auto, console: console(tty: true, environment: ["NO_COLOR": "1"])).enabled)
        #expect(TerminalStyle(mode: .auto, console: console(tty: true, environment: ["NO_COLOR": ""])).enabled)
        #expect(!TerminalStyle(mode: .auto, console: console(tty: true, environment: ["TERM": "dumb"])).enabled)
        #expect(TerminalStyle(mode: .always, console: console(tty: false, environment: ["NO_COLOR": "1"])).enabled)
        #expect(!TerminalStyle(mode: .never, console: console(tty: true)).enabled)
    }

    @Test func stylesWrapOnlyWhenEnabled() {
        let on = TerminalStyle(enabled: true)
        let off = TerminalStyle(enabled: false)
        #expect(on.bold("x") == "\u{1B}[1mx\u{1B}[0m")
        #expect(off.bold("x") == "x")
        #expect(on.change("worse", delta: 0.1) == "\u{1B}[31mworse\u{1B}[0m")
        #expect(on.change("better", delta: -0.1) == "\u{1B}[32mbetter\u{1B}[0m")
        #expect(on.headings("Title\nrow\nFix first:\n")
            == "\u{1B}[1mTitle\u{1B}[0m\nrow\n\u{1B}[1mFix first:\u{1B}[0m\n")
        #expect(off.headings("Title\nFix first:") == "Title\nFix first:")
    }

    @Test func progressIsSilentWithoutATerminalOrWhenQuiet() async throws {
        for (tty, verbosity) in [(false, Verbosity.normal), (true, .quiet)] {
            let quietConsole = Console(
                out: { _ in }, err: { _ in Issue.record("progress wrote to stderr") }, stdoutIsTerminal: tty,
                stderrIsTerminal: tty)
            let progress = ProgressIndicator(
                console: quietConsole, label: LocalizedText(zh: "审核中", en: "Auditing"), language: .en,
                verbosity: verbosity, delay: 0)
            progress.start()
            progress.update(step: 0, of: 7)
            try await Task.sleep(nanoseconds: 150_000_000)
            progress.finish()
        }
    }

    @Test func progressDrawsInPlaceOnATerminalAndErasesItself() async throws {
        let capture = ErrorCapture()
        let terminal = Console(
            out: { _ in }, err: { capture.append($0) }, stdoutIsTerminal: true, stderrIsTerminal: true)
        let progress = ProgressIndicator(
            console: terminal, label: LocalizedText(zh: "审核中", en: "Auditing"), language: .en, verbosity: .normal,
            delay: 0)
        progress.update(step: 2, of: 7)
        #expect(progress.line(elapsed: 2.44).hasSuffix(" Auditing… step 3/7 · 2.4 s"))
        progress.start()
        try await Task.sleep(nanoseconds: 350_000_000)
        progress.finish()
        let text = capture.text
        #expect(text.hasPrefix("\r\u{1B}[2K"))
        #expect(text.contains("Auditing… step 3/7"))
        #expect(text.hasSuffix("\r\u{1B}[2K"))
        #expect(!text.contains("\n"))
    }

    @Test func reportArgumentsAreValidated() {
        let spec = AuditCommand.spec
        func parse(_ arguments: [String]) -> Result<ReportArguments, UsageError> {
            guard let parsed = try? ParsedArguments.parse(arguments, spec: spec) else {
                return .failure(UsageError(message: LocalizedText(zh: "parse", en: "parse"), command: nil))
            }
            return ReportArguments.parse(parsed, command: "audit")
        }
        #expect((try? parse(["--date", "2026-11-26"]).get())?.date.text == "2026-11-26")
        for bad in [["--date", "2026-02-30"], ["--quiet", "--verbose"], ["--history", "h", "--no-history"]] {
            guard case .failure(let error) = parse(bad) else {
                Issue.record("\(bad) was accepted")
                continue
            }
            #expect(error.command == "audit")
        }
        let defaults = try? parse([]).get()
        #expect(defaults?.historyDirectory(outputDirectory: "/reports/listing-audit-2026-11-26")
            == "/reports/listing-audit-history")
        #expect(defaults?.verbosity == .normal && defaults?.color == ColorMode.auto)
    }

    @Test func aBadDateIsAUsageError() {
        let capture = CapturingConsole()
        let code = CLI.run(["audit", "x", "--date", "26/11/2026"], console: capture.console)
        #expect(code == .usage)
        #expect(capture.err.contains("'--date' needs a day as YYYY-MM-DD"))
    }
}

/// Collects what a console writes to standard error, safely across threads.
final class ErrorCapture: @unchecked Sendable {
    private var collected = ""
    private let lock = NSLock()

    func append(_ text: String) { lock.withLock { collected += text } }
    var text: String { lock.withLock { collected } }
}
