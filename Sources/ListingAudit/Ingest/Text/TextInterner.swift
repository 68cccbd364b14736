/// The `String`s of short cell texts that recur row after row in one file (option values such as `Black` or `XL`,
/// categories, brands), each made once: a text met again is found by its bytes and the `String` made the first time
/// is handed out, where `String(decoding:)` validated and copied the bytes again for every row (a 10k export has 45k
/// option values, 43 of them distinct).
///
/// A `String` made from equal bytes is the same text, so what a reader gets does not depend on whether it came from
/// the table. Only texts of 1 to 16 bytes are kept, each as two zero-padded words and its length, so a look-up is a
/// hash of two words and a compare of three, with no byte buffer and no `memcmp`. The table is fixed (`slotCount`
/// slots); a text is looked for in at most `probes` slots from its hash's, and one found in none of them is made
/// as before (and kept if one of them is free), so a column of distinct values, or texts chosen to collide, cost a
/// few compares a cell and a bounded amount of memory.
struct TextInterner {
    /// The longest text kept, in bytes.
    static let longest = ShortTextKey.longest
    /// How many slots the table has.
    static let slotCount = 1024
    /// How many slots a text is looked for in, from the one its hash names.
    static let probes = 8

    /// A kept text's bytes as two little-endian words, zero past its end; `length` 0 for a free slot.
    private struct Slot {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var length = 0
        var index = 0
    }

    private var slots = [Slot](repeating: Slot(), count: TextInterner.slotCount)
    private var texts: [String] = []

    /// `String(decoding: bytes, as: UTF8.self)`, from the table when the same bytes were met before.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let key = ShortTextKey(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        let mask = Self.slotCount - 1
        var slot = Int(truncatingIfNeeded: key.hash >> 40) & mask
        for _ in 0..<Self.probes {
            let kept = slots[slot]
            if kept.length == 0 {
                let text = String(decoding: bytes, as: UTF8.self)
                slots[slot] = Slot(head: key.head, tail: key.tail, length: key.length, index: texts.count)
                texts.append(text)
                return text
            }
            if kept.length == key.length, kept.head == key.head, kept.tail == key.tail { return texts[kept.index] }
            slot = (slot + 1) & mask
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
