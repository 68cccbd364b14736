import Testing

@testable import ListingAudit

/// Gallery cells read with `CellAddressKeys`, which skips the search for an address its key tells apart, against the
/// string comparison of `Listing.addImage`.
@Suite struct GalleryCellTests {
    /// `isNew` may say `false` of any address, but `true` only of one no earlier address of the cell equals.
    @Test func aNewAddressIsNoneOfTheEarlierOnes() {
        let pieces = ["a", "b", "A", "/", ".jpg", "_0", "_1", "https://cdn.example/p/17/0000001"]
        var generator = SeededGenerator(seed: 0x17C)
        for _ in 0..<5000 {
            let items = (0..<generator.below(12)).map { _ in
                (0..<generator.below(5)).map { _ in pieces[generator.below(pieces.count)] }.joined()
            }
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 12) { storage in
                var keys = CellAddressKeys(storage: storage)
                for (index, item) in items.enumerated() where keys.isNew(ArraySlice(item.utf8)) {
                    #expect(!items[..<index].contains(item), "\(items)")
                }
            }
        }
    }

    /// Gallery cells read through the adapter keep each address once, in order, as the string comparison of
    /// `Listing.addImage` does: duplicates, addresses differing only in case, a Kelvin sign (equal to `K` as text),
    /// JSON arrays and galleries longer than the short-list threshold.
    @Test func galleryCellsKeepEachAddressOnce() throws {
        let pieces = [
            "https://a.example/p/K_0.jpg", "https://a.example/p/K_1.jpg", "HTTPS://A.EXAMPLE/P/K_0.JPG",
            " https://a.example/p/K_0.jpg ", "https://a.example/p/\u{212A}_0.jpg", "x", "X", "", "图.jpg",
        ]
        var generator = SeededGenerator(seed: 0x17D)
        var rows: [(id: String, items: [String])] = []
        var text = "listing_id,title,image_urls\n"
        for row in 0..<400 {
            let count = row % 50 == 0 ? 40 : generator.below(9)
            let items = (0..<count).map { _ in pieces[generator.below(pieces.count)] }
            let cell = row % 37 == 0
                ? "[" + items.map { "\"\"\($0)\"\"" }.joined(separator: ",") + "]" : items.joined(separator: "|")
            rows.append((id: "L\(row)", items: items))
            text += "L\(row),Mug,\"\(cell)\"\n"
        }
        let result = try ListingLoader.load(path: try AdapterFixtures.temporaryFile(text))
        for row in rows {
            var expected: [String] = []
            for item in row.items {
                let url = item.trimmingWhitespace()
                if !url.isEmpty, !expected.contains(url) { expected.append(url) }
            }
            let listing = try #require(result.listing(row.id))
            #expect(listing.images.map(\.url) == expected, "\(row.items)")
            #expect(listing.images.map(\.position) == expected.indices.map { Int?($0 + 1) })
        }
    }
}
