import Foundation
import Testing

@testable import ListingAudit

/// Variants' options kept in a reader's shared blocks (`OptionStore`, `OptionBlock`) read as the options appended.
@Suite struct OptionStoreTests {
    /// The options of run `run`, `count` of them, with values that tell runs and places apart.
    private static func options(run: Int, count: Int) -> [VariantOption] {
        (0..<count).map { index in
            VariantOption(
                name: index % 2 == 0 ? "颜色" : "Size", value: "v\(run)-\(index)", kind: index % 3 == 0 ? .size : .colour)
        }
    }

    @Test func takenOptionsAreTheOptionsAppendedAcrossBlocks() {
        var store = OptionStore()
        // Runs of every size around a block's room, one larger than a block, empty ones between: they fill
        // blocks, straddle their ends (the pending run moved to the next block) and get blocks of their own.
        let counts = [0, 1, 5, 0, 1_000, 30, OptionStore.blockCapacity, 3, 2 * OptionStore.blockCapacity + 7, 0, 2, 700]
        var taken: [VariantOptions] = []
        for (run, count) in counts.enumerated() {
            for option in Self.options(run: run, count: count) { store.append(option) }
            taken.append(store.take())
        }
        // Read only after every run is taken: later appends leave earlier ranges as they were.
        for (run, count) in counts.enumerated() {
            let expected = Self.options(run: run, count: count)
            #expect(Array(taken[run]) == expected)
            #expect(taken[run] == VariantOptions(expected))
            #expect(taken[run].hashValue == VariantOptions(expected).hashValue)
        }
        #expect(store.take().isEmpty)
    }

    @Test func appendingToTakenOptionsChangesOnlyThatCopy() {
        var store = OptionStore()
        for option in Self.options(run: 1, count: 3) { store.append(option) }
        let first = store.take()
        var changed = first
        let added = VariantOption(name: "Size", value: "XL", kind: .size)
        changed.append(added)
        for option in Self.options(run: 2, count: 2) { store.append(option) }
        let second = store.take()

        #expect(Array(first) == Self.options(run: 1, count: 3))
        #expect(Array(changed) == Self.options(run: 1, count: 3) + [added])
        #expect(Array(second) == Self.options(run: 2, count: 2))
        #expect(first != changed)
    }

    @Test func optionsInABlockAreCodedAsAnArray() throws {
        var store = OptionStore()
        let options = Self.options(run: 7, count: 4)
        for option in options { store.append(option) }
        let location = SourceLocation(file: "f", line: 2)
        let variant = Variant(sku: "A-1", options: store.take(), price: 9.5, location: location)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let encoded = try encoder.encode(variant)
        let fromArray = Variant(sku: "A-1", options: options, price: 9.5, location: location)

        #expect(encoded == (try encoder.encode(fromArray)))
        #expect(try JSONDecoder().decode(Variant.self, from: encoded) == fromArray)
    }
}

/// A tabular export's variants read through the reader's shared option blocks hold the options of their own row.
@Suite struct TabularOptionBlockTests {
    @Test func everyRowsVariantHoldsItsOwnColoursAndSizesAcrossBlocks() throws {
        // 600 rows of seven options each, some listings on two rows: the options fill several blocks, and a row's
        // options straddle a block's end more than once.
        var csv = "listing_id,title,colours,sizes\n"
        var expected: [String: [[VariantOption]]] = [:]
        for row in 0..<600 {
            let id = "L\(row / 3 * 2 + row % 3 / 2)"
            let colours = (0..<3).map { "c\(row)-\($0)" }
            let sizes = (0..<4).map { "s\(row)-\($0)" }
            csv += "\(id),Tee \(row),\(colours.joined(separator: "|")),\(sizes.joined(separator: "|"))\n"
            expected[id, default: []].append(
                colours.map { VariantOption(name: "colours", value: $0, kind: .colour) }
                    + sizes.map { VariantOption(name: "sizes", value: $0, kind: .size) })
        }
        let result = try ListingLoader.load(path: try AdapterFixtures.temporaryFile(csv))

        #expect(result.listings.count == expected.count)
        for listing in result.listings {
            #expect(listing.variants.map { Array($0.options) } == expected[listing.id], "\(listing.id)")
        }
    }
}
