import Testing

@testable import ListingAudit

/// `PhraseBook.scan` against a plain reference: every slice of the folded text looked up among every list's entries,
/// the word rule applied scalar by scalar, the hits sorted by a library sort and each list's selection applied. The
/// book is the built-in lexicons' phrases, each list four times (every / longest cover, with and without plurals),
/// so texts have hits in many lists at once.
@Suite struct PhraseHitsTests {
    private static let selections: [(PhraseBook.Selection, inflects: Bool)] = [
        (.every, false), (.every, true), (.longestCover, false), (.longestCover, true),
    ]

    private static let book: PhraseBook = {
        let standard = ListingPhrase.standardBook
        var lists: [PhraseBook.List] = []
        for list in 0..<standard.listCount {
            let entries = standard.entries(of: list).map { (String(decoding: $0.bytes, as: UTF8.self), $0.value) }
            for (selection, inflects) in selections {
                lists.append(PhraseBook.List(entries, selection: selection, inflects: inflects))
            }
        }
        return PhraseBook(lists)
    }()

    /// Every list entry by its folded bytes, and the entries' distinct lengths.
    private static let entries: (byBytes: [[UInt8]: [(list: UInt16, value: Int32)]], lengths: [Int]) = {
        var byBytes: [[UInt8]: [(list: UInt16, value: Int32)]] = [:]
        for list in 0..<book.listCount {
            for (bytes, value) in book.entries(of: list) { byBytes[bytes, default: []].append((UInt16(list), value)) }
        }
        return (byBytes, Set(byBytes.keys.map(\.count)).sorted())
    }()

    /// Each list's hits in `text`, found naively; and how many occurrences passed the word rule before selection.
    private static func reference(_ text: [UInt8]) -> (hits: [[PhraseHit]], occurrences: Int) {
        let (byBytes, lengths) = entries
        var raw: [PhraseHit] = []
        for end in 0...text.count {
            for length in lengths where length <= end {
                let start = end - length
                guard let members = byBytes[Array(text[start..<end])] else { continue }
                let pattern = Array(String(decoding: text[start..<end], as: UTF8.self).unicodeScalars)
                let startsWord =
                    !(TextFold.isWordLetter(pattern.first!.value) || TextFold.isDigit(pattern.first!.value))
                    || !isLetter(lastScalarOf: text[..<start])
                let needsEnd = TextFold.isWordLetter(pattern.last!.value)
                guard startsWord else { continue }
                for (list, value) in members {
                    let inflects = selections[Int(list) % selections.count].inflects
                    let endsWord =
                        !needsEnd || !isLetter(firstScalarOf: text[end...])
                        || inflects && (isPlural(text[end...], "s") || isPlural(text[end...], "es"))
                    guard endsWord else { continue }
                    raw.append(PhraseHit(list: list, value: value, start: Int32(start), end: Int32(end)))
                }
            }
        }
        let sorted = raw.sorted { ($0.list, $0.start, $1.end) < ($1.list, $1.start, $0.end) }
        var hits = [[PhraseHit]](repeating: [], count: book.listCount)
        var after = [Int32](repeating: -1, count: book.listCount)
        for hit in sorted {
            let list = Int(hit.list)
            if selections[list % selections.count].0 == .longestCover {
                guard hit.start >= after[list] else { continue }
                after[list] = hit.end
            }
            hits[list].append(hit)
        }
        return (hits, raw.count)
    }

    private static func isLetter(lastScalarOf bytes: ArraySlice<UInt8>) -> Bool {
        guard let last = String(decoding: bytes, as: UTF8.self).unicodeScalars.last else { return false }
        return TextFold.isWordLetter(last.value)
    }

    private static func isLetter(firstScalarOf bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = String(decoding: bytes, as: UTF8.self).unicodeScalars.first else { return false }
        return TextFold.isWordLetter(first.value)
    }

    /// Whether `ending` and then no letter follow.
    private static func isPlural(_ bytes: ArraySlice<UInt8>, _ ending: String) -> Bool {
        bytes.starts(with: ending.utf8) && !isLetter(firstScalarOf: bytes.dropFirst(ending.utf8.count))
    }

    /// Compares every list's hits, the hits of each run of up to four lists (`hits[range]`), and `contains` /
    /// `isEmpty`, with the reference; returns the occurrences counted. `scanned` is the text's hits as found
    /// (`book.scan` of the text alone when `nil`).
    @discardableResult
    private static func expectSameHits(_ text: String, scanned: PhraseHits? = nil) -> Int {
        let folded = FoldedText(text)
        let hits = scanned ?? book.scan(folded)
        let (expected, occurrences) = reference(folded.bytes)
        for list in 0..<book.listCount {
            #expect(Array(hits[list]) == expected[list], "list \(list) in \(text)")
            #expect(hits.contains(list) == !expected[list].isEmpty, "list \(list) in \(text)")
            for end in list...min(list + 4, book.listCount) {
                #expect(
                    Array(hits[list..<end]) == expected[list..<end].flatMap { $0 },
                    "lists \(list)..<\(end) in \(text)")
            }
        }
        #expect(hits.isEmpty == expected.allSatisfy(\.isEmpty), "\(text)")
        return occurrences
    }

    /// Every list entry of the book, as text.
    private static let phrases = (0..<book.listCount).flatMap { book.entries(of: $0) }.map {
        String(decoding: $0.bytes, as: UTF8.self)
    }

    /// A text of up to `parts` phrases of the book and fillers between them.
    private static func randomText(_ random: inout SeededGenerator, parts: Int = 24) -> String {
        let fillers = ["", " ", " ", "s", "es", "a", "-", "7", "é", "中", "x", "S ", ", "]
        var text = ""
        for _ in 0..<(1 + random.below(parts)) {
            let filler = random.below(3) == 0
            text += filler ? fillers[random.below(fillers.count)] : phrases[random.below(phrases.count)]
            text += fillers[random.below(fillers.count)]
        }
        return text
    }

    @Test func randomTextsOfLexiconPhrasesGetTheReferenceHits() {
        var random = SeededGenerator(seed: 27)
        var fewest = Int.max
        var most = 0
        for _ in 0..<300 {
            let text = Self.randomText(&random)
            let occurrences = Self.expectSameHits(text)
            fewest = min(fewest, occurrences)
            most = max(most, occurrences)
        }
        // Both ways of ordering are taken: a few hits (by insertion) and many (the library's sort).
        #expect(fewest <= 64 && most > 64)
        // Texts with more hits than `scan` holds on the stack go on into an array.
        #expect(most > PhraseBook.roomHits)
        // Both ways of finding a list are taken: the lists below 64 told by their bit, the others searched for.
        #expect(Self.book.listCount > 64)
    }

    /// Two texts scanned together (a listing's title and description), whose kept hits share one array when both
    /// have some and all fit a room on the stack, get each text's reference hits: pairs of random texts, empty
    /// texts, texts with more occurrences than a room and pairs that keep more than a room among them.
    @Test func twoTextsScannedTogetherGetEachTextsReferenceHits() {
        var random = SeededGenerator(seed: 45)
        var (shared, tooManyKept, overflowing, empty) = (0, 0, 0, 0)
        for round in 0..<200 {
            let first = round % 10 == 0 ? "" : Self.randomText(&random, parts: round % 3 == 0 ? 24 : 8)
            let second = round % 10 == 5 ? "" : Self.randomText(&random, parts: round % 4 == 0 ? 24 : 8)
            let (firstHits, secondHits) = Self.book.scan(FoldedText(first), FoldedText(second))
            let occurrences = [
                Self.expectSameHits(first, scanned: firstHits), Self.expectSameHits(second, scanned: secondHits),
            ]
            let kept = [firstHits, secondHits].map { $0[0..<Self.book.listCount].count }
            if occurrences.contains(where: { $0 > PhraseBook.roomHits }) {
                overflowing += 1
            } else if occurrences.contains(0) {
                empty += 1
            } else if kept.reduce(0, +) <= PhraseBook.roomHits {
                shared += 1
            } else {
                tooManyKept += 1
            }
        }
        // Every way is taken: one array for both; each text on its own because a text is past its room, has no
        // hits, or the two keep more than a room holds.
        #expect(
            shared > 20 && overflowing > 20 && empty > 20 && tooManyKept > 0,
            "\(shared), \(overflowing), \(empty), \(tooManyKept)")
    }

    /// Hits of one list at one start (`red`, `red dress`, `red dress shirt`) are ordered longer first although the
    /// scan reports the shorter first, in a few hits (ordered by insertion) and in more than `scan`'s room and the
    /// insertion limit (the library's sort); the longest cover keeps the longest, the next hit starting after it.
    @Test func hitsAtOneStartComeLongerFirstInFewAndInManyHits() {
        let words = ["red", "red dress", "red dress shirt", "dress", "dress shirt", "shirt"]
        let book = PhraseBook([
            PhraseBook.List(words: words, selection: .every), PhraseBook.List(words: words, selection: .longestCover),
        ])
        for repeats in [1, 3, 12] {
            let text = Array(repeating: "red dress shirt", count: repeats).joined(separator: ", ")
            let hits = book.scan(FoldedText(text))
            var every: [Range<Int>] = []
            var cover: [Range<Int>] = []
            for start in stride(from: 0, to: text.utf8.count, by: 17) {
                let ranges = [0..<15, 0..<9, 0..<3, 4..<15, 4..<9, 10..<15]
                every += ranges.map { ($0.lowerBound + start)..<($0.upperBound + start) }
                cover.append(start..<(start + 15))
            }
            #expect(hits[0].map(\.range) == every, "\(repeats)")
            #expect(hits[1].map(\.range) == cover, "\(repeats)")
            // Both lists gather every occurrence before their selection.
            #expect((2 * every.count > PhraseBook.roomHits) == (repeats == 12))
        }
    }

    @Test func everyLexiconPhraseGetsTheReferenceHits() {
        let distinct = Array(Set(Self.phrases)).sorted()
        #expect(distinct.count > 1000)
        for first in stride(from: 0, to: distinct.count, by: 8) {
            Self.expectSameHits(distinct[first..<min(first + 8, distinct.count)].joined(separator: " "))
        }
    }
}
