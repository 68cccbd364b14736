import Testing

@testable import ListingAudit

/// `ReleasedKeys`' hash: keys equal as `String`s share it, however they are written.
@Suite struct ReleasedKeysHashTests {
    @Test func keysEqualAsStringsShareTheHash() {
        let pairs = [
            ("LST-K1", "LST-\u{212A}1"), (";", "\u{037E}"), ("a`b", "a\u{1FEF}b"), ("\u{212A}\u{037E}", "K;"),
            ("caf\u{E9}", "cafe\u{301}"), ("商品-01", "商品-01"), ("", ""), ("LST-0000001", "LST-0000001"),
            ("a-key-longer-than-sixteen-bytes", "a-key-longer-than-sixteen-bytes"),
        ]
        for (left, right) in pairs {
            #expect(left == right)
            #expect(ReleasedKeys.hash(of: left) == ReleasedKeys.hash(of: right), "\(left) and \(right)")
        }
        #expect(ReleasedKeys.hash(of: "LST-1") != ReleasedKeys.hash(of: "LST-2"))
        #expect(ReleasedKeys.hash(of: "LST-10000000") != ReleasedKeys.hash(of: "LST-1000000"))
    }

    /// The hash's argument: the only scalars outside ASCII equal, as a `String`, to an ASCII one are the three it
    /// takes as ASCII (this toolchain's Unicode tables, every scalar).
    @Test func onlyThreeScalarsOutsideASCIIEqualAnASCIIOne() {
        let ascii = Set((0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) })
        var equal: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), ascii.contains(String(Character(scalar))) else { continue }
            equal.append(value)
        }
        #expect(equal == [0x037E, 0x1FEF, 0x212A])
    }

    @Test func aKeyWrittenAnotherWayIsFoundReleased() {
        var released = ReleasedKeys()
        for key in ["LST-\u{212A}1", "LST-2", "cafe\u{301}"] { released.insert(key) }
        let answers = ["LST-K1", "caf\u{E9}", "LST-2", "LST-1"].map { released.contains($0) }

        #expect(answers == [true, true, true, false])
    }
}
