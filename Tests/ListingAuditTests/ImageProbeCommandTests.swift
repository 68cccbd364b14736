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
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("probe-audit-\(UUID().uuidString)")
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
}
