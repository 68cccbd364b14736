import Testing

@testable import ListingAudit

/// The text core (`FoldedText`'s fold, `PhraseBook.scan` and the ordering and selection of `PhraseHits`) held to
/// plain references on the texts it meets and on hostile ones: seeded texts of the built-in lexicons' own entries
/// between pieces of every kind (mixed scripts, combining marks, full-width forms, invalid UTF-8 as a reader repairs
/// it), texts of a megabyte, and texts with hits in a hundred lists or a great many length changes. The fold is held
/// to folding each scalar alone; the hits to the book's occurrences (`forEachOccurrence`, the word rule applied)
/// sorted by the library's sort and selected list by list.
@Suite struct TextCoreReferenceTests {
    /// The standard book's entries, each list with a selection and plural rule of its own, so both selections meet
    /// hits of many lists in one text.
    private static let book: PhraseBook = {
        let standard = ListingPhrase.standardBook
        return PhraseBook(
            (0..<standard.listCount).map { list in
                let entries = standard.entries(of: list).map { (String(decoding: $0.bytes, as: UTF8.self), $0.value) }
                return PhraseBook.List(entries, selection: selection(of: list), inflects: list % 3 == 0)
            })
    }()

    private static func selection(of list: Int) -> PhraseBook.Selection {
        list % 2 == 0 ? .every : .longestCover
    }

    /// The lexicons' entries as written texts.
    private static let phrases: [String] = (0..<book.listCount).flatMap { list in
        book.entries(of: list).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// Pieces between the phrases: capitals, full-width letters, digits and punctuation, traditional characters,
    /// accents composed and as combining marks, emoji, spaces of every kind, hyphens between letters, and invalid
    /// UTF-8 (a lone continuation byte, a truncated character, an overlong form) decoded as a reader repairs it.
    private static let pieces: [String] = [
        "", " ", ", ", "-", "a", "S", "es", "7", "Ｔ恤", "ＸＬ", "６０", "！", "，", "。", "發貨", "顏色", "e\u{301}",
        "E\u{300}\u{323}", "É", "İ", "ß", "Σ", "K", "😀", "👍🏽", "\u{3000}", "\u{A0}", "“", "’", "×", "–", "〜", "T-SHIRT",
        "best-before", "한국어", "カタカナ", "Ⱥ", "\u{212A}", String(decoding: [0x80], as: UTF8.self),
        String(decoding: [0xE4, 0xBD], as: UTF8.self), String(decoding: [0xC0, 0xAF, 0x41], as: UTF8.self),
    ]

    /// A seeded text of about `bytes` UTF-8 bytes: phrases and pieces, some phrases in capitals or full width.
    private static func text(bytes: Int, _ generator: inout SeededGenerator) -> String {
        var text = ""
        while text.utf8.count < bytes {
            switch generator.below(6) {
            case 0: text += pieces[generator.below(pieces.count)]
            case 1: text += phrases[generator.below(phrases.count)].uppercased()
            case 2: text += fullWidth(phrases[generator.below(phrases.count)])
            default: text += phrases[generator.below(phrases.count)]
            }
            text += pieces[generator.below(pieces.count)]
        }
        return text
    }

    /// `text` with its ASCII letters, digits and punctuation in full width.
    private static func fullWidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            scalars.append(value > 0x20 && value < 0x7F ? Unicode.Scalar(value + 0xFEE0)! : scalar)
        }
        return String(scalars)
    }

    /// Every list's hits in `folded`: the occurrences the word rule admits, sorted by list, then start, the longer
    /// first, by the library's sort, and each list's selection applied.
    private static func referenceHits(_ folded: FoldedText) -> [PhraseHit] {
        var occurrences: [PhraseHit] = []
        folded.bytes.withUnsafeBufferPointer { bytes in book.forEachOccurrence(in: bytes) { occurrences.append($0) } }
        occurrences.sort { ($0.list, $0.start, $1.end) < ($1.list, $1.start, $0.end) }
        var kept: [PhraseHit] = []
        var after: (list: UInt16, end: Int32) = (.max, -1)
        for hit in occurrences {
            if hit.list != after.list { after = (hit.list, -1) }
            if selection(of: Int(hit.list)) == .longestCover {
                guard hit.start >= after.end else { continue }
                after.end = hit.end
            }
            kept.append(hit)
        }
        return kept
    }

    /// Folds and scans `text` and compares both with the references; returns the hit count.
    @discardableResult
    private static func expectReference(_ text: String, _ label: String) -> Int {
        let folded = FoldedText(text)
        let expected = FoldFastPathTests.reference(text)
        #expect(folded.bytes == expected.bytes, "\(label): folded bytes")
        let wrong = expected.offsets.filter { folded.sourceOffset($0.folded) != $0.source }
        #expect(wrong.isEmpty, "\(label): offsets \(wrong.prefix(3))")
        let hits = book.scan(folded)
        let all = Array(hits[0..<book.listCount])
        let reference = referenceHits(folded)
        #expect(all == reference, "\(label): \(all.count) hits, \(reference.count) expected")
        for list in 0..<book.listCount {
            let listHits = reference.filter { Int($0.list) == list }
            #expect(Array(hits[list]) == listHits && hits.contains(list) == !listHits.isEmpty, "\(label): \(list)")
        }
        return reference.count
    }

    @Test func seededTextsOfLexiconEntriesFoldAndScanAsTheReferences() {
        var generator = SeededGenerator(seed: 0x39B)
        var most = 0
        for round in 0..<400 {
            let text = Self.text(bytes: 1 + generator.below(round % 4 == 0 ? 2_000 : 200), &generator)
            most = max(most, Self.expectReference(text, "text \(round)"))
        }
        // Some texts have more hits than `scan` holds on the stack, and more than one list orders by insertion.
        #expect(most > PhraseBook.roomHits)
    }

    @Test func megabyteTextsFoldAndScanAsTheReferences() {
        var generator = SeededGenerator(seed: 0x39B1)
        let mixed = Self.text(bytes: 1 << 20, &generator)
        let hits = Self.expectReference(mixed, "a megabyte of mixed text")
        #expect(hits > 10_000)
        // One list's hits by the thousand: a word repeated, in a list that keeps every hit and one that covers.
        let word = Self.phrases.first { $0.utf8.count > 4 && $0.unicodeScalars.allSatisfy { $0.value < 0x80 } }!
        Self.expectReference(String(repeating: word + " ", count: (1 << 20) / (word.utf8.count + 1)), "one word")
    }

    /// Hits in a hundred lists, the texts naming them in every order: the lists with a hit are put in order among
    /// themselves, and a list's hits stay together whatever lists lie between them in the text.
    @Test func hitsOfAHundredListsComeByListInAnyTextOrder() {
        let words = (0..<100).map { "w\($0)x" }
        let book = PhraseBook(
            words.indices.map { index in
                PhraseBook.List(
                    words: [words[index], words[(index + 1) % 100]],
                    selection: index % 2 == 0 ? .every : .longestCover)
            })
        var generator = SeededGenerator(seed: 0x39B2)
        for round in 0..<50 {
            let order = round == 0 ? Array((0..<100).reversed()) : (0..<100).shuffled(using: &generator)
            let text = order.map { words[$0] }.joined(separator: " ")
            let hits = book.scan(FoldedText(text))
            var expected: [PhraseHit] = []
            for list in 0..<100 {
                let ranges = [list, (list + 1) % 100].map { word in
                    let position = order.firstIndex(of: word)!
                    let offset = order[..<position].reduce(0) { $0 + words[$1].utf8.count + 1 }
                    return Int32(offset)..<Int32(offset + words[word].utf8.count)
                }
                for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                    let (start, end) = (range.lowerBound, range.upperBound)
                    expected.append(PhraseHit(list: UInt16(list), value: 0, start: start, end: end))
                }
            }
            #expect(Array(hits[0..<100]) == expected, "round \(round)")
            #expect((0..<100).allSatisfy { hits.contains($0) && hits[$0].count == 2 }, "round \(round)")
        }
    }

    /// Texts with as many length changes as the fold's room holds, one fewer and one more, and many roomfuls:
    /// every scalar's offset as written and every quote come out the same.
    @Test func lengthChangesAroundTheFoldsRoomKeepEveryOffset() {
        let pairs = LengthChanges.roomValues / 2
        for changes in [1, pairs - 1, pairs, pairs + 1, 2 * pairs, 2 * pairs + 1, 10 * pairs + 3] {
            for piece in ["，a", "Ｔ", "Ⱥé", "\u{3000}红"] {
                let text = String(repeating: piece, count: changes)
                Self.expectReference(text, "\(changes) × \(piece)")
                let folded = FoldedText(text)
                var quoted = ""
                folded.forEachScalar { _, start, width in quoted += folded.quote(start..<(start + width)) }
                #expect(quoted == text, "\(changes) × \(piece)")
            }
        }
    }
}
