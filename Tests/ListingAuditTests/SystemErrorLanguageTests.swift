import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

/// What the system says when a file cannot be read or written reaches the user in the run's language: Chinese runs
/// get the reason in Chinese (it printed `无法读取：Not a directory`), English runs the system's own words, for every
/// error number a file operation gives and for Foundation's file errors; and the history warnings and the verbose
/// input lines of `audit` are said in both languages too.
@Suite struct SystemErrorLanguageTests {
    private func run(_ arguments: [String]) -> (ExitCode, String, String) {
        CapturingConsole.run(arguments)
    }

    private func temporaryFolder() throws -> URL {
        let url = TestPaths.scratch.appendingPathComponent("system-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every error number from 1 to 150: Chinese without a Latin word, English as `strerror` says it.
    @Test func everyErrorNumberIsSaidInBothLanguages() {
        for code in Int32(1)...150 {
            let reason = SystemError.reason(code)
            #expect(reason.en == String(cString: strerror(code)), "\(code)")
            #expect(BilingualOutputTests.untranslatedWords(reason.zh).isEmpty, "\(code): \(reason.zh)")
            #expect(BilingualOutputTests.hasHan(reason.zh), "\(code): \(reason.zh)")
        }
        #expect(SystemError.reason(ENOSPC).zh == "磁盘空间不足")
        #expect(SystemError.reason(9999).zh == "系统错误（代码 9999）")
    }

    /// Foundation's file errors carry the POSIX error directly, underneath, or as a Cocoa code.
    @Test func foundationFileErrorsAreReadForTheirPosixReason() throws {
        let missing = TestPaths.scratch.appendingPathComponent("absent-\(UUID().uuidString)/file.json")
        do {
            _ = try Data(contentsOf: missing)
            Issue.record("reading a missing file succeeded")
        } catch {
            #expect(SystemError.reason(error) == SystemError.reason(ENOENT))
        }
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [
            NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC)),
        ])
        #expect(SystemError.reason(wrapped) == SystemError.reason(ENOSPC))
        #expect(SystemError.reason(CocoaError(.fileWriteNoPermission)) == SystemError.reason(EACCES))
        #expect(SystemError.reason(NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS))) == SystemError.reason(EROFS))
        let other = SystemError.reason(NSError(domain: "Elsewhere", code: 7))
        #expect(other.zh == "系统错误（代码 7）")
    }

    /// A listing file named under a regular file cannot be opened (`ENOTDIR`): said in Chinese in a Chinese run,
    /// in the system's words in an English one, exit 66 both ways.
    @Test func aFileThatCannotBeOpenedIsSaidInTheRunsLanguage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("listings.csv")
        try Data("listing_id,title\nA1,Lamp\n".utf8).write(to: file)
        let under = file.path + "/listings.csv"
        let (zhCode, _, zhErr) = run(["check", under, "--lang", "zh"])
        #expect(zhCode == .noInput)
        #expect(zhErr.contains("\(under)：无法读取：路径中有一项不是文件夹"), "\(zhErr)")
        BilingualOutputTests.expectChinese(zhErr, "check of a path under a file")
        let (enCode, _, enErr) = run(["check", under, "--lang", "en"])
        #expect(enCode == .noInput)
        #expect(enErr.contains("\(under): cannot read: \(String(cString: strerror(ENOTDIR)))"), "\(enErr)")
        #expect(throws: IngestError.unreadable(path: folder.path, reason: SystemError.reason(EISDIR))) {
            _ = try DelimitedFile(path: folder.path)
        }
    }

    /// An output file under a regular file: `check -o` says so in both languages.
    @Test func anOutputFileThatCannotBeCreatedIsSaidInTheRunsLanguage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let listings = folder.appendingPathComponent("listings.csv")
        try Data("listing_id,title\nA1,Lamp\n".utf8).write(to: listings)
        let output = listings.path + "/findings.csv"
        let (zhCode, _, zhErr) = run(["check", listings.path, "-o", output, "--lang", "zh"])
        #expect(zhCode == .cannotCreate)
        #expect(zhErr.contains("\(listings.path) 是文件，不是文件夹"), "\(zhErr)")
        BilingualOutputTests.expectChinese(zhErr, "check -o under a file")
        let (_, _, enErr) = run(["check", listings.path, "-o", output, "--lang", "en"])
        #expect(enErr.contains("\(listings.path) is a file, not a folder"), "\(enErr)")
    }

    /// A damaged history snapshot is skipped with a warning in the audit's language, and `--verbose` lists the
    /// inputs in it (the Chinese demo shop in Chinese, the English one in English). The format and encoding in
    /// brackets are ids as `--as` and `--encoding` take them (`chinese-shop`, `utf-8`), so they are left out of the
    /// check for English words.
    @Test func historyWarningsAndInputLinesAreSaidInTheRunsLanguage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let history = folder.appendingPathComponent("history")
        try FileManager.default.createDirectory(at: history, withIntermediateDirectories: true)
        let damaged = history.appendingPathComponent("audit-2020-01-06.json")
        try Data(#"{"schema": 1, "date": "2020-01-06", "listi"#.utf8).write(to: damaged)
        for language in ["zh", "en"] {
            let out = folder.appendingPathComponent("out-\(language)").path
            let (code, stdout, stderr) = run([
                "audit", TestPaths.corpus.appendingPathComponent(language == "zh" ? "demo-shop" : "demo-shop-en").path,
                "--out", out, "--history", history.path, "--date", "2020-01-13",
                "--fail-on", "never", "--verbose", "--color", "never", "--lang", language,
            ])
            #expect(code == .success, "\(stderr)")
            if language == "zh" {
                #expect(stderr.contains("警告：已跳过审计历史快照 \(damaged.path)：快照不完整（被截断或已损坏）"), "\(stderr)")
                #expect(stdout.contains("商品导出："), "\(stdout)")
                BilingualOutputTests.expectChinese(stderr, "history warning")
                let inputs = stdout.split(separator: "\n").filter { $0.contains("导出：") }
                #expect(inputs.count >= 2, "\(stdout)")
                for line in inputs {
                    let words = line.replacingOccurrences(of: "（[^）]*）", with: "", options: .regularExpression)
                    BilingualOutputTests.expectChinese(words, "verbose input line")
                }
            } else {
                #expect(stderr.contains("warning: skipped audit history snapshot \(damaged.path): not a complete"))
                #expect(stdout.contains("listings: "), "\(stdout)")
                BilingualOutputTests.expectEnglish(stderr + stdout, "history warning and input lines")
            }
        }
    }
}
