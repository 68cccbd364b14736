import Foundation
import Synchronization
import Testing

@testable import ListingAudit
@testable import ListingAuditCLI

/// The progress line, driven by hand: a fake clock, a fake terminal, and `tick()` in place of the timer.
@Suite struct ProgressIndicatorTests {
    /// Seconds on the fake clock, set by the test.
    final class FakeClock: Sendable {
        private let seconds = Mutex<TimeInterval>(100)
        var now: TimeInterval { seconds.withLock { $0 } }
        func set(_ value: TimeInterval) { seconds.withLock { $0 = value } }
    }

    private let clock = FakeClock()
    private let written = ErrorCapture()

    private func indicator(
        tty: Bool = true, verbosity: Verbosity = .normal, columns: Int? = nil, language: Language? = .en
    ) -> ProgressIndicator {
        let console = Console(
            out: { _ in Issue.record("progress wrote to standard output") }, err: written.append,
            stdoutIsTerminal: tty, stderrIsTerminal: tty)
        let clock = clock
        return ProgressIndicator(
            console: console, label: LocalizedText(zh: "检查中", en: "Checking"), language: language,
            verbosity: verbosity, delay: 0.5, clock: { clock.now },
            columns: columns)
    }

    private func read(_ bytes: Int, of total: Int? = 459_000_000, pass: Int = 1) -> ReadProgress {
        ReadProgress(file: "/data/shop/listings.csv", bytesRead: bytes, totalBytes: total, pass: pass)
    }

    private static let erase = "\r\u{1B}[2K"

    @Test func showsBytesShareSpeedAndTimeLeftInPlaceThenErasesItself() throws {
        let progress = indicator()
        let reporter = try #require(progress.reporter)
        clock.set(100.2)
        reporter.report(read(46_000_000))
        progress.tick()
        #expect(written.text == "")  // before the delay

        clock.set(101.2)
        reporter.report(read(256_000_000))
        progress.tick()
        clock.set(101.4)
        reporter.report(read(298_000_000))
        progress.tick()
        progress.finish()

        #expect(
            written.text
                == Self.erase + "⠋ Checking… listings.csv 256/459 MB · 55% · 210 MB/s · 1 s left"
                + Self.erase + "⠙ Checking… listings.csv 298/459 MB · 64% · 210 MB/s · 1 s left" + Self.erase)
    }

    @Test func withoutASizeShowsBytesAndSpeed() throws {
        let progress = indicator()
        clock.set(100.0)
        progress.update(read(2_000_000, of: nil))
        clock.set(102.0)
        progress.update(read(14_000_000, of: nil))

        #expect(progress.line(elapsed: 2).hasSuffix(" Checking… listings.csv 14 MB · 6.0 MB/s"))
    }

    @Test func aSecondPassIsNamedAndMeasuredAfresh() {
        let progress = indicator()
        clock.set(100.0)
        progress.update(read(400_000_000))
        clock.set(101.0)
        progress.update(read(1_000_000, pass: 2))

        // One report of the new pass: no stretch to measure a speed over yet.
        #expect(progress.line(elapsed: 1).hasSuffix(" listings.csv (pass 2) 1/459 MB · 0%"))
    }

    @Test func aNewStepEndsTheReadAndShowsTheTimeAgain() {
        let progress = indicator()
        progress.update(read(1_000_000))
        progress.update(step: 2, of: 6)

        #expect(progress.line(elapsed: 3.25).hasSuffix(" Checking… step 3/6 · 3.2 s"))
    }

    @Test func aNarrowTerminalGetsACutLineThatCannotWrap() throws {
        let progress = indicator(columns: 24)
        clock.set(101)
        progress.update(read(1_000_000))
        progress.tick()

        let line = try #require(written.text.components(separatedBy: Self.erase).last)
        #expect(line == "⠋ Checking… listings.cs")
        #expect(line.count == 23)
    }

    @Test func writingAWarningErasesTheLineFirst() {
        let progress = indicator()
        clock.set(101)
        progress.tick()
        progress.withLineErased { written.append("warning: x\n") }

        #expect(written.text.hasSuffix(Self.erase + "warning: x\n"))
    }

    @Test func nothingIsShownOrMeasuredWithoutATerminalOrWhenQuiet() {
        for progress in [indicator(tty: false), indicator(verbosity: .quiet)] {
            #expect(progress.reporter.map { _ in true } == nil)
            clock.set(200)
            progress.update(read(1_000_000))
            progress.tick()
            progress.withLineErased {}
            progress.finish()
        }
        #expect(written.text == "")
    }

    @Test func sizesAndTimesReadAtAGlance() {
        #expect(ProgressIndicator.megabytes(4_600_000) == "4.6")
        #expect(ProgressIndicator.megabytes(1_200_000, like: 4_600_000) == "1.2")
        #expect(ProgressIndicator.megabytes(458_590_878) == "459")
        #expect(ProgressIndicator.timeLeft(0.2, language: .en) == "1 s left")
        #expect(ProgressIndicator.timeLeft(59.2, language: .en) == "1 min 0 s left")
        #expect(ProgressIndicator.timeLeft(200, language: .en) == "3 min 20 s left")
        #expect(ProgressIndicator.timeLeft(3725, language: .en) == "1 h 2 min left")
        #expect(ProgressIndicator.timeLeft(200, language: .zh) == "还剩 3 分 20 秒")
        #expect(ProgressIndicator.timeLeft(3725, language: .zh) == "还剩 1 小时 2 分")
    }

    /// A Chinese run's line has no English word, an English run's no Chinese one, and before the input has told
    /// the language the line has no words at all: only the step, the file and numbers with their units.
    @Test func theLineSpeaksTheRunsLanguageAndNoneBeforeItIsKnown() {
        var lines: [Language?: [String]] = [:]
        for language in [Language.zh, .en, nil] {
            let progress = indicator(language: language)
            clock.set(100.0)
            progress.update(read(100_000_000, pass: 2))
            clock.set(101.0)
            progress.update(read(310_000_000, pass: 2))
            let reading = progress.line(elapsed: 1)
            progress.update(step: 2, of: 6)
            lines[language] = [reading, progress.line(elapsed: 3.25)]
        }
        #expect(lines[.zh] == ["⠋ 检查中… listings.csv（第 2 遍） 310/459 MB · 67% · 210 MB/s · 还剩 1 秒",
                               "⠋ 检查中… 第 3/6 步 · 3.2 秒"])
        #expect(lines[.en] == ["⠋ Checking… listings.csv (pass 2) 310/459 MB · 67% · 210 MB/s · 1 s left",
                               "⠋ Checking… step 3/6 · 3.2 s"])
        #expect(lines[nil] == ["⠋ listings.csv (2) 310/459 MB · 67% · 210 MB/s", "⠋ 3/6"])
        let unknown = indicator(language: nil)
        unknown.speak(.zh)
        #expect(unknown.line(elapsed: 3.25) == "⠋ 检查中… · 3.2 秒")
    }

    @Test func inspectAndCheckWriteNoProgressWhenStandardErrorIsNotATerminal() throws {
        var text = "listing_id,title,colours,sizes\n"
        for number in 0..<20_000 { text += "L\(number),Cotton tee \(number),Black,M\n" }
        let path = try AdapterFixtures.temporaryFile(text)
        for arguments in [["inspect", path], ["check", "--format", "json", path]] {
            let capture = CapturingConsole()
            _ = CLI.run(arguments, console: capture.console)
            #expect(!capture.err.contains("\r"))
            #expect(!capture.err.contains("\u{1B}"))
        }
    }
}
