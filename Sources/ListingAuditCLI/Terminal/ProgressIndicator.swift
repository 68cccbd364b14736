import Foundation

/// A one-line progress indicator on standard error for long runs: it appears only when stderr is a terminal, the
/// run is not `--quiet`, and the work has already taken `delay` seconds; it redraws in place and is erased at
/// the end, so it never mixes with the results on standard output.
final class ProgressIndicator: @unchecked Sendable {
    private let console: Console
    private let label: String
    private let enabled: Bool
    private let delay: TimeInterval
    private let started = Date()
    private let lock = NSLock()
    private var step = 0
    private var total = 0
    private var frame = 0
    private var shown = false
    private var timer: DispatchSourceTimer?
    private static let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    init(console: Console, label: String, verbosity: Verbosity, delay: TimeInterval = 0.5) {
        self.console = console
        self.label = label
        self.delay = delay
        enabled = console.stderrIsTerminal && verbosity > .quiet
    }

    /// Starts redrawing ten times a second on a background queue.
    func start() {
        guard enabled else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "listing-audit.progress"))
        timer.schedule(deadline: .now() + delay, repeating: 0.1)
        timer.setEventHandler { [weak self] in self?.draw() }
        self.timer = timer
        timer.resume()
    }

    /// Records that step `index` (0-based) of `count` has begun.
    func update(step index: Int, of count: Int) {
        lock.withLock {
            step = index + 1
            total = count
        }
    }

    /// Stops and erases the line.
    func finish() {
        timer?.cancel()
        timer = nil
        lock.withLock {
            if shown { console.errorRaw("\r\u{1B}[2K") }
            shown = false
        }
    }

    /// The line as drawn, e.g. `⠋ Auditing… step 3/7 · 2.4 s`.
    func line(elapsed: TimeInterval) -> String {
        let steps = total > 0 ? " step \(step)/\(total)" : ""
        return "\(Self.frames[frame % Self.frames.count]) \(label)…\(steps) · \(String(format: "%.1f", elapsed)) s"
    }

    private func draw() {
        lock.withLock {
            console.errorRaw("\r\u{1B}[2K" + line(elapsed: Date().timeIntervalSince(started)))
            frame += 1
            shown = true
        }
    }
}
