import Foundation
import Testing

@testable import ListingAudit

/// The thirty-third round restructured the classifier's cost per text: one scorer per text made in place (no
/// optional scorer copied and destroyed), the clause reset in place and read in the room (no clause swapped in and
/// out), the evidence quoted straight into the answer's list without a second UTF-8 check. These tests hold it to
/// the classifier as it stood before (`ReferenceReasonClassifier`, kept verbatim in the tests): the same category
/// and the same evidence, word for word and in order, for every labelled pair and for seeded texts built from the
/// lexicon's own words with negations, contrasts, concessions, causes and clause breaks, Chinese and English.
@Suite struct ClauseScorerReferenceTests {
    /// The lexicon's words by the kind of their role (`phrase`, `negator`, `contrast`, …), so that a seeded text
    /// draws the rare kinds as often as the common ones.
    private static let wordsByKind: [[String]] = {
        var kinds: [String: [String]] = [:]
        for group in ReasonLexicon.groups {
            let kind = String("\(group.role)".prefix { $0 != "(" })
            kinds[kind, default: []] += group.words
        }
        return kinds.keys.sorted().map { kinds[$0]! }
    }()

    /// Every platform reason name the classifier looks up as a code.
    private static let codeNames: [String] = PlatformReasonTable.all.flatMap { $0.groups.flatMap(\.names) }

    /// What may stand between two words: nothing, spaces, clause breaks of both languages, and words no lexicon
    /// holds.
    private static let joints = [
        "", " ", "  ", "，", ",", "。", ". ", "!", "？", "、", "…", "~", "-", "\n", ";", ":", " and ", " the ",
        " it ", " 的", "了", "有点", " really ", "也", " x ", "2", " 3 ",
    ]

    /// A text of one to `most` lexicon words, each of a kind drawn first, with joints between them.
    private static func seededText(_ random: inout SeededGenerator, most: Int) -> String {
        var text = ""
        for index in 0..<(1 + random.below(most)) {
            if index > 0 || random.below(4) == 0 { text += joints[random.below(joints.count)] }
            let words = wordsByKind[random.below(wordsByKind.count)]
            text += words[random.below(words.count)]
        }
        return random.below(5) == 0 ? text + joints[random.below(joints.count)] : text
    }

    /// Every (reason, comment) pair of the labelled files.
    private static func labelledPairs() throws -> [(reason: String, comment: String)] {
        let folder = TestPaths.corpus.appendingPathComponent("labelled-refunds")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }
        #expect(files.count >= 8)
        var pairs: [(reason: String, comment: String)] = []
        for file in files.sorted() {
            let evaluation = try ReasonEvaluation.run(path: folder.appendingPathComponent(file).path)
            pairs += evaluation.rows.map { ($0.sample.reason, $0.sample.comment) }
        }
        return pairs
    }

    /// Classifies every pair with one room kept over all of them (as `ReasonClassifierCache` keeps one) and
    /// with the reference, and counts the pairs whose answers differ.
    private static func differences(in pairs: [(reason: String, comment: String)]) -> Int {
        let classifier = ReasonClassifier()
        let reference = ReferenceReasonClassifier()
        var room = ClauseScorer.Room()
        var differing = 0
        for (reason, comment) in pairs {
            let answer = classifier.classify(reason: reason, comment: comment, room: &room)
            let expected = reference.classify(reason: reason, comment: comment)
            if answer.category != expected.category || answer.evidence != expected.evidence {
                differing += 1
                Issue.record("\(reason) | \(comment): \(answer) against \(expected)")
            }
        }
        return differing
    }

    @Test func labelledPairsAreAnsweredAsTheReferenceAnswers() throws {
        let pairs = try Self.labelledPairs()
        #expect(pairs.count > 1_000)
        #expect(Self.differences(in: pairs) == 0)
        // Each text alone as the reason, and alone as the comment.
        let texts = pairs.flatMap { [$0.reason, $0.comment] }.filter { !$0.isEmpty }
        #expect(Self.differences(in: texts.map { ($0, "") } + texts.map { ("", $0) }) == 0)
    }

    @Test func seededTextsOfLexiconWordsAreAnsweredAsTheReferenceAnswers() throws {
        var random = SeededGenerator(seed: 0x3833_A001)
        let labelled = try Self.labelledPairs()
        var pairs: [(reason: String, comment: String)] = []
        var withEvidence = 0
        for _ in 0..<6_000 {
            let reason: String
            switch random.below(8) {
            case 0: reason = ""
            case 1: reason = Self.codeNames[random.below(Self.codeNames.count)]
            case 2: reason = labelled[random.below(labelled.count)].reason
            default: reason = Self.seededText(&random, most: 4)
            }
            let comment = random.below(3) == 0 ? "" : Self.seededText(&random, most: 14)
            pairs.append((reason, comment))
            if !ReferenceReasonClassifier().classify(reason: reason, comment: comment).evidence.isEmpty {
                withEvidence += 1
            }
        }
        #expect(withEvidence > 3_000, "the seeded texts mostly find something")
        #expect(Self.differences(in: pairs) == 0)
    }

    /// Evidence of topics and the words that judge them (`颜色…不对`) joined without a second check, and a word
    /// the reason and the comment both give: kept once, and counted toward the comment's four all the same.
    @Test func joinedAndSharedEvidenceIsTheReferences() {
        let pairs: [(String, String)] = [
            ("颜色不对", "颜色不对，颜色不对，尺码不对，质量不好，做工差，颜色偏色，有色差"),
            ("the colour is off", "the colour is off. the size is wrong, the fabric is thin, the color is off"),
            ("SIZE_TOO_SMALL", "尺码偏小，尺码太小了，鞋码不对，小了一码，偏小"),
            ("颜色", "颜色…不对"), ("", "颜色和图片不一样，但是尺码合适"), ("不是质量问题", "虽然尺码合适，但是颜色不对"),
        ]
        #expect(Self.differences(in: pairs) == 0)
        let answer = ReasonClassifier().classify(reason: "", comment: "颜色和图片不一样")
        #expect(answer.evidence.contains { $0.contains("…") }, "a topic and its judging word, joined")
    }

    /// A hostile comment (about 1 MB in some 100,000 clauses, and one clause of 20,000 words) is answered as the
    /// reference answers, by work that grows with the text: each clause's lists are emptied at its break.
    @Test func hostileCommentsAreAnsweredAsTheReferenceAnswers() {
        let clauses = String(repeating: "颜色不对，尺码合适。", count: 50_000)
        let oneClause = String(repeating: "colour size fabric wrong ", count: 20_000)
        #expect(clauses.utf8.count > 1_000_000)
        #expect(Self.differences(in: [("", clauses), ("颜色", oneClause), (oneClause, "")]) == 0)
    }
}
