import Foundation
import Testing
@testable import ListingAudit

/// `Corpus/labelled-refunds/reasons-real.csv`, `reasons-real2.csv` and `reasons-real3.csv`: real buyers' words from
/// `../shared/real-exports`, stored there only as pointers (file and row id) with hand labels. Each text is read at
/// run time and classified as a comment with an empty reason; only the development half's misses are printed (the
/// test half is for measuring, not tuning).
@Suite(.enabled(if: TestPaths.hasRealExports, "../shared/real-exports is absent: the real buyer texts are not here"))
struct ReasonRealTextTests {
    /// Where each pointed-at file lives and which columns hold its row id (`nil`: the row's number, the header
    /// being row 1) and its buyer text.
    private static let sources: [String: (folder: String, key: String?, text: String)] = [
        "online_shopping_10_cats_subset.csv": ("reviews", "source_line", "review"),
        "womens_clothing_ecommerce_reviews_with_text.csv": ("reviews", "source_row", "review_text"),
        "litemall_yanxuan_comments.csv": ("reviews", "comment_id", "content"),
        "jddc_jd_customer_aftersales_utterances.tsv": ("returns", nil, "customer_utterance"),
        "jd_facial_mask_comments_40.csv": ("reviews", nil, "content"),
    ]

    private struct Item {
        let file: String
        let key: String
        let expected: RefundCategory
        let isTest: Bool
    }

    private struct Half {
        var correct = 0
        var total = 0
        var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    @Test func realBuyerTextsAreClassifiedAsLabelled() throws {
        let (dev, test) = try Self.score("reasons-real.csv")
        #expect(dev.total >= 100 && test.total >= 100)
        // Floors at the figures reached (README): first run dev 47, test 54; after the first dev-half round dev 73,
        // test 62; after the second (goods type, close negation, praise and return words) dev 90, test 68; after
        // the families tuned on both real sets' dev halves (issue 11 §3) dev 91, test 68; after the context
        // mechanisms (aspects, concession, hedges, degree negation, bare fit adjectives) dev 94, test 68; after the
        // stated cause of a return counted 3× dev 95, test 68; after verdicts on the goods (`terrible`, 垃圾, `slow`)
        // counted as a weak defect when nothing more specific is said dev 95, test 69; after round 22 (faults named
        // after a complaint that the goods are not what was bought count as one) dev 97, test 69.
        #expect(dev.correct >= 97 && test.correct >= 69)
    }

    /// The second real set, labelled before its first run.
    @Test func secondRealSetIsClassifiedAsLabelled() throws {
        let (dev, test) = try Self.score("reasons-real2.csv")
        #expect(dev.total == 101 && test.total == 99)
        // Floors at the figures reached (README): first run dev 58, test 60; after the families tuned on the dev
        // halves (look on the buyer, garment shape, material, service only alone) dev 71, test 63; after the
        // context mechanisms dev 76, test 63; after the readings of round 6 (烂了, a colour named as a variant,
        // `cut out`, 不太一样, 很少给, `awkward design`) dev 81, test 65; after words of accuracy and the topic a
        // word of praise describes (逼真, `as pictured`, `the fit is perfect`) dev 82, test 65; after verdicts on the
        // goods dev 82, test 66; after round 12 (every form of a defect verb: `pilled`, `fades`; the complaint
        // named as the main one) dev 82, test 68; after round 21 (a fabric's own faults in every form, additions
        // that no longer deny: 不仅, `not only`) dev 82, test 69.
        #expect(dev.correct >= 82 && test.correct >= 69)
    }

    /// The third real set, labelled and committed before its first run (after eleven rounds tuned on the first two
    /// sets' dev halves).
    @Test func thirdRealSetIsClassifiedAsLabelled() throws {
        let (dev, test) = try Self.score("reasons-real3.csv")
        #expect(dev.total == 102 && test.total == 98)
        // Floors at the figures reached (README): first run dev 67, test 57; after round 12 (degree complements,
        // fading verbs spelled out, 而且 as an addition, the complaint named as the main one) dev 71, test 57; after
        // round 15 (worn goods that lose their shape after a sign of use) dev 72, test 57; after round 16 (damage after
        // a sign of use; a difference noun measuring the topic of the clause beside it) dev 74, test 57; after
        // round 22 (a fault weighed against fit named in passing; faults after a first complaint that the goods
        // are not what was bought count as one) dev 75, test 57; after round 23 (a term inside a compound of
        // another sense; a fault feared, not had; an ordered and a received word far apart) dev 75, test 59.
        #expect(dev.correct >= 75 && test.correct >= 59)
    }

    /// Classifies every row of the labelled file `name`, prints the development half's misses and the test half's
    /// confusion counts, and returns both halves' scores.
    private static func score(_ name: String) throws -> (dev: Half, test: Half) {
        let realExports = try #require(TestPaths.realExports)
        let items = try Self.items(name)
        #expect(items.count >= 200)
        var texts: [String: [String: String]] = [:]
        for file in Set(items.map(\.file)) {
            let source = try #require(Self.sources[file], "no source for \(file)")
            let path = realExports.appendingPathComponent("\(source.folder)/\(file)").path
            texts[file] = try Self.texts(path: path, key: source.key, text: source.text)
        }
        let classifier = ReasonClassifier()
        var dev = Half()
        var test = Half()
        var testConfusion: [String: Int] = [:]
        for item in items {
            let text = try #require(texts[item.file]?[item.key], "\(item.file) has no row \(item.key)")
            let category = classifier.classify(reason: "", comment: text).category
            let right = category == item.expected
            if item.isTest {
                test.total += 1
                if right {
                    test.correct += 1
                } else {
                    testConfusion["\(item.expected) → \(category)", default: 0] += 1
                }
            } else {
                dev.total += 1
                if right {
                    dev.correct += 1
                } else {
                    print("\(name) dev miss \(item.file)#\(item.key): \(category), expected \(item.expected)")
                }
            }
        }
        print("\(name) dev \(dev.correct)/\(dev.total), test \(test.correct)/\(test.total)")
        print("\(name) test-half confusion: \(testConfusion.sorted { $0.key < $1.key })")
        return (dev, test)
    }

    /// The labelled pointers of `Corpus/labelled-refunds/<name>`.
    private static func items(_ name: String) throws -> [Item] {
        let path = TestPaths.corpus.appendingPathComponent("labelled-refunds/\(name)").path
        let table = try ExportTable(path: path, options: ReadOptions())
        let columns = try ["file", "key", "expected_category", "split"].map { name in
            try #require(table.index.column(name), "\(path) has no \(name) column")
        }
        var items: [Item] = []
        var report = TransactionLoadReport(path: path, format: "reasons", encoding: .utf8, delimiter: "comma")
        var bad: [String] = []
        try table.forEachRow(report: &report) { record, _ in
            guard let expected = RefundCategory(rawValue: record[columns[2]]) else {
                bad.append("line \(record.line): \(record[columns[2]])")
                return
            }
            items.append(Item(
                file: record[columns[0]], key: record[columns[1]], expected: expected,
                isTest: record[columns[3]] == "test"))
        }
        #expect(bad.isEmpty && report.skipped.isEmpty, "unreadable rows: \(bad)")
        return items
    }

    /// The buyer text of every row of the file at `path`, by row id.
    private static func texts(path: String, key: String?, text: String) throws -> [String: String] {
        let table = try ExportTable(path: path, options: ReadOptions())
        let textColumn = try #require(table.index.column(text), "\(path) has no \(text) column")
        let keyColumn = try key.map { try #require(table.index.column($0), "\(path) has no \($0) column") }
        var texts: [String: String] = [:]
        var number = 1
        var report = TransactionLoadReport(path: path, format: "reasons", encoding: .utf8, delimiter: "comma")
        try table.forEachRow(report: &report) { record, _ in
            number += 1
            texts[keyColumn.map { record[$0] } ?? String(number)] = record[textColumn]
        }
        return texts
    }
}
