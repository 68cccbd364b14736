/// Distinct texts, each numbered in first-seen order and stored once as UTF-8 bytes back to back, found again through
/// an open-addressing table of their numbers. A history comparison interns every listing id of every audit it reads:
/// a million ids of ten bytes take about 26 MB here, where `InternTable<String>` took about 56 (a 16-byte `String`
/// each, and a dictionary of them that doubles as it grows).
struct TextInternTable: Sendable {
    /// Every text's bytes, back to back.
    private var bytes: [UInt8] = []
    /// Where text `n` ends in `bytes` (it starts where text `n - 1` ends).
    private var ends: [Int] = []
    /// Text numbers by hash, `-1` where empty; a power of two, at least twice the texts.
    private var slots: [Int32] = []

    /// How many distinct texts there are.
    var count: Int { ends.count }

    /// The number of `text`, adding it when new.
    mutating func index(of text: String) -> Int32 {
        var text = text
        return text.withUTF8 { index(ofBytes: $0) }
    }

    /// Text number `number`.
    subscript(number: Int32) -> String {
        String(decoding: bytes[range(of: Int(number))], as: UTF8.self)
    }

    /// Calls `body` with the UTF-8 bytes of text number `number` (those of `self[number]`).
    func withBytes<R>(of number: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range(of: Int(number))])) }
    }

    /// The number of the text whose UTF-8 bytes are `text`, adding it when new.
    mutating func index(ofBytes text: UnsafeBufferPointer<UInt8>) -> Int32 {
        if (ends.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Self.slot(of: text, mask: mask)
        while slots[slot] >= 0 {
            let number = slots[slot]
            if bytes[range(of: Int(number))].elementsEqual(text) { return number }
            slot = (slot + 1) & mask
        }
        let number = Int32(ends.count)
        bytes.append(contentsOf: text)
        ends.append(bytes.count)
        slots[slot] = number
        return number
    }

    private func range(of number: Int) -> Range<Int> {
        (number == 0 ? 0 : ends[number - 1])..<ends[number]
    }

    /// Doubles the slots and places every text again.
    private mutating func grow() {
        var fresh = [Int32](repeating: -1, count: max(16, slots.count * 2))
        let mask = fresh.count - 1
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for (number, end) in ends.enumerated() {
                var slot = Self.slot(of: UnsafeBufferPointer(rebasing: all[start..<end]), mask: mask)
                while fresh[slot] >= 0 { slot = (slot + 1) & mask }
                fresh[slot] = Int32(number)
                start = end
            }
        }
        slots = fresh
    }

    /// The home slot of `text`: FNV-1a over its bytes, its high bits folded in.
    private static func slot(of text: UnsafeBufferPointer<UInt8>, mask: Int) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    }
}
