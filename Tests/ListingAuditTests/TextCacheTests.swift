import Testing

@testable import ListingAudit

/// `TextCache` finds most texts by their bytes (`ByteKeyedTable`) before the `String`-keyed dictionary: held here to
/// that dictionary alone (same values, same texts worked out, same starting over at capacity), over texts that are
/// equal as `String`s with different bytes, near-identical, empty and long.
@Suite struct TextCacheTests {
    private static let pool = [
        "caf\u{E9}", "cafe\u{301}", "Caf\u{E9}", "", " ", "红色", "红色 ", "\u{212B}", "\u{C5}", "A\u{30A}",
        String(repeating: "长", count: 40), String(repeating: "长", count: 41), "XL", "xl", "M", "m",
    ] + (0..<30).map { "value \($0)" }

    @Test func valuesAreThoseOfAStringKeyedCache() {
        var generator = SeededGenerator(seed: 12032)
        for capacity in [3, 8, 4096] {
            var cache = TextCache<Int>(capacity: capacity)
            var plain: [String: Int] = [:]
            var made = 0
            var madePlain = 0
            for _ in 0..<5000 {
                let text = Self.pool.randomElement(using: &generator)!
                let value = cache.value(for: text) { _ in
                    made += 1
                    return made
                }
                let expected: Int
                if let known = plain[text] {
                    expected = known
                } else {
                    if plain.count >= capacity { plain.removeAll() }
                    madePlain += 1
                    plain[text] = madePlain
                    expected = madePlain
                }
                #expect(value == expected, "\(text) at capacity \(capacity)")
            }
            #expect(made == madePlain)
        }
    }

    @Test func byteKeyedTableTellsTextsByTheirBytes() {
        var table = ByteKeyedTable<Int>()
        for (index, text) in Self.pool.enumerated() { table.set(index, for: text) }
        for (index, text) in Self.pool.enumerated() {
            #expect(table.value(for: text) == index, "\(text)")
            #expect(table.value(for: text + "!") == nil)
        }
        #expect(table.count == Self.pool.count)
        table.removeAll()
        #expect(table.count == 0 && table.value(for: "红色") == nil)
    }
}
