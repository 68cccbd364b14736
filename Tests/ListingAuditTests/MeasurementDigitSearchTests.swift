import Testing
@testable import ListingAudit

/// The measurement scan's search for the next digit, eight bytes at a time, against the byte-by-byte search.
struct MeasurementDigitSearchTests {
    /// The first ASCII digit from `index` on, one byte at a time: what `nextDigit` must find.
    private static func firstDigit(in bytes: [UInt8], from index: Int) -> Int {
        var position = index
        while position < bytes.count, !(0x30...0x39).contains(bytes[position]) { position += 1 }
        return position
    }

    @Test func everyByteValueInEveryLaneIsToldDigitOrNot() {
        for lane in 0..<8 {
            for value in 0...255 {
                // The other lanes hold the digit's neighbours, so a carry or borrow between lanes would show.
                var bytes = [UInt8](repeating: value.isMultiple(of: 2) ? 0x2F : 0x3A, count: 8)
                bytes[lane] = UInt8(value)
                let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                let expected: UInt64 = (0x30...0x39).contains(value) ? 0x80 << (8 * UInt64(lane)) : 0
                #expect(MeasurementScanner.digitBits(word) == expected, "byte \(value) in lane \(lane)")
            }
        }
    }

    @Test func nextDigitMatchesTheByteByByteSearchAtEveryOffsetAndLength() {
        // Digits, their neighbours, the same with the high bit set, and UTF-8 of CJK text and full-width digits.
        let alphabet: [UInt8] = [
            0x30, 0x35, 0x39, 0x2F, 0x3A, 0x20, 0x61, 0xB0, 0xB9, 0xAF, 0xBA, 0xE4, 0xEF, 0xBC, 0x90, 0x00, 0xFF,
        ]
        var generator = SeededGenerator(seed: 16_0408)
        for length in 0...40 {
            for _ in 0..<20 {
                // Mostly non-digits, so searches cross several words before they find one.
                let bytes = (0..<length).map { _ in
                    generator.below(12) == 0
                        ? alphabet[generator.below(3)] : alphabet[3 + generator.below(alphabet.count - 3)]
                }
                for index in 0...length {
                    let found = bytes.withUnsafeBufferPointer { MeasurementScanner.nextDigit(in: $0, from: index) }
                    #expect(found == Self.firstDigit(in: bytes, from: index), "\(bytes) from \(index)")
                }
            }
        }
    }
}
