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

    /// A marketplace file with no header is read through the mapping `mappings.csv` names for it (columns by
    /// position), and, split by shop, its listings may be in both halves; an export not split by shop may not.
    @Test func anExportNamedInMappingsIsReadThroughItsMappingAndMaySplitByShop() throws {
        let labels = Self.header + "m/shops.csv,A-1,dev,description,1\nm/shops.csv,B-7,test,description,0\n"
        let folder = try Self.folder(labels: labels)
        let exports = folder + "/exports"
        try FileManager.default.createDirectory(atPath: exports + "/m", withIntermediateDirectories: true)
        try "Linen shirt,,Shop A,A-1\nWool jumper,A soft jumper in 100% merino wool.,Shop B,B-7\n"
            .write(toFile: exports + "/m/shops.csv", atomically: true, encoding: .utf8)
        try #"{"header": "none", "listing_id": "4", "title": "1", "description": "2"}"#
            .write(toFile: folder + "/shops.json", atomically: true, encoding: .utf8)
        let inBothHalves = IngestError.unusableData(
            location: SourceLocation(file: folder + "/labels.csv", line: 3, column: 3),
            reason: "m/shops.csv is in both halves: the halves are split by shop, so an export is in one")
        #expect(throws: inBothHalves) { try RealListingEvaluator.evaluate(directory: folder, exports: exports) }
        try "file,mapping,halves\nm/shops.csv,shops.json,by shop\n"
            .write(toFile: folder + "/mappings.csv", atomically: true, encoding: .utf8)
        let report = try RealListingEvaluator.evaluate(directory: folder, exports: exports)
        #expect(report.score("description", on: .dev)?.truePositives == ["m/shops.csv#A-1"])
        #expect(report.score("description", on: .test)?.trueNegatives == 1)
        try "file,mapping,halves\nm/shops.csv,shops.json,by export\n"
            .write(toFile: folder + "/mappings.csv", atomically: true, encoding: .utf8)
        #expect(throws: inBothHalves) { try RealListingEvaluator.evaluate(directory: folder, exports: exports) }
    }

    @Test func aMappingsFileWithAnUnknownSplitIsRefusedWithItsLine() throws {
        let folder = try Self.folder(labels: Self.header + "m/shops.csv,A-1,dev,description,1\n")
        try "file,mapping,halves\nm/shops.csv,shops.json,by brand\n"
            .write(toFile: folder + "/mappings.csv", atomically: true, encoding: .utf8)
        #expect(throws: IngestError.unusableData(
            location: SourceLocation(file: folder + "/mappings.csv", line: 2, column: 3),
            reason: "halves must be 'by export' or 'by shop', found 'by brand'")
        ) { try RealListingMappings.read(directory: folder) }
    }
}
