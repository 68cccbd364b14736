import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

/// The parts of `evaluate-rules` on a set labelled by pointer that need no real exports: reading the labels, and
/// the errors when the exports cannot be found.
@Suite struct RealListingLabelsTests {
    private static let header = "file,listing_id,half,family,expected\n"

    private static func folder(labels: String) throws -> String {
        let folder = TestPaths.scratch.appendingPathComponent("real-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try labels.write(to: folder.appendingPathComponent("labels.csv"), atomically: true, encoding: .utf8)
        return folder.path
    }

    @Test func readsListingsWithTheirHalfAndFamilies() throws {
        let rows = "a/x.csv,1,dev,size,1\na/x.csv,1,dev,colour,0\nb/y.csv,1,test,size,0\n"
        let folder = try Self.folder(labels: Self.header + rows)
        let labels = try RealListingLabels.read(path: folder + "/labels.csv")
        #expect(labels.entries.map(\.file) == ["a/x.csv", "b/y.csv"])
        #expect(labels.entries[0].expected == ["size": true, "colour": false])
        #expect(labels.entries[1].half == .test)
        #expect(labels.families == ["size", "colour"])
        #expect(RealListingLabels.describes(path: folder + "/labels.csv"))
    }

    @Test func anExportInBothHalvesIsRefusedWithItsLine() throws {
        let folder = try Self.folder(labels: Self.header + "a/x.csv,1,dev,size,1\na/x.csv,2,test,size,0\n")
        let path = folder + "/labels.csv"
        #expect(throws: IngestError.unusableData(
            location: SourceLocation(file: path, line: 3, column: 3),
            reason: "a/x.csv is in both halves: the halves are split by shop, so an export is in one")
        ) { try RealListingLabels.read(path: path) }
    }

    @Test func anUnknownHalfIsRefused() throws {
        let folder = try Self.folder(labels: Self.header + "a/x.csv,1,train,size,1\n")
        #expect(throws: IngestError.self) { try RealListingLabels.read(path: folder + "/labels.csv") }
    }

    @Test func aMissingExportsFolderIsAClearErrorInEitherLanguage() throws {
        let folder = try Self.folder(labels: Self.header + "a/x.csv,1,dev,size,1\n")
        let capture = CapturingConsole()
        let code = CLI.run(["evaluate-rules", folder, "--exports", "/nonexistent/exports"], console: capture.console)
        #expect(code == .dataError)
        #expect(capture.err.contains("/nonexistent/exports: the real exports folder is not there"))
        #expect(capture.err.contains("--exports DIR"))
        let chinese = CapturingConsole()
        let zhCode = CLI.run(
            ["evaluate-rules", folder, "--exports", "/nonexistent/exports", "--lang", "zh"], console: chinese.console)
        #expect(zhCode == .dataError)
        #expect(chinese.err.hasPrefix("错误：/nonexistent/exports：没有找到真实导出文件夹"))
    }

    @Test func aSetInNoRepositoryMustNameItsExports() throws {
        let folder = try Self.folder(labels: Self.header + "a/x.csv,1,dev,size,1\n")
        #expect(RealListingEvaluator.defaultExports(forLabelsIn: folder) == nil)
        let capture = CapturingConsole()
        #expect(CLI.run(["evaluate-rules", folder], console: capture.console) == .usage)
        #expect(capture.err.contains("name them with '--exports'"))
    }

    @Test func theDefaultExportsAreBesideTheRepository() {
        let corpus = TestPaths.corpus.appendingPathComponent("labelled-real-listings").path
        let expected = TestPaths.shared.appendingPathComponent("real-exports").standardizedFileURL.path
        #expect(RealListingEvaluator.defaultExports(forLabelsIn: corpus) == expected)
    }

    @Test func exportsAndHalfAreRefusedForASetWithItsOwnListings() {
        let synthetic = TestPaths.corpus.appendingPathComponent("labelled-listings").path
        let capture = CapturingConsole()
        #expect(CLI.run(["evaluate-rules", synthetic, "--half", "dev"], console: capture.console) == .usage)
        #expect(capture.err.contains("apply only to a set labelled by pointer"))
    }

    @Test func theSyntheticTableIsInChineseWhenAsked() {
        let synthetic = TestPaths.corpus.appendingPathComponent("labelled-listings").path
        let capture = CapturingConsole()
        #expect(CLI.run(["evaluate-rules", synthetic, "--lang", "zh"], console: capture.console) == .success)
        #expect(capture.out.hasPrefix("规则族        TP  FP  FN  TN     精确率  召回率"))
        #expect(capture.out.contains("已标注商品"))
        #expect(!capture.out.contains("labelled listings"))
    }
}
