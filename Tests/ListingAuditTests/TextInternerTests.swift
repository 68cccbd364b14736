import Testing

@testable import ListingAudit

/// `TextInterner` gives for any bytes the text `String(decoding:as:)` makes of them, byte for byte, whether they
/// are met for the first time, again, longer than it keeps or after its table is full; a text met again is the
/// `String` made the first time.
@Suite struct TextInternerTests {
    /// Where the UTF-8 bytes of `text`, a `String` too long to be held in the value itself, are stored.
    private func storage(of text: String) -> UInt? {
        text.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) }
    }

    @Test func everyTextIsTheDecodedText() {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("XL".utf8), Array("黑色".utf8), Array("e\u{301}".utf8), Array(" ".utf8),
            Array("\u{212A}".utf8), [0xFF], [0xE4, 0xB8], [0xC3],
        ]
        var random = SeededGenerator(seed: 2028)
        var texts = TextInterner()
        // Short texts recur; longer ones (up to 90 bytes, past `longest`) are many, past the table's slots, and
        // collide.
        for round in 0..<30_000 {
            let length = Int(random.next() % (round % 3 == 0 ? 4 : 30))
            let bytes = (0..<length).flatMap { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
            let text = bytes.withUnsafeBufferPointer { texts.text($0) }
            let decoded = String(decoding: bytes, as: UTF8.self)
            #expect(Array(text.utf8) == Array(decoded.utf8), "bytes \(bytes)")
        }
    }

    @Test func aTextMetAgainIsTheStringMadeFirst() {
        var texts = TextInterner()
        // Sixteen bytes: the longest text kept, and one too long to be held in a `String` value itself.
        let bytes = Array("Navy Blue / Grey".utf8)
        #expect(bytes.count == TextInterner.longest)
        let first = bytes.withUnsafeBufferPointer { texts.text($0) }
        let again = bytes.withUnsafeBufferPointer { texts.text($0) }
        #expect(storage(of: first) != nil)
        #expect(storage(of: again) == storage(of: first))
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: TextInterner.longest + 1)
        let longFirst = long.withUnsafeBufferPointer { texts.text($0) }
        let longAgain = long.withUnsafeBufferPointer { texts.text($0) }
        #expect(longAgain == longFirst)
        #expect(storage(of: longAgain) != storage(of: longFirst))
    }
}
