import Testing

@testable import ListingAudit

/// `CellText.needsTrim` answers the common Chinese ends from their bytes (`isKeptByItsBytes`) before decoding the
/// first and last scalars: its answers must be the decoding's, byte for byte, valid UTF-8 or not.
@Suite struct TrimByBytesTests {
    /// `needsTrim` as it was before the shortcut: the first and last scalars decoded and looked up
    /// (`CellText.mayTrimByDecoding`, the path the shortcut stands in front of).
    private enum DecodedTrim {
        static func needsTrim(_ text: [UInt8]) -> Bool {
            guard let first = text.first, let last = text.last,
                CellText.mayBeSpace(first) || CellText.mayBeSpace(last)
            else { return false }
            return text.withUnsafeBufferPointer { CellText.mayTrimByDecoding($0) }
        }
    }

    private static func needsTrim(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { CellText.needsTrim($0) }
    }

    /// Every three-byte ending E0–EF with any two continuation bytes, after first bytes of every kind (ASCII, a
    /// space, a three-byte lead E4–EF, the lead of U+1680 and of U+3000, a stray continuation byte), and alone.
    @Test func everyThreeByteEndingIsAnsweredAsDecoded() {
        let prefixes: [[UInt8]] = [
            [], [0x61], [0x20], [0x7F], [0x21], [0xE4, 0xB8, 0xAD], [0xEF, 0xBC, 0x81], [0xE1, 0x9A, 0x80],
            [0xE3, 0x80, 0x80], [0x85], [0xE9], [0xC2, 0xA0], [0xE4, 0x61], [0xF0, 0x9F, 0x98, 0x80], [0xE5, 0x80],
        ]
        var mismatches = 0
        for prefix in prefixes {
            for lead in UInt8(0xE0)...0xEF {
                for second in UInt8(0x80)...0xBF {
                    for third in UInt8(0x80)...0xBF {
                        let text = prefix + [lead, second, third]
                        if Self.needsTrim(text) != DecodedTrim.needsTrim(text) { mismatches += 1 }
                    }
                }
            }
        }
        #expect(mismatches == 0)
    }

    /// Seeded byte strings of 1 to 7 bytes drawn from the bytes that matter (leads, continuations, spaces, ASCII),
    /// and every scalar of the Basic Multilingual Plane after an ASCII letter and after `中`.
    @Test func seededBytesAndEveryScalarAreAnsweredAsDecoded() {
        var random = SeededGenerator(seed: 43)
        let pool: [UInt8] = [
            0x20, 0x09, 0x0A, 0x61, 0x7F, 0x21, 0x80, 0x81, 0x82, 0x8F, 0x9A, 0xA0, 0xA9, 0xAA, 0xB7, 0xB8, 0xBC,
            0xBD, 0xBF, 0xC2, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE9, 0xEA, 0xEF, 0xF0,
        ]
        for round in 0..<200_000 {
            let text = (0..<1 + random.below(7)).map { _ in pool[random.below(pool.count)] }
            #expect(Self.needsTrim(text) == DecodedTrim.needsTrim(text), "round \(round): \(text)")
        }
        for value in UInt32(1)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for prefix in ["a", "中"] {
                let text = Array((prefix + String(Character(scalar))).utf8)
                #expect(Self.needsTrim(text) == DecodedTrim.needsTrim(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    /// What the shortcut answers is what trimming does: the text is kept as it is.
    @Test func aTextKeptByItsBytesIsUnchangedByTrimming() {
        for text in ["面料舒适。", "Tee 纯棉", "女装", "质量很好！", "中、", "䷀a中", "ab丁"] {
            #expect(!Self.needsTrim(Array(text.utf8)), "\(text)")
            #expect(text.trimmingWhitespace() == text, "\(text)")
        }
    }
}
