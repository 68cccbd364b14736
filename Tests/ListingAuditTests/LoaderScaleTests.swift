import Foundation
import Testing

@testable import ListingAudit

/// Guards against the listing loader going quadratic (a copy of the growing listing array or id table per row):
/// 20,000 rows must load in a debug build at test speed. Not timed; a regression shows as a test run of minutes.
@Suite struct LoaderScaleTests {
    @Test func twentyThousandRowsWithMergedSKURowsLoadCompletely() throws {
        var text = "listing_id,title,description,colours,sizes,image_urls,sku,price\n"
        for number in 0..<10_000 {
            for (colour, size) in [("Black", "S"), ("White", "M")] {
                text += "L\(number),Cotton tee \(number),\"<p>Soft cotton, 180 g/m²</p>\",\(colour),\(size),"
                text += "https://img.example.com/\(number)_\(colour).jpg,L\(number)-\(colour)-\(size),19.90\n"
            }
        }
        let result = try ListingLoader.load(path: AdapterFixtures.temporaryFile(text))

        #expect(result.report.rowsRead == 20_000)
        #expect(result.report.skipped.isEmpty)
        #expect(result.listings.count == 10_000)
        let last = try #require(result.listing("L9999"))
        #expect(last.variants.count == 2)
        #expect(last.images.count == 2)
        #expect(last.optionValues(.colour) == ["Black", "White"])
        #expect(last.description == "Soft cotton, 180 g/m²")
    }
}
