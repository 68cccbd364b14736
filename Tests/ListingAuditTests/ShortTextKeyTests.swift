import Testing

@testable import ListingAudit

/// `ShortTextKey` is the bytes of a text of 1 to 16 bytes, and nothing beside them: keys are equal exactly when the
/// bytes are, whatever the bytes around them; `ShortTextTable` answers each key with the value kept for it or with
/// nothing, never another key's value, however the keys collide.
@Suite struct ShortTextKeyTests {
    private static let pieces: [[UInt8]] = [
        Array("a".utf8), Array("A".utf8), Array("XL".utf8), Array("黑色".utf8), Array("e\u{301}".utf8),
        Array("\u{E9}".utf8), Array(" ".utf8), Array("Ｌ".utf8), [0], [0xFF],
    ]

    /// Random byte strings of 0 to 20 bytes: past `longest` and empty ones too, with zero bytes (which the words
    /// pad with) at their ends.
    private static func randomBytes(_ generator: inout SeededGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        let target = generator.below(ShortTextKey.longest + 5)
        while bytes.count < target { bytes += pieces[generator.below(pieces.count)] }
        return Array(bytes.prefix(target))
    }

    /// The key of `bytes` read from a buffer of exactly their length, so a load past either end would read memory
    /// that is not theirs; the bytes before and after in the surrounding allocation are set to `fill`.
    private static func key(_ bytes: [UInt8], fill: UInt8) -> ShortTextKey? {
        let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count + 16)
        defer { room.deallocate() }
        room.initialize(repeating: fill)
        _ = UnsafeMutableBufferPointer(rebasing: room[8..<(8 + bytes.count)]).initialize(from: bytes)
        return ShortTextKey(UnsafeBufferPointer(rebasing: room[8..<(8 + bytes.count)]))
    }

    @Test func keysAreEqualExactlyWhenTheBytesAre() {
        var generator = SeededGenerator(seed: 3701)
        for _ in 0..<20_000 {
            let (a, b) = (Self.randomBytes(&generator), Self.randomBytes(&generator))
            let (keyA, keyB) = (Self.key(a, fill: 0xAA), Self.key(b, fill: 0x55))
            #expect((keyA != nil) == (1...ShortTextKey.longest).contains(a.count), "\(a)")
            #expect(keyA == Self.key(a, fill: 0x00), "the bytes around \(a) changed its key")
            if let keyA, let keyB { #expect((keyA == keyB) == (a == b), "\(a) \(b)") }
        }
    }

    @Test func everyLengthHasItsOwnKey() {
        // The same zero bytes at every length: the length alone tells them apart; each load's edge (4, 8, 16).
        let keys = (1...ShortTextKey.longest).map { Self.key([UInt8](repeating: 0, count: $0), fill: 0xFF)! }
        #expect(Set(keys.map(\.length)).count == ShortTextKey.longest)
        for (index, key) in keys.enumerated() { #expect(keys.filter { $0 == key }.count == 1, "length \(index + 1)") }
        #expect(Self.key([UInt8](repeating: 0x41, count: ShortTextKey.longest + 1), fill: 0) == nil)
        #expect(Self.key([], fill: 0) == nil)
    }

    @Test func aStringsKeyIsTheKeyOfItsBytes() {
        let texts = [
            "", "M", "XL", "黑色", "Navy Blue / Grey", "Navy Blue / Grey!", "Cafe\u{301}", "Caf\u{E9}", "160/84A",
            "0123456", "01234567", "012345678", "ＸＬ", String(repeating: "长", count: 5),
            String(repeating: "长", count: 6),
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            #expect(ShortTextKey(text) == Self.key(bytes, fill: 0x20), "\(text)")
        }
        #expect(ShortTextKey("Cafe\u{301}") != ShortTextKey("Caf\u{E9}"))
    }

    @Test func theTableAnswersWithTheValueKeptOrNothing() {
        var generator = SeededGenerator(seed: 3702)
        var table = ShortTextTable<Int>()
        var kept: [[UInt8]: Int] = [:]
        for round in 0..<30_000 {
            let bytes = Self.randomBytes(&generator)
            guard let key = Self.key(bytes, fill: 0) else { continue }
            if round % 3 == 0 {
                table.set(round, for: key)
                kept[bytes] = round
            } else if let found = table.value(for: key) {
                #expect(found == kept[bytes], "\(bytes)")
            }
            if round == 20_000 {
                table.removeAll()
                kept.removeAll()
            }
        }
    }

    @Test func keysThatCollideAreKeptUpToTheProbesAndNeverConfused() {
        // Texts whose hashes name one slot: at most `probes` are kept, every other one is answered with nothing.
        let slotMask = UInt64(ShortTextTable<Int>.slotCount - 1)
        let colliding = (0..<200_000).lazy.map { "v\($0)" }
            .filter { (ShortTextKey($0)!.hash >> 40) & slotMask == 7 }.prefix(40)
        let texts = Array(colliding)
        #expect(texts.count == 40)
        var table = ShortTextTable<Int>()
        for (index, text) in texts.enumerated() { table.set(index, for: ShortTextKey(text)!) }
        let found = texts.indices.filter { table.value(for: ShortTextKey(texts[$0])!) != nil }
        #expect(found == Array(0..<ShortTextTable<Int>.probes))
        for index in found { #expect(table.value(for: ShortTextKey(texts[index])!) == index) }
        table.set(99, for: ShortTextKey(texts[1])!)
        #expect(table.value(for: ShortTextKey(texts[1])!) == 99)
    }
}
