/// A size stated in a listing's words: the `sizeStatements` hits that say which size the product comes in.
enum SizeStatement {
    /// The value of a size label's entry (`尺码`, `size`, `waist`): it needs its value after it.
    static let label: Int32 = 1
    /// The value of a statement's entry (`均码`, `one size`, `EU 38`): it states a size as it stands.
    static let statement: Int32 = 0

    /// How far after a label its value may start, in folded bytes: past a colon and a word (`sizes available: S`),
    /// or a few Chinese characters (`腰围约70cm`).
    private static let reach = 24

    /// The Chinese letter sizes of two characters or more, which may stand for the value (`尺码：均码`, `尺码：加大`);
    /// one character (`小`) is not enough: `尺码偏小` says how a size runs, not which it is.
    private static let chineseSizeWords = SizeLexicon.letterSizes
        .filter { $0.utf8.count >= 6 && $0.utf8.first! >= 0xE0 }
        .map { Array($0.utf8) }

    /// Words that make a label a statement of one size that fits all, after it (`内径可调节`, `size adjustable`) or
    /// right before it (`adjustable size`, `可调节尺寸`).
    private static let adjustable = ["adjustable", "可调"].map { Array($0.utf8) }

    /// Whether `text` states a size: a statement, a label with its value after it or an adjustable fit beside it, or
    /// a range of sizes without a label (`S-XL`, `38-46码`).
    static func isStated(in text: ScannedText) -> Bool {
        text.hits[ListingPhrase.sizeStatements.rawValue].contains { hit in
            hit.value == statement || valueFollows(in: text.folded, after: hit.range.upperBound)
                || isAdjustable(text.folded.bytes, before: hit.range.lowerBound)
        } || SizeRange.isNamed(in: text.folded.bytes)
    }

    /// Whether `text` (a title or sub-title) ends with a letter size standing as a word, after other words
    /// (`睡衣 藏青色 L`, `Linen Shirt - White / XL`): the name of one variant, which names its size last, as product
    /// lists that hold one row per variant (newbee_mall's `goods_intro`) and variant titles write it.
    static func endsWithLetterSize(_ text: ScannedText) -> Bool {
        let bytes = text.folded.bytes
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, SizeRange.isWordByte(bytes[start - 1]) { start -= 1 }
        return start > 0 && start < end && SizeRange.isLetterSize(bytes[start..<end])
    }

    /// Whether `adjustable` or `可调` (with `节`) ends right before `offset`, a space between allowed.
    private static func isAdjustable(_ bytes: [UInt8], before offset: Int) -> Bool {
        var end = offset
        if end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        if end >= 3, bytes[(end - 3)..<end].elementsEqual("节".utf8) { end -= 3 }
        return adjustable.contains { word in end >= word.count && bytes[(end - word.count)..<end].elementsEqual(word) }
    }

    /// Whether a size value starts within `reach` bytes after `offset`, in the same clause: a digit (`70 cm`,
    /// `38`, `160/84A`), a letter size standing as a word (`M`, `XL`, `small`; not the `s` of `women's`), a
    /// Chinese size word, or an adjustable fit (`adjustable`, `可调节`).
    static func valueFollows(in text: FoldedText, after offset: Int) -> Bool {
        let end = min(text.clause(around: offset..<offset).upperBound, offset + reach)
        let bytes = text.bytes
        var index = offset
        while index < end {
            let byte = bytes[index]
            if byte &- 0x30 < 10 { return true }
            if byte &- 0x61 < 26 {
                let word = SizeRange.word(in: bytes, at: index)
                // A digit in the word within reach is a value, as it would be standing alone (`xl2` reads `2`).
                if bytes[word.lowerBound..<min(word.upperBound, end)].contains(where: { $0 &- 0x30 < 10 }) {
                    return true
                }
                let standsAlone = (index == 0 || !SizeRange.isWordByte(bytes[index - 1]))
                    && (word.upperBound == bytes.count || !SizeRange.isWordByte(bytes[word.upperBound]))
                if standsAlone, SizeRange.isLetterSize(bytes[word]) || bytes[word].elementsEqual(adjustable[0]) {
                    return true
                }
                index = word.upperBound
                continue
            }
            if byte >= 0xE0,
                chineseSizeWords.contains(where: { bytes[index...].starts(with: $0) })
                    || bytes[index...].starts(with: adjustable[1])
            {
                return true
            }
            index += 1
        }
        return false
    }
}
