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

    typealias Floors = [RealListingLabels.Half: [String: (truePositives: Int, falsePositives: Int)]]

    /// The counts measured on the whole set (902 listings) after round 9 (2026-12-07, branch `real45`): 30 dev
    /// listings of JD fashion copy (MEPAVE), the only readable source of no half, and the mechanisms tuned on the dev
    /// half (garments named by `衣服`, `衣身`, `短袖`; a notice about all wooden goods states no material of this
    /// one). The 872 listings before keep their floors.
    private static let floors: Floors = [
        .dev: ["description": (428, 10), "size": (206, 1), "colour": (119, 7), "images": (415, 1)],
        .test: ["description": (158, 14), "size": (86, 2), "colour": (35, 2), "images": (276, 0)],
    ]

    /// The counts measured on the first 872 listings after round 8's 42 test listings (2026-12-07, branch
    /// `real44`): swimwear, earrings, hair pieces and two storage goods, chosen the same way from test-half shops and
    /// labelled before any rule ran on them (no rule changed for them). The 830 listings before keep their floors.
    private static let firstEightRoundsFloors: Floors = [
        .dev: ["description": (395, 10), "size": (177, 1), "colour": (95, 7), "images": (385, 1)],
        .test: ["description": (158, 14), "size": (86, 2), "colour": (35, 2), "images": (276, 0)],
    ]

    /// The counts measured on the first 830 listings after round 8's dev step (2026-12-07, branch `real44`): its 88
    /// dev listings of apparel, shoes, furniture, homeware, bags and jewellery, chosen by the exports' own categories
    /// from dev-half shops, and the mechanisms tuned on them (the README's round 8).
    private static let firstEightRoundsDevFloors: Floors = [
        .dev: ["description": (395, 10), "size": (177, 1), "colour": (95, 7), "images": (385, 1)],
        .test: ["description": (158, 12), "size": (70, 2), "colour": (35, 2), "images": (257, 0)],
    ]

    /// The counts measured on the first 742 listings after round 7 (2026-12-06): its 155 listings of the two
    /// marketplace files read through a column mapping (`mappings.csv`), whose missing descriptions and pictures
    /// the export notes find on every one (no rule changed for them; the 587 listings before keep their floors).
    /// Raised by session 36 (branch `acc36`): a lightness alone as a colour value (`clara`) found on dev (colour 49
    /// → 50 true positives), and one false positive fewer in size and in colour on the test half (care goods and
    /// beauty treatments named after what they serve are not worn: `ProductModifiers`).
    private static let firstSevenRoundsFloors: Floors = [
        .dev: ["description": (314, 10), "size": (123, 0), "colour": (50, 0), "images": (329, 1)],
        .test: ["description": (158, 12), "size": (70, 2), "colour": (35, 2), "images": (257, 0)],
    ]

    /// The counts on the first 587 listings (rounds 1 to 6) after round 6 (2026-12-05): its 104 listings from the
    /// four readable exports no round had used, and the notes for exports with no image address or no description
    /// text (`ExportGap.images`, `.descriptionText`), which found every olist and Zynk listing's missing description
    /// and pictures on dev and 29 listings' missing pictures on the test half. Test-half description precision is
    /// below the 483 listings' (104/116 against 103/114) by one false positive among the round's new test-half
    /// listings (the rules did not change for it): the 483 keep their own floors below.
    private static let firstSixRoundsFloors: Floors = [
        .dev: ["description": (213, 10), "size": (123, 0), "colour": (49, 0), "images": (228, 1)],
        .test: ["description": (104, 12), "size": (70, 3), "colour": (35, 3), "images": (203, 0)],
    ]

    /// The counts on the first 483 listings (rounds 1 to 5, the first 483 of `labels.csv`) after round 5's dev-half
    /// vocabulary (2026-12-04), per half and family: true and false positives. Rounds 4 and 5 came from shops not
    /// tuned on before, so the precision of some families is lower than on the first 320 alone (the README keeps
    /// both). The test half's size
    /// floor was (45, 1) until round 5's vocabulary added one false positive there (the listing was not read; the
    /// README gives the trade-off), then (46, 3) since a size label counts only with its value (session 22: `high
    /// waist` and `plus size` state no size; 32 garments of a dev shop's feed without sizes found, dev labels
    /// unchanged, one more true and one more false positive on the test half, not read; the README gives the
    /// trade-off). The dev half's description floor was (155, 14) until one-line restatements of the title's
    /// material were read as thin (session 18: five more found, no more false).
    private static let firstFiveRoundsFloors: Floors = [
        .dev: ["description": (160, 14), "size": (122, 0), "colour": (48, 4), "images": (175, 1)],
        .test: ["description": (103, 11), "size": (46, 3), "colour": (12, 2), "images": (125, 0)],
    ]

    /// The counts on the first 320 listings (the first rounds, the first 320 of `labels.csv`), measured after the
    /// dev-half tuning of branches realtune10, real10b and real10c (2026-12-03): the first run, on the rules of
    /// 9ab9e6e, was dev 58/14, 28/0, 21/2, 68/31 and test 57/11, 38/0, 8/1, 89/11. The test half's size floor was
    /// (38, 0) until round 5's vocabulary: the one false positive it added on the test half is among these listings;
    /// (38, 1) until session 22's size labels, which added one true and one false positive among them.
    private static let firstRoundsFloors: Floors = [
        .dev: ["description": (110, 3), "size": (81, 0), "colour": (40, 0), "images": (86, 1)],
        .test: ["description": (73, 11), "size": (39, 2), "colour": (8, 1), "images": (100, 0)],
    ]

    @Test func labelsAreWellFormedAndSplitByShop() throws {
        let split = try RealListingMappings.read(directory: Self.directory).exportsSplitByShop
        let labels = try RealListingLabels.read(path: Self.directory + "/labels.csv", splitByShop: split)
        #expect(labels.entries.count >= 902)
        #expect(Set(labels.families) == ["description", "size", "colour", "images"])
        for entry in labels.entries {
            #expect(entry.expected.count == 4, "\(entry.file) \(entry.listingID) lacks a family")
        }
        // A shop is the first word of an export's file name (bilalithelabel_products_export.csv and
        // bilalithelabel_awin_product_feed.csv are one shop); no shop may be in both halves. A marketplace file of
        // many shops (round 7's two, `mappings.csv` says `by shop`) is split by the shop each listing names, which
        // the selection script decides; it is the only kind of export both halves may share.
        #expect(
            split == [
                "marketplace/amazon_us_smartphones_details_100.csv", "zh-shops/jd_facial_mask_search_60_noheader.csv",
            ])
        var halvesOfShop: [String: Set<RealListingLabels.Half>] = [:]
        for entry in labels.entries where !split.contains(entry.file) {
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
        let split = try RealListingMappings.read(directory: Self.directory).exportsSplitByShop
        let labels = try RealListingLabels.read(path: Self.directory + "/labels.csv", splitByShop: split)
        let earlier = [
            (320, Self.firstRoundsFloors), (483, Self.firstFiveRoundsFloors), (587, Self.firstSixRoundsFloors),
            (742, Self.firstSevenRoundsFloors), (830, Self.firstEightRoundsDevFloors),
            (872, Self.firstEightRoundsFloors),
        ]
        let parts = earlier.map { count, floors in
            (count, floors, Set(labels.entries.prefix(count).map { $0.file + "#" + $0.listingID }))
        }
        for (half, families) in Self.floors {
            for (family, floor) in families {
                let score = try #require(report.score(family, on: half), "\(half) \(family) not scored")
                Self.expect(
                    score.truePositives.count, score.falsePositives.count, atLeast: floor, "\(half) \(family)")
                for (count, floors, listings) in parts {
                    let partFloor = try #require(floors[half]?[family])
                    Self.expect(
                        score.truePositives.filter(listings.contains).count,
                        score.falsePositives.filter(listings.contains).count, atLeast: partFloor,
                        "first \(count), \(half) \(family)")
                }
            }
        }
    }

    /// True positives may not fall below the floor's, nor precision below its.
    private static func expect(
        _ truePositives: Int, _ falsePositives: Int, atLeast floor: (truePositives: Int, falsePositives: Int),
        _ name: String
    ) {
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let precisionFloor = Double(floor.truePositives) / Double(floor.truePositives + floor.falsePositives)
        #expect(truePositives >= floor.truePositives, "\(name) recall fell")
        #expect(precision >= precisionFloor - 1e-9, "\(name) precision fell")
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
