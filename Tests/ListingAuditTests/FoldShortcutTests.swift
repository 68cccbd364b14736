import Testing

@testable import ListingAudit

/// The shortcuts of the text pass (blocks folded without a property look-up, white space answered from the value,
/// hyphens found eight bytes at a time) must answer as the plain definitions do.
@Suite struct FoldShortcutTests {
    /// The scalars `TextFold` maps to ASCII on purpose (spaces, quotes, dashes, `×`).
    private static let mappedToASCII: [UInt32: UInt32] = [
        0x3000: 0x20, 0xA0: 0x20, 0x2033: 0x22, 0x201C: 0x22, 0x201D: 0x22, 0x2018: 0x27, 0x2019: 0x27, 0xD7: 0x78,
        0x2013: 0x2D, 0x2014: 0x2D, 0x301C: 0x2D,
    ]

    @Test func blocksFoldedWithoutALookUpFoldToTheirLowerCase() {
        var mismatches: [String] = []
        for value in Array(0x2000...0x206F) + Array(0x3000...0x303F) + Array(0x1_F000...0x1_FAFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            let expected = Self.mappedToASCII[scalar.value] ?? (lower.count == 1 ? lower.first!.value : scalar.value)
            if TextFold.fold(scalar.value) != expected { mismatches.append(String(value, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func whiteSpaceIsThePropertyForEveryScalar() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isWhitespace != scalar.properties.isWhitespace { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// Folded bytes with the hyphen rule applied byte by byte: a hyphen between two ASCII letters is a space.
    private static func joinedByteByByte(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8).map { $0 &- 0x41 < 26 ? $0 + 0x20 : $0 }
        for index in bytes.indices.dropFirst().dropLast() where bytes[index] == 0x2D {
            if bytes[index - 1] &- 0x61 < 26, bytes[index + 1] &- 0x61 < 26 { bytes[index] = 0x20 }
        }
        return bytes
    }

    @Test func hyphensBetweenLettersAreJoinedWhereverTheyStand() {
        let pieces = ["a", "Z", "-", "--", " ", "7", "中", "x-y", "-T-"]
        var random = SeededGenerator(seed: 15)
        for _ in 0..<2000 {
            let text = (0..<random.below(40)).map { _ in pieces[random.below(pieces.count)] }.joined()
            #expect(UTF8Scalars.folded(text) == Self.joinedByteByByte(text), "\(text)")
        }
    }
}
