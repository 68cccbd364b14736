import Testing

@testable import ListingAudit

/// The loader releases a listing once a row names none of its keys; a table's adapter hands the collector the key
/// it read (`ListingCollector.recordNames(_:)`) instead of the loader making each row's keys again. Ids equal as
/// `String`s but written with other bytes must still keep their listing open, and distinct ids must release it.
@Suite struct ListingReleaseTests {
    /// Rows of one listing whose ids are spelled with other bytes (the Kelvin sign and `K`, `é` composed and
    /// decomposed, an id with a space to trim) keep the listing open, so the row after them finds it still open
    /// and the file is read once; distinct ids release it, so no more than two listings are ever open.
    @Test func rowsNamingAListingByOtherBytesKeepItOpen() throws {
        let ids = [
            "K", "\u{212A}", "K", "Caf\u{E9}", "Cafe\u{301}", "Caf\u{E9}", "L1", " L1", "L1", "L2", "L3", "長袖", "長袖",
        ]
        var text = "listing_id,title,colours\n"
        for (row, id) in ids.enumerated() { text += "\"\(id)\",Tee \(row),Black\n" }
        let path = try AdapterFixtures.temporaryFile(text)
        let work = ListingCollector.Work()
        var restarted = false
        var listings: [Listing] = []
        try ListingCollector.$work.withValue(work) {
            try ListingLoader.stream(path: path, restart: { restarted = true }) { listings += $0 }
        }
        #expect(!restarted)
        #expect(listings.map(\.id) == ["K", "Caf\u{E9}", "L1", "L2", "L3", "長袖"])
        #expect(listings.map(\.variants.count) == [3, 3, 3, 1, 1, 2])
        #expect(work.mostOpen <= 2)
    }
}
