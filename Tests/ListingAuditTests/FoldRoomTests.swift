import Testing

@testable import ListingAudit

/// `FoldedText` folds a text whose room (1.5 times its bytes, plus 4) fits in 1 KiB on the stack and copies it into
/// an array of its size; a longer text is folded straight into an array. Held here to folding each scalar on its
/// own, on both sides of that boundary, with texts that keep their length and texts that change it.
@Suite struct FoldRoomTests {
    private static let scalars: [String] = ["a", "Z", " ", "7", "，", "Ａ", "红", "é", "İ", "😀", "ß"]

    @Test func textsAroundTheStackRoomFoldScalarByScalar() {
        var generator = SeededGenerator(seed: 1024)
        // 680 source bytes take 1,024 bytes of room.
        for byteCount in 660...700 {
            for ascii in [true, false] {
                var text = ""
                while text.utf8.count < byteCount {
                    text += ascii ? "Q" : Self.scalars.randomElement(using: &generator)!
                }
                let folded = FoldedText(text)
                let expected = text.unicodeScalars.flatMap { scalar in
                    Array(String(Unicode.Scalar(TextFold.fold(scalar.value))!).utf8)
                }
                #expect(folded.bytes == expected, "\(byteCount) bytes")
                #expect(folded.quote(0..<folded.count) == text, "\(byteCount) bytes")
            }
        }
    }

    @Test func listingsAreCountedByFileRunByRun() {
        func listing(_ file: String) -> Listing {
            Listing(id: file, format: .generic, location: SourceLocation(file: file, line: 2))
        }
        var counts = ["b.csv": 2]
        ShopCheck.countListings(["a.csv", "a.csv", "b.csv", "a.csv", "c.csv"].map(listing), byFile: &counts)
        #expect(counts == ["a.csv": 3, "b.csv": 3, "c.csv": 1])
        ShopCheck.countListings([], byFile: &counts)
        #expect(counts == ["a.csv": 3, "b.csv": 3, "c.csv": 1])
    }
}
