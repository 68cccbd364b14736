import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

/// The refund and order exports are opened (their headers read) before any report is written, to decide the
/// reports' language (`LanguageStage`). An export that cannot be opened still fails the audit with the error its
/// reader gives — file, sheet, line and column, the exit code — at its own stage, after the stages before it; an
/// export on standard input is read once, by its stage, from where the header left it.
@Suite struct ExportsOpenedAheadTests {
    static let binary = TestPaths.root.appendingPathComponent(".build/debug/listing-audit")

    private static let englishListings = TestPaths.corpus.appendingPathComponent("demo-shop-en/products.csv").path
    private static let chineseRefunds = TestPaths.corpus.appendingPathComponent("demo-shop/after-sales.csv")

    /// Refund exports the refund reader refuses: a missing file, a listing export, a listing workbook (the error
    /// names its sheet), binary data (the error names a line and column).
    private static func unreadableRefunds() throws -> [String] {
        let binary = HistoryFixtures.temporaryFolder().appendingPathComponent("refunds.csv")
        try Data((0..<4096).map { UInt8(($0 * 37 + 11) % 256) }).write(to: binary)
        return [
            TestPaths.corpus.appendingPathComponent("missing.csv").path, englishListings,
            TestPaths.corpus.appendingPathComponent("demo-shop-xlsx/商品列表.xlsx").path, binary.path,
        ]
    }

    @Test func anUnreadableRefundExportFailsWithItsReadersError() throws {
        for refunds in try Self.unreadableRefunds() {
            let readerError = #expect(throws: IngestError.self) {
                try TransactionReader<RefundExport>(path: refunds, reading: RefundChunkWork.fields)
            }
            guard let readerError else { continue }
            let out = HistoryFixtures.temporaryFolder().appendingPathComponent("out")
            let options = AuditOptions(
                listingsPath: Self.englishListings, refundsPath: refunds, outputDirectory: out.path,
                generatedAt: Date(timeIntervalSince1970: 0), version: "test")
            #expect(throws: AuditError.ingest(readerError)) { try AuditPipeline.run(options) }
            let capture = CapturingConsole()
            let code = CLI.run(
                ["audit", "--listings", Self.englishListings, "--refunds", refunds, "--out", out.path, "--no-history"],
                console: capture.console)
            #expect(code == ExitCode(readerError) && capture.err == "Error: \(readerError.message(.en))\n")
        }
        let workbook = try Self.unreadableRefunds()[2]
        let refused = #expect(throws: IngestError.self) { try TransactionReader<RefundExport>(path: workbook) }
        #expect(refused?.description.hasPrefix(workbook + "[商品列表]:") == true, "the sheet is named")
    }

    /// The refund export is opened before `findings.csv` is begun, but its failure is its stage's: an output
    /// folder that cannot be written fails the audit first, as when the refunds were opened by their stage.
    @Test func aRefundExportsFailureComesAtItsStage() throws {
        let out = HistoryFixtures.temporaryFolder().appendingPathComponent("a-file")
        try Data("not a folder".utf8).write(to: out)
        let missing = TestPaths.corpus.appendingPathComponent("missing.csv").path
        let options = AuditOptions(
            listingsPath: Self.englishListings, refundsPath: missing, outputDirectory: out.path,
            generatedAt: Date(timeIntervalSince1970: 0), version: "test")
        let error = #expect(throws: AuditError.self) { try AuditPipeline.run(options) }
        guard case .cannotWrite(let path, _)? = error else {
            Issue.record("expected the output folder's error, got \(String(describing: error))")
            return
        }
        #expect(path == out.path)
    }

    /// Runs the built `listing-audit` with `arguments`, the file `input` (or nothing) on its standard input: its exit
    /// status and standard error.
    private func run(_ arguments: [String], input: URL? = nil) throws -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + ["--no-history", "--quiet", "--fail-on", "never"]
        process.standardInput = try input.map(FileHandle.init(forReadingFrom:)) ?? FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, err)
    }

    /// A Chinese refund export of several times the 64 KiB an opened file reads ahead, in `folder`: the demo shop's,
    /// its rows three times over.
    private func chineseRefundStream(in folder: URL) throws -> URL {
        let export = try Data(contentsOf: Self.chineseRefunds)
        let rows = export.suffix(from: try #require(export.firstIndex(of: UInt8(ascii: "\n"))) + 1)
        let file = folder.appendingPathComponent("refunds.csv")
        try (export + rows + rows).write(to: file)
        return file
    }

    /// A Chinese refund export on standard input, with English listings: `refunds.csv` and `findings.csv` are
    /// Chinese, the same as the same refunds read from a file with `--lang zh` give.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func aChineseRefundExportOnStandardInputMakesEveryFileChinese() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let refunds = try chineseRefundStream(in: folder)
        let (piped, chinese) = (folder.appendingPathComponent("piped"), folder.appendingPathComponent("zh"))
        let fromStdin = try run(
            ["audit", "--listings", Self.englishListings, "--refunds", "-", "--out", piped.path], input: refunds)
        #expect(fromStdin.status == 0, "\(fromStdin.err)")
        let fromFile = try run(
            ["audit", "--listings", Self.englishListings, "--refunds", refunds.path, "--out", chinese.path]
                + ["--lang", "zh"])
        #expect(fromFile.status == 0, "\(fromFile.err)")
        for name in ["refunds.csv", "findings.csv", "priorities.csv"] {
            let (left, right) = (piped.appendingPathComponent(name), chinese.appendingPathComponent(name))
            #expect(try Data(contentsOf: left) == Data(contentsOf: right), "\(name)")
        }
    }

    /// Refunds and orders both named `-`: standard input holds one export, which the refunds read to its end, so the
    /// orders find it empty (exit 65) — the order export is not opened ahead of the refunds, taking their rows.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func refundsAndOrdersBothOnStandardInputLeaveTheOrdersEmpty() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        let both = try run(
            ["audit", "--listings", Self.englishListings, "--refunds", "-", "--orders", "-", "--out", out.path],
            input: chineseRefundStream(in: folder))
        #expect(both.status == 65 && both.err == "Error: -:1: the file is empty\n", "\(both.err)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
