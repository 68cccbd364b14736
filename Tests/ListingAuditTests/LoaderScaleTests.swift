import Foundation
import Testing

@testable import ListingAudit

/// Guards against the listing loader going quadratic, without timing anything: the collector counts its work
/// (`ListingCollector.Work`: key look-ups, listings added, release passes and listings released, slots moved when
/// compacting), and loading four times the rows must cost at most about four times the work. Tried by hand: a
/// release pass that looks at every open listing on each row makes it ~16× and fails
/// `fourTimesTheRowsIsAboutFourTimesTheWork`; ignoring the key pre-pass (every listing held to the end) fails
/// `streamingHoldsOnlyTheListingsStillOpenWhateverTheSize`.
///
/// What the count cannot see: a quadratic step outside the collector's bookkeeping (say, an adapter copying a
/// growing array of its own per row). That still shows only as a slow run of the 20,000-row test.
@Suite struct LoaderScaleTests {
    /// A generic export of `listings` T-shirts, each on two rows (one per SKU) merged into one listing.
    private func shop(listings: Int) throws -> String {
        var text = "listing_id,title,description,colours,sizes,image_urls,sku,price\n"
        for number in 0..<listings {
            for (colour, size) in [("Black", "S"), ("White", "M")] {
                text += "L\(number),Cotton tee \(number),\"<p>Soft cotton, 180 g/m²</p>\",\(colour),\(size),"
                text += "https://img.example.com/\(number)_\(colour).jpg,L\(number)-\(colour)-\(size),19.90\n"
            }
        }
        return try AdapterFixtures.temporaryFile(text)
    }

    /// The collector's work to read the export of `listings` listings, whole (`load`: every listing stays open to
    /// the end) or streamed (`stream`: each released after its last row).
    private func work(listings: Int, streamed: Bool) throws -> ListingCollector.Work {
        let path = try shop(listings: listings)
        let work = ListingCollector.Work()
        var loaded = 0
        try ListingCollector.$work.withValue(work) {
            if streamed {
                try ListingLoader.stream(path: path) { loaded += $0.count }
            } else {
                loaded = try ListingLoader.load(path: path).listings.count
            }
        }
        #expect(loaded == listings)
        return work
    }

    @Test func twentyThousandRowsWithMergedSKURowsLoadCompletely() throws {
        let result = try ListingLoader.load(path: shop(listings: 10_000))

        #expect(result.report.rowsRead == 20_000)
        #expect(result.report.skipped.isEmpty)
        #expect(result.listings.count == 10_000)
        let last = try #require(result.listing("L9999"))
        #expect(last.variants.count == 2)
        #expect(last.images.count == 2)
        #expect(last.optionValues(.colour) == ["Black", "White"])
        #expect(last.description == "Soft cotton, 180 g/m²")
    }

    @Test(arguments: [false, true]) func fourTimesTheRowsIsAboutFourTimesTheWork(streamed: Bool) throws {
        let small = try work(listings: 2_500, streamed: streamed)
        let large = try work(listings: 10_000, streamed: streamed)

        // Each row costs the same few steps at any size (look the id up, add or merge, release what is complete),
        // so the ratio is 4 up to the fixed costs; a quadratic collector gives ~16.
        #expect(small.total > 0)
        #expect(Double(large.total) <= 4.4 * Double(small.total), "work \(small.total) → \(large.total)")
        // At most a few units of work per row, whatever the size.
        #expect(large.total <= 10 * 20_000, "work \(large.total) for 20,000 rows")
    }

    @Test func streamingHoldsOnlyTheListingsStillOpenWhateverTheSize() throws {
        let small = try work(listings: 2_500, streamed: true)
        let large = try work(listings: 10_000, streamed: true)
        // Each listing's two rows are adjacent: it is released as soon as its second row is read.
        #expect(small.mostOpen <= 2)
        #expect(large.mostOpen == small.mostOpen)
        #expect(try work(listings: 2_500, streamed: false).mostOpen == 2_500)
    }
}
