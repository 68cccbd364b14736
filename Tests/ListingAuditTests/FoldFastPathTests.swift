import Testing

@testable import ListingAudit

/// The fast paths of `FoldedText`'s fold (a Chinese character read as its three bytes, a scalar that folds to itself
/// copied by its length, the offsets kept only where a scalar changed length, hyphens joined only in a text that has
/// one, ASCII words tallied by a mask of their letters and digits) against the plain definitions: every scalar
/// folded and tallied one by one with `TextFold`, and every byte of a word tallied alone.
@Suite struct FoldFastPathTests {
    /// `text` folded scalar by scalar, its hyphens between ASCII letters made spaces, and each folded scalar's
    /// offset with the offset of its scalar as written (and both ends). `TextCoreReferenceTests` holds the fold to it
    /// too.
    static func reference(_ text: String) -> (bytes: [UInt8], offsets: [(folded: Int, source: Int)]) {
        var bytes: [UInt8] = []
        var offsets: [(folded: Int, source: Int)] = []
        var source = 0
        for scalar in text.unicodeScalars {
            offsets.append((bytes.count, source))
            UTF8Scalars.append(TextFold.fold(scalar.value), to: &bytes)
            source += UTF8Scalars.width(of: scalar.value)
        }
        offsets.append((bytes.count, source))
        for index in bytes.indices.dropFirst().dropLast() where bytes[index] == 0x2D {
            if bytes[index - 1] &- 0x61 < 26, bytes[index + 1] &- 0x61 < 26 { bytes[index] = 0x20 }
        }
        return (bytes, offsets)
    }

    private static func check(_ text: String) {
        var tally = MeaningfulScalars(hashFrom: 5)
        let folded = FoldedText(text, meaningful: &tally)
        let expected = reference(text)
        #expect(folded.bytes == expected.bytes, "\(text.unicodeScalars.first.map { $0.value } ?? 0)")
        let wrong = expected.offsets.filter { folded.sourceOffset($0.folded) != $0.source }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
        // The tally, scalar by scalar as written: its meaningful ones, their folded values hashed, ideographs twice.
        var (hash, count, weighted): (UInt64, Int, Int) = (5, 0, 0)
        for scalar in text.unicodeScalars where TextFold.isMeaningful(scalar.value) {
            hash = (hash ^ UInt64(TextFold.fold(scalar.value))) &* 0x100_0000_01B3
            count += 1
            weighted += TextFold.isCJK(scalar.value) ? 2 : 1
        }
        #expect(tally.hash == hash && tally.count == count && tally.weightedCount == weighted)
    }

    /// Every scalar, in texts of 4,096 scalars each (ASCII, two-, three- and four-byte scalars, those whose folding
    /// changes their length, many length changes in one text for the offsets' search), each scalar also between
    /// ASCII letters and after a hyphen between letters, so runs of ASCII meet it on both sides and a scalar folded
    /// to a hyphen stands between letters.
    @Test func everyScalarFoldsAsFoldingItAlone() {
        var scalars: [Unicode.Scalar] = []
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            scalars.append(scalar)
            if scalars.count == 4_096 || value == 0x10_FFFF {
                var plain = String.UnicodeScalarView()
                plain.append(contentsOf: scalars)
                Self.check(String(plain))
                var mixed = String.UnicodeScalarView()
                for scalar in scalars { mixed.append(contentsOf: "Ab-c\(scalar)d".unicodeScalars) }
                Self.check(String(mixed))
                scalars.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Random texts of the scalars whose folding matters (capitals, full-width forms, traditional characters,
    /// ligatures, emoji, spaces, quotes, dashes, hyphens) and runs of ASCII long enough for the eight-byte path.
    @Test func randomMixedTextsFoldAsFoldingEachScalarAlone() {
        let pieces = [
            "a", "Z", "-", " ", "7", "，", "。", "Ａ", "ｚ", "１", "發", "貨", "红", "é", "É", "e\u{301}", "İ", "ẞ", "K",
            "Ω", "😀", "\u{212A}", "ﬁ", "\u{3000}", "\u{A0}", "“", "’", "×", "–", "〜", "Ⅻ", "ß", "Σ", "ς", "Ⱥ",
            "abcdefgh", "T-SHIRT ", "Cotton 95% polyester-5%", "𠀀",
        ]
        var generator = SeededGenerator(seed: 0x26F0)
        for _ in 0..<3_000 {
            Self.check((0..<generator.below(60)).map { _ in pieces[generator.below(pieces.count)] }.joined())
        }
    }

    /// An ASCII word tallied at once is tallied as its eight bytes one by one: every byte value at every place, the
    /// other bytes random ASCII.
    @Test func asciiWordsAreTalliedAsTheirBytes() {
        var generator = SeededGenerator(seed: 0x26F1)
        for value in UInt64(0)..<0x80 {
            for place in UInt64(0)..<8 {
                // Folded: no capitals.
                var (folded, writtenWord): (UInt64, UInt64) = (0, 0)
                for byte in UInt64(0)..<8 {
                    let random = UInt64(generator.below(0x80))
                    let written = byte == place ? value : random
                    folded |= (written &- 0x41 < 26 ? written + 0x20 : written) << (8 * byte)
                    writtenWord |= written << (8 * byte)
                }
                var (atOnce, oneByOne) = (MeaningfulScalars(hashFrom: 7), MeaningfulScalars(hashFrom: 7))
                atOnce.add(asciiWord: folded, written: writtenWord)
                for byte in UInt64(0)..<8 {
                    oneByOne.add(
                        ascii: UInt8(truncatingIfNeeded: folded >> (8 * byte)),
                        written: UInt8(truncatingIfNeeded: writtenWord >> (8 * byte)))
                }
                #expect(atOnce.hash == oneByOne.hash && atOnce.count == oneByOne.count, "\(String(folded, radix: 16))")
            }
        }
    }
}
