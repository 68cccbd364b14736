import Foundation
import Testing

@testable import ListingAudit

/// The reason lexicon is compiled at every audit start, so its build was made cheaper (spellings searched as bytes,
/// folded words deduplicated in a byte table, the phrase book keyed by bytes). These tests hold the
/// cheaper build to the straightforward one it replaced: the same spelling variants, and the same words found with
/// the same roles in every labelled reason and comment and in every lexicon word.
@Suite struct ReasonLexiconBuildTests {
    /// The spelling variants as first written: every pair searched and replaced through `String`.
    private static func referenceVariants(of words: [String]) -> [String] {
        var variants: [String] = []
        for word in words {
            for (first, second) in SpellingVariants.pairs {
                if word.containsExactly(first) { variants.append(word.replacingExactly(first, with: second)) }
                if word.containsExactly(second) { variants.append(word.replacingExactly(second, with: first)) }
            }
        }
        return variants
    }

    /// The lexicon as first compiled: folded words deduplicated in a `Set` of byte arrays, the first role kept.
    private static let reference: (book: PhraseBook, roles: [LexiconRole]) = {
        var roles: [LexiconRole] = []
        var entries: [(text: String, value: Int32)] = []
        var seen = Set<[UInt8]>()
        for group in ReasonLexicon.groups {
            for word in group.words + referenceVariants(of: group.words) {
                let folded = UTF8Scalars.folded(word.trimmingWhitespace())
                guard let first = folded.first, !ReasonLexicon.isClauseBreak(UInt32(first)),
                    seen.insert(folded).inserted
                else { continue }
                entries.append((word, Int32(roles.count)))
                roles.append(group.role)
            }
        }
        return (PhraseBook([PhraseBook.List(entries, selection: .longestCover)]), roles)
    }()

    @Test func spellingVariantsAreThoseOfTheStringSearch() {
        for group in ReasonLexicon.groups {
            #expect(SpellingVariants.of(group.words) == Self.referenceVariants(of: group.words))
        }
        #expect(SpellingVariants.of(["colour is off", "grey mould"]) == ["color is off", "grey mold", "gray mould"])
    }

    @Test func compiledLexiconFindsTheSameWordsAsTheStraightforwardBuild() throws {
        #expect(ReasonLexicon.entryCount == Self.reference.roles.count)
        var texts = ReasonLexicon.groups.flatMap(\.words)
        let folder = TestPaths.corpus.appendingPathComponent("labelled-refunds")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }
        #expect(files.count >= 8)
        for file in files {
            let evaluation = try ReasonEvaluation.run(path: folder.appendingPathComponent(file).path)
            texts += evaluation.rows.flatMap { [$0.sample.reason, $0.sample.comment] }
        }
        var compared = 0
        for text in texts {
            let folded = FoldedText(text)
            var found: [(LexiconRole, Range<Int>)] = []
            ReasonLexicon.scan(folded) { event in
                if case .hit(let hit) = event { found.append((hit.role, hit.bytes)) }
            }
            let expected = Self.reference.book.scan(folded)[0].map { (Self.reference.roles[Int($0.value)], $0.range) }
            #expect(found.count == expected.count, "\(text)")
            for (one, other) in zip(found, expected) {
                #expect(one.0 == other.0 && one.1 == other.1, "\(text)")
            }
            compared += found.count
        }
        #expect(compared > 10_000)
    }
}
