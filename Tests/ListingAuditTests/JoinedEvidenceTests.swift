import Testing

@testable import ListingAudit

/// `String.joined(separator:_:)` (a finding's evidence written from its parts' bytes) against the library's
/// `joined(separator:)` of the parts decoded one by one.
@Suite struct JoinedEvidenceTests {
    /// Parts made of pieces in Latin and Chinese script, full-width forms, empty parts, and ill-formed bytes: a cut
    /// three-byte character, a lone continuation byte, a byte no UTF-8 has, a cut four-byte sequence. Each part's
    /// ill-formed bytes are repaired as if it were decoded alone (the separator is ASCII), pieces that make a whole
    /// character inside one part are read as it.
    @Test func seededPartsJoinAsTheirDecodedTextsJoin() {
        var random = SeededGenerator(seed: 43)
        let pieces: [[UInt8]] = [
            [], Array("S".utf8), Array("XL".utf8), Array("均码".utf8), Array("https://img.example.com/p/1.jpg".utf8),
            Array("Ｍ".utf8), Array("é".utf8), [0xE4, 0xB8], [0x80], [0xFF, 0x41], [0xC3], [0xF0, 0x9F, 0x98],
        ]
        var (repaired, empty) = (0, 0)
        for _ in 0..<600 {
            let parts = (0..<random.below(6)).map { _ in
                (0..<random.below(4)).flatMap { _ in pieces[random.below(pieces.count)] }
            }
            let decoded = parts.map { String(decoding: $0, as: UTF8.self) }
            let joined = String.joined(separator: ", ") { part in
                for bytes in parts { part(bytes) }
            }
            #expect(Array(joined.utf8) == Array(decoded.joined(separator: ", ").utf8), "\(parts)")
            if decoded.contains(where: { $0.unicodeScalars.contains("\u{FFFD}") }) { repaired += 1 }
            if parts.contains(where: \.isEmpty) { empty += 1 }
        }
        #expect(repaired > 50 && empty > 50)
    }

    /// The parts a listing gives as `String`s (letter sizes, colours), none, one and several, in the order given.
    @Test func stringsJoinInOrder() {
        func joined(_ texts: [String]) -> String {
            String.joined(separator: ", ") { part in
                for text in texts { part(text.utf8) }
            }
        }
        #expect(joined([]) == "")
        #expect(joined(["均码"]) == "均码")
        #expect(joined(["S", "M", "", "XL"]) == "S, M, , XL")
        #expect(joined(["酒红色", "Navy Blue", "Ｍ"]) == "酒红色, Navy Blue, Ｍ")
    }
}
