import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

/// `Corpus/labelled-real-listings`: real listings in `../shared/real-exports`, labelled by pointer per rule family.
/// The scores are held to the last measured figures (a floor, so a regression fails); the 0.95 bar of issue 10 is
/// the tuning still to do and is not asserted. Only the dev half's disagreements are printed: the test half is
/// measured, never tuned on.
@Suite(.enabled(if: TestPaths.hasRealExports, "../shared/real-exports is absent: the labelled listings are there"))
struct RealListingEvaluationTests {
    private static let directory = TestPaths.corpus.appendingPathComponent("labelled-real-listings").path

    /// The counts measured after the dev-half tuning of branches realtune10, real10b and real10c (2026-12-03), per
    /// half and family: true and false positives (the first run, on the rules of 9ab9e6e, was dev 58/14, 28/0, 21/2,
    /// 68/31 and test 57/11, 38/0, 8/1, 89/11; the README of the set keeps both).
    private static let floors: [RealListingLabels.Half: [String: (truePositives: Int, falsePositives: Int)]] = [
        .dev: ["description": (110, 3), "size": (81, 0), "colour": (40, 0), "images": (86, 1)],
        .test: ["description": (73, 11), "size": (38, 0), "colour": (8, 1), "images": (100, 0)],
    ]

    @Test func labelsAreWellFormedAndSplitByShop() throws {
        let labels = try RealListingLabels.read(path: Self.directory + "/labels.csv")
        #expect(labels.entries.count >= 300)
        #expect(Set(labels.families) == ["description", "size", "colour", "images"])
        for entry in labels.entries {
            #expect(entry.expected.count == 4, "\(entry.file) \(entry.listingID) lacks a family")
        }
        // A shop is the first word of an export's file name (bilalithelabel_products_export.csv and
        // bilalithelabel_awin_product_feed.csv are one shop); no shop may be in both halves.
        var halvesOfShop: [String: Set<RealListingLabels.Half>] = [:]
        for entry in labels.entries {
            let name = entry.file.split(separator: "/").last.map(String.init) ?? entry.file
            halvesOfShop[String(name.prefix { $0 != "_" && $0 != "." }), default: []].insert(entry.half)
        }
        #expect(halvesOfShop.filter { $0.value.count > 1 }.isEmpty)
        let dev = labels.entries.filter { $0.half == .dev }
        #expect(dev.count * 10 >= labels.entries.count * 4 && dev.count * 10 <= labels.entries.count * 6)
        let chinese = labels.entries.filter { $0.file.hasPrefix("zh-shops/") }
        #expect(chinese.count * 4 >= labels.entries.count, "only \(chinese.count) Chinese listings")
        #expect(Set(chinese.map(\.half)) == [.dev, .test], "Chinese shops must be in both halves")
        #expect(labels.files.count >= 10)
    }

    /// Every labelled id exists in its export (the evaluation throws otherwise) and no family scores below the
    /// floors on either half.
    @Test func noFamilyScoresBelowTheFloors() throws {
        let exports = try #require(TestPaths.realExports).path
        let report = try RealListingEvaluator.evaluate(directory: Self.directory, exports: exports)
        print(report.table(.en))
        for disagreement in report.disagreements where disagreement.half == .dev {
            print(disagreement.line(.en))
        }
        for (half, families) in Self.floors {
            for (family, floor) in families {
                let score = try #require(report.score(family, on: half), "\(half) \(family) not scored")
                let recallFloor = floor.truePositives
                let precisionFloor = Double(floor.truePositives) / Double(floor.truePositives + floor.falsePositives)
                #expect(score.truePositives.count >= recallFloor, "\(half) \(family) recall fell")
                #expect((score.precision ?? 0) >= precisionFloor - 1e-9, "\(half) \(family) precision fell")
            }
        }
    }

    @Test func commandScoresOneHalfWhenAsked() {
        let capture = CapturingConsole()
        let code = CLI.run(
            ["evaluate-rules", Self.directory, "--half", "dev", "--details"], console: capture.console)
        #expect(code == .success)
        #expect(capture.out.hasPrefix("dev half:\nfamily        TP  FP  FN  TN  precision  recall"))
        #expect(!capture.out.contains("test half:"))
        #expect(!capture.out.contains("\ntest  "))
        #expect(capture.out.contains("expected 1, got 0") || capture.out.contains("expected 0, got 1"))
        let chinese = CapturingConsole()
        #expect(CLI.run(["evaluate-rules", Self.directory, "--lang", "zh"], console: chinese.console) == .success)
        #expect(chinese.out.hasPrefix("开发集：\n规则族"))
        #expect(chinese.out.contains("测试集："))
    }
}
