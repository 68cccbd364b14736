import Foundation
import ListingAudit

/// A one-line progress indicator on standard error for long runs: it appears only when stderr is a terminal, the
/// run is not `--quiet`, and the work has already taken `delay` seconds; it redraws in place and is erased at
/// the end, so it never mixes with the results on standard output.
///
/// It shows the step of the run and, while an input is being read (the engine reports through `reporter`), the
/// bytes read of the file's size, the share, the speed and the time left, in the run's language:
///
///     ⠋ Checking… listings.csv 123/459 MB · 27% · 210 MB/s · 2 s left
///     ⠋ 检查中… listings.csv 123/459 MB · 27% · 210 MB/s · 还剩 2 秒
///
/// Until the language is known (no `--lang`, and the input not read far enough to tell), the line has no words:
/// the step, the file, its bytes, share and speed.
final class ProgressIndicator: @unchecked Sendable {
    private let console: Console
    private let label: LocalizedText
    private let enabled: Bool
    private let delay: TimeInterval
    private let clock: @Sendable () -> TimeInterval
    private let started: TimeInterval
    /// The terminal's width in columns, when known; longer lines are cut so they never wrap.
    private let columns: Int?
    private let lock = NSLock()
    private var step = 0
    private var total = 0
    private var frame = 0
    private var shown = false
    private var timer: DispatchSourceTimer?
    private var reading: Reading?
    /// The language of the line's words; `nil` until known.
    private var language: Language?
    private static let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// The input being read: its latest report, and its first report, from which the speed is measured.
    struct Reading {
        var latest: ReadProgress
        var latestTime: TimeInterval
        let firstBytes: Int
        let firstTime: TimeInterval

        /// Bytes per second since the first report; `nil` until there is a stretch to measure.
        var speed: Double? {
            let seconds = latestTime - firstTime
            guard seconds >= 0.1, latest.bytesRead > firstBytes else { return nil }
            return Double(latest.bytesRead - firstBytes) / seconds
        }
    }

    /// - Parameters:
    ///   - language: the language of the line's words, when already known (`speak` sets it later).
    ///   - delay: seconds of work before the line first appears.
    ///   - clock: monotonic seconds (tests pass their own).
    ///   - columns: the terminal width; by default asked of standard error.
    init(
        console: Console, label: LocalizedText, language: Language?, verbosity: Verbosity, delay: TimeInterval = 0.5,
        clock: @escaping @Sendable () -> TimeInterval = { ProcessInfo.processInfo.systemUptime },
        columns: Int? = TerminalSize.columns()
    ) {
        self.console = console
        self.label = label
        self.language = language
        self.delay = delay
        self.clock = clock
        self.columns = columns
        started = clock()
        enabled = console.stderrIsTerminal && verbosity > .quiet
    }

    /// The hook to give the engine (`ReadOptions.progress`), or `nil` when nothing is shown, so the engine does not
    /// even measure.
    var reporter: ProgressReporter? {
        guard enabled else { return nil }
        return ProgressReporter { [self] progress in update(progress) }
    }

    /// Starts redrawing ten times a second on a background queue.
    func start() {
        guard enabled else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "listing-audit.progress"))
        timer.schedule(deadline: .now() + delay, repeating: 0.1)
        timer.setEventHandler { [weak self] in self?.tick() }
        self.timer = timer
        timer.resume()
    }

    /// Sets the language of the line's words, once the input has told it.
    func speak(_ language: Language) {
        lock.withLock { self.language = language }
    }

    /// Records that step `index` (0-based) of `count` has begun; what was being read is over.
    func update(step index: Int, of count: Int) {
        lock.withLock {
            step = index + 1
            total = count
            reading = nil
        }
    }

    /// Records how far an input has been read (called on the reading thread).
    func update(_ progress: ReadProgress) {
        let now = clock()
        lock.withLock {
            if var current = reading, current.latest.file == progress.file, current.latest.pass == progress.pass,
                current.latest.bytesRead <= progress.bytesRead
            {
                current.latest = progress
                current.latestTime = now
                reading = current
            } else {
                reading = Reading(
                    latest: progress, latestTime: now, firstBytes: progress.bytesRead, firstTime: now)
            }
        }
    }

    /// Draws the line once, if the run has taken `delay` already (the timer calls this).
    func tick() {
        lock.withLock {
            let elapsed = clock() - started
            guard enabled, elapsed >= delay else { return }
            console.errorRaw("\r\u{1B}[2K" + fitted(line(elapsed: elapsed)))
            frame += 1
            shown = true
        }
    }

    /// Erases the line while `body` writes to standard error (a warning, an error), so the two never mix; the line
    /// comes back at the next redraw.
    func withLineErased(_ body: () -> Void) {
        lock.withLock {
            if shown { console.errorRaw("\r\u{1B}[2K") }
            shown = false
            body()
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

    /// The line as drawn, e.g. `⠋ Auditing… step 3/7 · 2.4 s`, or while a file is read
    /// `⠋ Auditing… step 1/7 · listings.csv 123/459 MB · 27% · 210 MB/s · 2 s left`; in Chinese
    /// `⠋ 审核中… 第 1/7 步 · listings.csv 123/459 MB · 27% · 210 MB/s · 还剩 2 秒`; before the language is known
    /// `⠋ 1/7 · listings.csv 123/459 MB · 27% · 210 MB/s`.
    func line(elapsed: TimeInterval) -> String {
        let spinner = Self.frames[frame % Self.frames.count]
        guard let language else {
            let head = total > 0 ? "\(spinner) \(step)/\(total)" : spinner
            guard let reading else { return head }
            return head + (total > 0 ? " · " : " ") + Self.describe(reading, language: nil)
        }
        let zh = language == .zh
        let steps = total > 0 ? (zh ? " 第 \(step)/\(total) 步" : " step \(step)/\(total)") : ""
        let head = "\(spinner) \(label.text(language))…\(steps)"
        guard let reading else { return head + " · \(String(format: "%.1f", elapsed))" + (zh ? " 秒" : " s") }
        return head + (total > 0 ? " · " : " ") + Self.describe(reading, language: language)
    }

    /// `listings.csv 123/459 MB · 27% · 210 MB/s · 2 s left`; without a size, the bytes read and the speed; with no
    /// `language`, no time left.
    static func describe(_ reading: Reading, language: Language?) -> String {
        let progress = reading.latest
        var name = (progress.file as NSString).lastPathComponent
        if name.count > 24 { name = "…" + name.suffix(23) }
        if progress.pass > 1 {
            switch language {
            case .zh: name += "（第 \(progress.pass) 遍）"
            case .en: name += " (pass \(progress.pass))"
            case nil: name += " (\(progress.pass))"
            }
        }
        var parts: [String]
        if let totalBytes = progress.totalBytes, let fraction = progress.fraction {
            parts = ["\(name) \(megabytes(progress.bytesRead, like: totalBytes))/\(megabytes(totalBytes)) MB"]
            parts.append("\(Int(fraction * 100))%")
        } else {
            parts = ["\(name) \(megabytes(progress.bytesRead)) MB"]
        }
        if let speed = reading.speed {
            parts.append("\(megabytes(Int(speed))) MB/s")
            if let language, let totalBytes = progress.totalBytes, totalBytes > progress.bytesRead {
                parts.append(timeLeft(Double(totalBytes - progress.bytesRead) / speed, language: language))
            }
        }
        return parts.joined(separator: " · ")
    }

    /// Megabytes (10^6 bytes): one decimal below 10, whole above; `like` a total keeps both in one style.
    static func megabytes(_ bytes: Int, like reference: Int? = nil) -> String {
        let value = Double(bytes) / 1e6
        return Double(reference ?? bytes) / 1e6 < 10 ? String(format: "%.1f", value) : String(Int(value.rounded()))
    }

    /// `2 s left`, `3 min 20 s left`, `1 h 5 min left`; `还剩 2 秒`, `还剩 3 分 20 秒`, `还剩 1 小时 5 分`.
    static func timeLeft(_ seconds: Double, language: Language) -> String {
        let whole = max(1, Int(seconds.rounded(.up)))
        let (hours, minutes, rest) = (whole / 3600, whole % 3600 / 60, whole % 60)
        if language == .zh {
            if whole < 60 { return "还剩 \(whole) 秒" }
            return whole < 3600 ? "还剩 \(minutes) 分 \(rest) 秒" : "还剩 \(hours) 小时 \(minutes) 分"
        }
        if whole < 60 { return "\(whole) s left" }
        return whole < 3600 ? "\(minutes) min \(rest) s left" : "\(hours) h \(minutes) min left"
    }

    /// `line` cut to the terminal's width, so rewriting it in place never leaves a wrapped half behind.
    private func fitted(_ line: String) -> String {
        guard let columns, columns > 1 else { return line }
        var width = 0
        var end = line.endIndex
        for index in line.indices {
            width += TerminalSize.width(of: line[index])
            if width > columns - 1 {
                end = index
                break
            }
        }
        return String(line[..<end])
    }
}
