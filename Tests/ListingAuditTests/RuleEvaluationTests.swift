import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

@Suite struct RuleEvaluationTests {
    private static let directory = TestPaths.corpus.appendingPathComponent("labelled-listings").path

    /// Every family must reach 0.9 precision and recall on the labelled set.
    @Test func everyFamilyReachesNinetyPercentPrecisionAndRecall() throws {
        let report = try RuleEvaluator.evaluate(directory: Self.directory)
        print(report.table)
        for line in report.disagreements { print(line) }
        #expect(report.listingCount >= 70)
        #expect(Set(report.scores.map(\.family)) == ["description", "size", "colour", "images"])
        for score in report.scores {
            #expect((score.precision ?? 0) >= 0.9, "\(score.family) precision \(score.precision ?? 0)")
            #expect((score.recall ?? 0) >= 0.9, "\(score.family) recall \(score.recall ?? 0)")
        }
    }

    @Test func theSetIsBilingualAndEveryListingIsLabelledForEveryFamily() throws {
        let loaded = try ListingLoader.load(path: Self.directory + "/listings.csv")
        let labels = try ExpectedLabels.read(path: Self.directory + "/labels.csv")
        let chinese = loaded.listings.filter { $0.title.containsCJK }.count
        #expect(chinese * 10 >= loaded.listings.count * 4 && chinese * 10 <= loaded.listings.count * 6)
        #expect(loaded.report.skipped.isEmpty)
        for listing in loaded.listings {
            #expect(labels.byListing[listing.id]?.count == 4, "\(listing.id)")
        }
    }

    @Test func scoresCountEachOutcome() {
        let here = SourceLocation(file: "t.csv", line: 1)
        let listings = [
            Listing(id: "a", title: "Mug", format: .generic, location: here),
            Listing(id: "b", title: "Mug", images: [
                ListingImage(url: "https://c.com/1.jpg", location: here),
                ListingImage(url: "https://c.com/2.jpg", location: here),
                ListingImage(url: "https://c.com/3.jpg", location: here),
            ], format: .generic, location: here),
            Listing(id: "c", title: "Mug", format: .generic, location: here),
        ]
        let labels = ExpectedLabels(byListing: ["a": ["images": true], "b": ["images": true], "c": ["images": false]],
                                    families: ["images"])
        let engine = RuleEngine(rules: [MissingMainImageRule.self])
        let score = RuleEvaluator.evaluate(listings: listings, labels: labels, engine: engine).scores[0]
        #expect(score.truePositives == ["a"])
        #expect(score.falseNegatives == ["b"])
        #expect(score.falsePositives == ["c"])
        #expect(score.precision == 0.5 && score.recall == 0.5)
    }

    @Test func badLabelsNameTheFileLineAndColumn() throws {
        let folder = TestPaths.scratch.appendingPathComponent("labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("labels.csv").path
        let text = "listing_id,family,expected\nA,size,1\nA,colour,yes\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: IngestError.unusableData(
            location: SourceLocation(file: path, line: 3, column: 3), reason: "expected must be 1 or 0, found 'yes'")
        ) { try ExpectedLabels.read(path: path) }
    }

    @Test func commandPrintsTheTableAndReportsMissingDirectories() {
        let capture = CapturingConsole()
        let code = CLI.run(["evaluate-rules", Self.directory], console: capture.console)
        #expect(code == .success)
        #expect(capture.out.hasPrefix("family        TP  FP  FN  TN  precision  recall"))
        #expect(capture.out.contains("colour"))
        let missing = CapturingConsole()
        #expect(CLI.run(["evaluate-rules", "/nonexistent/set"], console: missing.console) == .noInput)
        #expect(missing.err.contains("/nonexistent/set/listings.csv"))
        let usage = CapturingConsole()
        #expect(CLI.run(["evaluate-rules"], console: usage.console) == .usage)
    }
}
