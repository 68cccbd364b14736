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

    /// `ReasonLexicon.combine` as first written: each word trimmed and joined on its own.
    private static func referenceCombine(_ stems: [String], _ endings: [String]) -> [String] {
        stems.flatMap { stem in
            endings.map { ending in
                let stem = stem.hasSuffix(" ") ? String(stem.dropLast()) : stem
                let ending = ending.hasPrefix(" ") ? String(ending.dropFirst()) : ending
                let joinWithSpace = stem.unicodeScalars.last.map { $0.isASCII } ?? false
                return joinWithSpace && !ending.isEmpty ? stem + " " + ending : stem + ending
            }
        }
    }

    @Test func combinedWordsAreThoseJoinedOneByOne() {
        let stems = [
            "", " ", "in a ", "not", "very", "颜色", "还没", "太 ", "size 码", "码 a", "a long stem of several words ",
        ]
        let endings = ["", " ", "small", " for me", "到", " 到", "发货 ", "x", "a much longer ending than fifteen bytes"]
        #expect(ReasonLexicon.combine(stems, endings) == Self.referenceCombine(stems, endings))
        #expect(ReasonLexicon.combine([], endings).isEmpty && ReasonLexicon.combine(stems, []).isEmpty)
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
        return (PhraseBook([PhraseBook.List(entries, selection: .every)]), roles)
    }()

    /// The scan's selection as first written, from every occurrence in `text`: left to right, the longest word at
    /// each position, the next after it ends; but where a word's last characters begin a difference noun and a word
    /// running past it, and a shorter word at its position ends there, that shorter word is read instead (the first
    /// such place).
    private static func referenceSelection(of text: FoldedText) -> [PhraseHit] {
        let occurrences = reference.book.scan(text)[0]
        var selected: [PhraseHit] = []
        var index = 0
        while index < text.bytes.count {
            let starting = occurrences.filter { Int($0.start) == index }
            guard var word = starting.max(by: { $0.end < $1.end }) else {
                index += 1
                continue
            }
            let crossing = occurrences.filter { next in
                next.start > word.start && next.start < word.end && next.end > word.end
                    && occurrences.contains { $0.start == next.start && reference.roles[Int($0.value)] == .gap }
            }
            let splits = crossing.compactMap { next in starting.first { $0.end == next.start } }
            if let shorter = splits.min(by: { $0.end < $1.end }) { word = shorter }
            selected.append(word)
            index = Int(word.end)
        }
        return selected
    }

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
            let expected = Self.referenceSelection(of: folded).map { (Self.reference.roles[Int($0.value)], $0.range) }
            #expect(found.count == expected.count, "\(text)")
            for (one, other) in zip(found, expected) {
                #expect(one.0 == other.0 && one.1 == other.1, "\(text)")
            }
            compared += found.count
        }
        #expect(compared > 10_000)
    }

    /// What a scan reports, comparable: a word with its role, scalar range and byte range, or a clause break.
    private enum Seen: Equatable {
        case word(LexiconRole, Range<Int>, Range<Int>)
        case clauseBreak
    }

    /// The scan as first written: the selected hits (`referenceSelection`), walked scalar by scalar, a hit's
    /// length counted in scalars, the scalars inside a hit skipped, a clause break at any other break scalar.
    private static func referenceEvents(of text: FoldedText) -> [Seen] {
        let hits = Self.referenceSelection(of: text)
        var events: [Seen] = []
        var next = hits.startIndex
        var scalar = 0
        var skipUntil = 0
        text.forEachScalar { value, start, _ in
            defer { scalar += 1 }
            if start < skipUntil { return }
            if next < hits.endIndex, Int(hits[next].start) == start {
                let hit = hits[next]
                next += 1
                skipUntil = hit.range.upperBound
                let length = text.bytes[hit.range].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                events.append(.word(Self.reference.roles[Int(hit.value)], scalar..<(scalar + length), hit.range))
                return
            }
            if ReasonLexicon.isClauseBreak(value) { events.append(.clauseBreak) }
        }
        return events
    }

    /// The scan selects the longest word per position itself, counting scalars and finding clause breaks in the same
    /// walk: its events, in order, are those of the selected hits walked scalar by scalar, in every labelled reason
    /// and comment, every lexicon word, and texts of words run together or split by breaks of every kind.
    @Test func scanReportsTheEventsOfTheSelectedHitsWalkedScalarByScalar() throws {
        var texts = ReasonLexicon.groups.flatMap(\.words)
        let folder = TestPaths.corpus.appendingPathComponent("labelled-refunds")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }
        for file in files {
            let evaluation = try ReasonEvaluation.run(path: folder.appendingPathComponent(file).path)
            texts += evaluation.rows.flatMap { [$0.sample.reason, $0.sample.comment] }
        }
        let words = ReasonLexicon.groups.flatMap(\.words)
        let breaks = [",", ".", ";", "!", "?", "\n", "\r", ":", "-", "、", "。", "…", "~", "，", "！", " ", "", "x"]
        var generator = SeededGenerator(seed: 0x33C)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                text += words.randomElement(using: &generator)! + breaks.randomElement(using: &generator)!
            }
            texts.append(text)
        }
        texts += ["", " ", "颜色不对，尺码偏小。", "the colour is off - too small!!", "质量太差~~~", "é😀中a,b", "颜色差别太大"]
        var breaksSeen = 0
        for text in texts {
            let folded = FoldedText(text)
            var events: [Seen] = []
            ReasonLexicon.scan(folded) { event in
                switch event {
                case .hit(let hit): events.append(.word(hit.role, hit.range, hit.bytes))
                case .clauseBreak: events.append(.clauseBreak)
                }
            }
            #expect(events == Self.referenceEvents(of: folded), "\(text)")
            breaksSeen += events.count { $0 == .clauseBreak }
        }
        #expect(breaksSeen > 1_000)
    }

    /// Round 17: where a word's last characters begin a difference noun running past it and a shorter word at its
    /// start ends there, the text is read as the two words (颜色差 "poor colour" in 颜色差别 is 颜色 and 差别, and in
    /// 颜色差别不大 颜色 and the praise 差别不大); other words running past it leave it whole (压坏 in 压坏了).
    @Test func aWordWhoseEndBeginsALongerWordIsCutBeforeIt() {
        func words(_ text: String) -> [String] {
            let folded = FoldedText(text)
            var found: [String] = []
            ReasonLexicon.scan(folded) { event in
                if case .hit(let hit) = event { found.append(String(decoding: folded.bytes[hit.bytes], as: UTF8.self)) }
            }
            return found
        }
        #expect(words("颜色差别太大") == ["颜色", "差别", "太大"])
        #expect(words("颜色差异太大") == ["颜色", "差异", "太大"])
        #expect(words("颜色差，太大") == ["颜色差", "太大"])
        // A text holding a difference noun is walked again for the split, but a word not ending where one begins
        // stays whole there.
        #expect(words("颜色差，差别太大") == ["颜色差", "差别", "太大"])
        #expect(words("颜色差") == ["颜色差"])
        #expect(words("压坏了").first == "压坏")
        #expect(words("颜色差别不大") == ["颜色", "差别不大"])
    }

    /// `scan` finds the shorter word of a split (`split`) among the lengths of the words at its start up to 63
    /// bytes: that is every word that can be split off while no word of more than 63 bytes begins a longer word.
    @Test func noWordOfMoreThan63BytesBeginsALongerWord() {
        var words: [[UInt8]] = []
        for group in ReasonLexicon.groups {
            let spellings = group.words + SpellingVariants.of(group.words)
            words += spellings.map { UTF8Scalars.folded($0.trimmingWhitespace()) }
        }
        // A word that begins another is followed, in byte order, by a word it begins.
        let sorted = Set(words).sorted { $0.lexicographicallyPrecedes($1) }
        for (word, next) in zip(sorted, sorted.dropFirst()) where word.count > 63 {
            #expect(!next.starts(with: word), "\(String(decoding: word, as: UTF8.self))")
        }
        #expect(sorted.count > 1_000)
    }

    /// The reference walk above asks `isClauseBreak` too, so the breaks are held here to the list they were first
    /// written as: ASCII scalars are tested as bits of a mask, every other scalar by comparison.
    @Test func clauseBreaksAreTheListedScalars() {
        let listed: Set<UInt32> = [0x2C, 0x2E, 0x3B, 0x21, 0x3F, 0x0A, 0x0D, 0x3A, 0x2D, 0x3001, 0x3002, 0x2026, 0x7E]
        var found = 0
        for value in UInt32(0)...0x10FFFF {
            if ReasonLexicon.isClauseBreak(value) { found += 1 }
            if ReasonLexicon.isClauseBreak(value) != listed.contains(value) { Issue.record("U+\(value)") }
        }
        #expect(found == listed.count)
    }
}
