import Foundation
import Testing

@testable import ListingAudit
@testable import ListingAuditCLI

/// The probe options as the commands read them: progress only on a terminal, standard input refused, a missing
/// `--images` folder named, and `audit` keeping its cache beside the output folder.
@Suite struct ImageProbeCommandTests {
    static let demo = TestPaths.root.appendingPathComponent("Corpus/demo-shop").path
    static let images = TestPaths.root.appendingPathComponent("Corpus/demo-shop/images").path

    @Test func progressIsDrawnOnlyOnATerminalAndErased() {
        var terminal = ""
        let console = Console(out: { _ in }, err: { terminal += $0 }, stderrIsTerminal: true)
        let line = ImageProbeProgressLine(console: console, enabled: true, zh: false)
        line.show(done: 3, total: 3, failed: 1)
        line.finish()
        #expect(terminal == "\r\u{1B}[Kimages 3/3 · 1 failed\r\u{1B}[K")
        var chinese = ""
        let zh = ImageProbeProgressLine(
            console: Console(out: { _ in }, err: { chinese += $0 }), enabled: true, zh: true)
        zh.show(done: 1, total: 1, failed: 0)
        #expect(chinese.contains("图片 1/1 · 0 张失败"))
        let capture = CapturingConsole()
        _ = CLI.run(["check", Self.demo, "--images", Self.images, "--fail-on", "never"], console: capture.console)
        #expect(!capture.err.contains("\u{1B}[K"))
    }

    @Test func standardInputCannotBeProbed() {
        let capture = CapturingConsole()
        let code = CLI.run(["check", "-", "--probe-images"], console: capture.console)
        #expect(code == .usage)
        #expect(capture.err.contains("reads the listing export twice"))
    }

    @Test func aMissingImagesFolderIsNamed() {
        let capture = CapturingConsole()
        let missing = Self.demo + "/no-such-folder"
        let code = CLI.run(["audit", Self.demo, "--images", missing, "--no-history"], console: capture.console)
        #expect(code == .noInput)
        #expect(capture.err.contains("no-such-folder: cannot read: no such folder"))
    }

    @Test func auditWritesTheImageHealthSection() throws {
        let out = TestPaths.scratch.appendingPathComponent("probe-audit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let capture = CapturingConsole()
        let code = CLI.run(
            ["audit", Self.demo, "--images", Self.images, "--out", out.appendingPathComponent("r").path,
             "--fail-on", "never", "--lang", "en"],
            console: capture.console)
        #expect(code == .success)
        let html = try String(contentsOf: out.appendingPathComponent("r/report.html"), encoding: .utf8)
        #expect(html.contains(#"<section id="image-health""#) && html.contains("147 images probed: 2 broken"))
        let findings = try String(contentsOf: out.appendingPathComponent("r/findings.csv"), encoding: .utf8)
        #expect(findings.contains("images.broken_main") && findings.contains("images.format_mismatch"))
        // Every image was local: nothing was fetched, so no cache was written.
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("listing-audit-image-cache").path))
    }

    @Test func probeLimitsOutOfRangeOrWithoutProbingAreUsageErrors() {
        let refused: [([String], String)] = [
            (["--probe-budget", "0"], "'--probe-budget' needs a number of seconds above 0 and at most 86400, not '0'"),
            (["--probe-budget", "nan"], "'--probe-budget' needs a number of seconds"),
            (["--probe-timeout", "-1"], "'--probe-timeout' needs a number of seconds"),
            (["--probe-timeout", "inf"], "'--probe-timeout' needs a number of seconds"),
            (["--probe-timeout", "86401"], "'--probe-timeout' needs a number of seconds"),
            (["--probe-concurrency", "0"], "'--probe-concurrency' needs a whole number from 1 to 256, not '0'"),
            (["--probe-concurrency", "257"], "'--probe-concurrency' needs a whole number from 1 to 256"),
            (["--probe-per-host", "two"], "'--probe-per-host' needs a whole number from 1 to 256, not 'two'"),
            (["--probe-per-host", "1.5"], "'--probe-per-host' needs a whole number"),
        ]
        for command in ["check", "audit"] {
            for (limit, message) in refused {
                let capture = CapturingConsole()
                let code = CLI.run([command, Self.demo, "--probe-images"] + limit, console: capture.console)
                #expect(code == .usage, "\(command) \(limit)")
                #expect(capture.err.contains(message), "\(command) \(limit): \(capture.err)")
            }
            // A limit alone would do nothing.
            let capture = CapturingConsole()
            let code = CLI.run([command, Self.demo, "--probe-timeout", "5"], console: capture.console)
            #expect(code == .usage)
            #expect(capture.err.contains("'--probe-timeout' limits image probing; add '--probe-images'"))
        }
    }

    @Test func probeLimitsReachTheProbeOptions() throws {
        let arguments = [
            Self.demo, "--probe-images", "--probe-budget", "90.5", "--probe-timeout", "3", "--probe-concurrency", "32",
            "--probe-per-host", "8",
        ]
        for spec in [CheckCommand.spec, AuditCommand.spec] {
            let parsed = try ParsedArguments.parse(arguments, spec: spec)
            let limits = try ImageProbeArguments.limits(parsed, command: spec.name)
            let options = try #require(try ImageProbeArguments.options(parsed, limits: limits, defaultCache: nil))
            #expect(options.budget == 90.5 && options.imageTimeout == 3 && options.readTimeout == 3)
            #expect(options.concurrency == 32 && options.perHost == 8)
            let plain = try ParsedArguments.parse([Self.demo, "--probe-images"], spec: spec)
            let defaults = try #require(
                try ImageProbeArguments.options(
                    plain, limits: ImageProbeArguments.limits(plain, command: spec.name), defaultCache: nil))
            #expect(defaults.budget == 600 && defaults.imageTimeout == 20 && defaults.readTimeout == 10)
            #expect(defaults.concurrency == 16 && defaults.perHost == 4)
        }
    }

    @Test func aProbeTimeoutFromTheCommandLineEndsASlowImage() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/slow.png", .slow(seconds: 5, TestImages.png(800, 800)))
        let folder = HistoryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("listings.csv")
        let text = "listing_id,title,description,image_urls,price\nL1,Mug,Tall mug,\(server.url("/slow.png")),9.99\n"
        try Data(text.utf8).write(to: export)
        let capture = CapturingConsole()
        let started = Date()
        let code = CLI.run(
            ["check", export.path, "--probe-images", "--probe-timeout", "0.5", "--fail-on", "never"],
            console: capture.console)
        #expect(code == .success)
        #expect(Date().timeIntervalSince(started) < 3)
        #expect(capture.out.contains("[images.broken_main] The main image is broken (timed out)"))
    }
}
