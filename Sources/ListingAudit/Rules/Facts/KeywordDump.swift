/// A description that is a bare list of search keywords rather than sentences: items split by commas (`,` `，` `、`
/// `|`), no sentence punctuation, and either every item after the first a chunk of an earlier one (its first six
/// bytes, two Chinese characters, appear in an earlier item; spaces aside), as marketplace feeds write a Chinese
/// keyword string and its chunks, or (under a title with no Chinese character) every item Chinese: the same feeds'
/// lists of Chinese phrases under an English title (`厨房用品, 居家用品, 铸铁压肉板`), a keyword list in another
/// language than the title whether or not its items repeat. It states no fact a buyer can rely on, whatever words it
/// holds.
enum KeywordDump {
    /// The separator written between items in the folded copy: a comma never belongs to an item.
    private static let separator: UInt8 = 0x2C

    /// Whether `text` is a keyword dump under `title` (one pass over its bytes; stops at the first sentence mark; the
    /// title is read only for a list that is no list of chunks).
    static func matches(_ text: String, title: String = "") -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // A sentence mark anywhere makes it no dump, and most descriptions end with one: no pass then.
            if endsWithSentenceMark(bytes) { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { items in
                guard let count = fold(bytes, into: items) else { return false }
                let folded = UnsafeBufferPointer(start: items.baseAddress, count: count)
                return isDump(folded) || isChineseList(folded) && !title.utf8.contains(where: isChineseLead)
            }
        }
    }

    /// Whether the folded `items` hold two items or more and each holds a Chinese character.
    private static func isChineseList(_ items: UnsafeBufferPointer<UInt8>) -> Bool {
        var itemCount = 1
        var itemIsChinese = false
        for byte in items {
            if byte == separator {
                guard itemIsChinese else { return false }
                itemCount += 1
                itemIsChinese = false
            } else if isChineseLead(byte) {
                itemIsChinese = true
            }
        }
        return itemCount >= 2 && itemIsChinese
    }

    /// Whether `byte` leads a character of the CJK unified ideographs (U+4E00–U+9FFF: `E4`–`E9` in UTF-8).
    private static func isChineseLead(_ byte: UInt8) -> Bool { byte &- 0xE4 < 6 }

    /// Whether the last scalar of `bytes` that is no space, tab or carriage return is a sentence mark (`.` `!` `?`,
    /// a line feed, `。` `！` `？`): one of the marks `fold` stops at.
    private static func endsWithSentenceMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
        guard end > 0 else { return false }
        switch bytes[end - 1] {
        case 0x2E, 0x21, 0x3F, 0x0A: return true
        case 0x82, 0x81, 0x9F:
            guard end >= 3 else { return false }
            switch (bytes[end - 3], bytes[end - 2], bytes[end - 1]) {
            case (0xE3, 0x80, 0x82), (0xEF, 0xBC, 0x81), (0xEF, 0xBC, 0x9F): return true
            default: return false
            }
        default: return false
        }
    }

    /// Copies `bytes` into `items` as the items it lists, spaces dropped and ASCII letters lower-cased, each item
    /// ended by `separator` but the last; `nil` at the first sentence mark. Returns the number of bytes written.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into items: UnsafeMutableBufferPointer<UInt8>)
        -> Int?
    {
        var count = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x2E, 0x21, 0x3F, 0x0A: return nil
            case 0x2C, 0x7C:
                if count > 0, items[count - 1] != separator { items[count] = separator; count += 1 }
            case 0x20, 0x09, 0x0D: break
            case 0xE3, 0xEF:
                let next = index + 2 < bytes.count ? (bytes[index + 1], bytes[index + 2]) : (0, 0)
                switch (byte, next.0, next.1) {
                // `。` `！` `？`
                case (0xE3, 0x80, 0x82), (0xEF, 0xBC, 0x81), (0xEF, 0xBC, 0x9F): return nil
                // `，` `、`
                case (0xEF, 0xBC, 0x8C), (0xE3, 0x80, 0x81):
                    if count > 0, items[count - 1] != separator { items[count] = separator; count += 1 }
                    index += 3
                    continue
                default:
                    items[count] = byte
                    count += 1
                }
            default:
                items[count] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                count += 1
            }
            index += 1
        }
        if count > 0, items[count - 1] == separator { count -= 1 }
        return count
    }

    /// Whether the folded `items` hold two items or more and every item after the first starts with a chunk of an
    /// earlier one.
    private static func isDump(_ items: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var start = items.firstIndex(of: separator).map({ $0 + 1 }) else { return false }
        while start < items.count {
            let end = items[start...].firstIndex(of: separator) ?? items.count
            // The lead holds no separator, so a match before `start` lies inside one earlier item.
            let lead = UnsafeBufferPointer(rebasing: items[start..<min(end, start + 6)])
            guard holds(UnsafeBufferPointer(rebasing: items[..<start]), lead) else { return false }
            start = end + 1
        }
        return true
    }

    /// Whether `bytes` holds `part`.
    private static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ part: UnsafeBufferPointer<UInt8>) -> Bool {
        guard part.count <= bytes.count else { return false }
        return (0...(bytes.count - part.count)).contains { offset in
            UnsafeBufferPointer(rebasing: bytes[offset..<(offset + part.count)]).elementsEqual(part)
        }
    }
}
