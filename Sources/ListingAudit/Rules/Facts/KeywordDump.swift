/// A description that is a bare list of search keywords rather than sentences: items split by commas (`,` `，` `、`
/// `|`), no sentence punctuation, and every item after the first a chunk of an earlier one (its first six bytes,
/// two Chinese characters, appear in an earlier item; spaces aside), as
/// marketplace feeds write a Chinese keyword string and its chunks under an English title. It states no fact a buyer
/// can rely on, whatever words it holds.
enum KeywordDump {
    private static let stops: [[UInt8]] = ["。", "！", "？"].map { Array($0.utf8) }
    private static let commas: [[UInt8]] = ["，", "、"].map { Array($0.utf8) }

    /// Whether `text` is a keyword dump (one pass over its bytes; stops at the first sentence mark).
    static func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(matches)
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var items: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x2E, 0x21, 0x3F, 0x0A: return false
            case 0x2C, 0x7C:
                if !items[items.count - 1].isEmpty { items.append([]) }
            case 0x20, 0x09, 0x0D: break
            case 0xE3, 0xEF:
                if stops.contains(where: { starts(bytes, $0, at: index) }) { return false }
                if commas.contains(where: { starts(bytes, $0, at: index) }) {
                    if !items[items.count - 1].isEmpty { items.append([]) }
                    index += 3
                    continue
                }
                items[items.count - 1].append(byte)
            default: items[items.count - 1].append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            }
            index += 1
        }
        if items.last?.isEmpty == true { items.removeLast() }
        guard items.count >= 2 else { return false }
        for index in 1..<items.count {
            let lead = Array(items[index].prefix(6))
            guard items[..<index].contains(where: { holds($0, lead) }) else { return false }
        }
        return true
    }

    private static func starts<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ prefix: [UInt8], at index: Int) -> Bool
    where Bytes.Index == Int {
        index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    /// Whether `bytes` holds `part`.
    private static func holds(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
        guard part.count <= bytes.count else { return false }
        return (0...(bytes.count - part.count)).contains { starts(bytes, part, at: $0) }
    }
}
