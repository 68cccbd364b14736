import Foundation
import ListingAudit

/// Where a command writes: standard output for results, standard error for diagnostics and progress.
/// Tests pass a capturing console; `main` passes the real one.
final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    /// Writes UTF-8 text to standard output as it is, with no `String` made; `nil` writes it through `writeOut`.
    private let writeOutBytes: (([UInt8]) -> Void)?
    private let writeErr: (String) -> Void
    /// Whether standard output is a terminal (for colour `auto`).
    let stdoutIsTerminal: Bool
    /// Whether standard error is a terminal (for progress indicators).
    let stderrIsTerminal: Bool
    /// The process environment (`NO_COLOR`, …).
    let environment: [String: String]
    /// The language of help, usage errors and the input errors reported before a command has settled its own:
    /// Chinese when the command line asks for `--lang zh` (`CLI.run` sets it), else English.
    var language: Language = .en

    init(
        out: @escaping (String) -> Void, outBytes: (([UInt8]) -> Void)? = nil, err: @escaping (String) -> Void,
        stdoutIsTerminal: Bool = false, stderrIsTerminal: Bool = false, environment: [String: String] = [:]
    ) {
        writeOut = out
        writeOutBytes = outBytes
        writeErr = err
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.environment = environment
    }

    /// The process's own standard output and error.
    static func standard() -> Console {
        Console(
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            outBytes: { FileHandle.standardOutput.write(Data($0)) },
            err: { FileHandle.standardError.write(Data($0.utf8)) },
            stdoutIsTerminal: isatty(1) == 1,
            stderrIsTerminal: isatty(2) == 1,
            environment: ProcessInfo.processInfo.environment
        )
    }

    /// Writes `text` and a newline to standard output.
    func print(_ text: String = "") { writeOut(text + "\n") }

    /// Writes `text` as it is to standard output (rendered reports that carry their own line ends).
    func write(_ text: String) { writeOut(text) }

    /// Writes the UTF-8 text `bytes` as it is to standard output (rendered reports, written by the megabyte).
    func write(bytes: [UInt8]) {
        if let writeOutBytes { writeOutBytes(bytes) } else { writeOut(String(decoding: bytes, as: UTF8.self)) }
    }

    /// Writes `text` and a newline to standard error, its control characters escaped (`TerminalText`): messages
    /// quote input (file names, header cells, values), which must not drive the terminal or forge log lines. A line
    /// break followed by two spaces starts an indented continuation line (a message of a few lines), which can
    /// never pass for a line of its own.
    func error(_ text: String) {
        let lines = text.components(separatedBy: "\n  ").map(TerminalText.escaped)
        writeErr(lines.joined(separator: "\n  ") + "\n")
    }

    /// Writes `text` to standard error without a newline (progress lines).
    func errorRaw(_ text: String) { writeErr(text) }
}

/// A console that records everything, for tests.
final class CapturingConsole: @unchecked Sendable {
    private(set) var out = ""
    private(set) var err = ""
    private let lock = NSLock()

    lazy var console = Console(
        out: { [unowned self] text in lock.withLock { out += text } },
        err: { [unowned self] text in lock.withLock { err += text } }
    )
}
