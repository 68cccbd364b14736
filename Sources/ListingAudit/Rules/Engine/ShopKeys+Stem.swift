import Foundation

extension ShopKeys {
    /// The first two words of the folded title (Latin), or its first four Chinese characters.
    static func titleStem(_ title: FoldedText) -> String {
        // Written into scratch room (the stem is no longer than the title): no array is made for it.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: title.count + 4) { room in
            let stem = room.baseAddress!
            var count = 0
            forEachStemPart(of: title) { part in
                for byte in part {
                    stem[count] = byte
                    count += 1
                }
            }
            return String(decoding: UnsafeBufferPointer(start: stem, count: count), as: UTF8.self)
        }
    }

    /// The key of the title stem of `title` (`titleStem`): FNV-1a over the stem's UTF-8 in Unicode's composed form
    /// (NFC), so two stems have one key when they are equal as `String`s (canonically equivalent), and different
    /// keys otherwise but for a hash collision. A stem of ASCII and unified Chinese characters alone is in that
    /// form already (none of those scalars decomposes or composes): it is hashed as it is read from the folded
    /// title, with no string made; any other is made and normalised.
    static func stemKey(_ title: FoldedText) -> UInt64 {
        var hash = stemKeyBasis
        var composed = true
        forEachStemPart(of: title) { part in
            if composed, !isComposedAsIs(part) { composed = false }
            for byte in part { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        }
        guard !composed else { return hash }
        hash = stemKeyBasis
        for byte in titleStem(title).precomposedStringWithCanonicalMapping.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return hash
    }

    /// FNV-1a's offset basis, where a stem key's hash starts.
    private static let stemKeyBasis: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Whether the scalar `part` (its UTF-8) is ASCII or a unified Chinese character (U+3400–U+4DBF,
    /// U+4E00–U+9FFF): a scalar that has no decomposition and composes with nothing.
    @inline(__always)
    private static func isComposedAsIs(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = part[0]
        if lead < 0x80 { return true }
        guard part.count == 3 else { return false }
        // U+3400–U+4DBF: E3 90 80 – E4 B6 BF; U+4E00–U+9FFF: E4 B8 80 – E9 BF BF.
        let value = UInt32(lead & 0x0F) << 12 | UInt32(part[1] & 0x3F) << 6 | UInt32(part[2] & 0x3F)
        return (value >= 0x3400 && value <= 0x4DBF) || (value >= 0x4E00 && value <= 0x9FFF)
    }

    /// Calls `body` with each part of the title stem of `title`, in order: the UTF-8 of one scalar, or a single
    /// space between words. The stem is the first two words of the folded title (Latin), or its first four Chinese
    /// characters; a space after its last part is left out.
    private static func forEachStemPart(of title: FoldedText, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        title.bytes.withUnsafeBufferPointer { bytes in
            var words = 0
            var chinese = 0
            var inWord = false
            var spaceDue = false
            var index = 0
            withUnsafePointer(to: UInt8(0x20)) { space in
                while index < bytes.count {
                    let (value, width) = UTF8Scalars.decode(bytes, at: index)
                    let part = UnsafeBufferPointer(rebasing: bytes[index..<(index + width)])
                    index += width
                    if TextFold.isCJK(value) {
                        if spaceDue { body(UnsafeBufferPointer(start: space, count: 1)) }
                        spaceDue = false
                        chinese += 1
                        body(part)
                        if chinese == 4 { break }
                    } else if TextFold.isMeaningful(value) {
                        if !inWord { words += 1 }
                        guard words <= 2 else { break }
                        inWord = true
                        if spaceDue { body(UnsafeBufferPointer(start: space, count: 1)) }
                        spaceDue = false
                        body(part)
                    } else if inWord {
                        inWord = false
                        spaceDue = true
                    }
                }
            }
        }
    }
}
