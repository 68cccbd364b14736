import Foundation
import Testing

@testable import ListingAudit

/// `ListingLoader.survey` (what `inspect` runs) builds only the first listings and counts the rest. Its report must be
/// the one `stream` gives and its samples the first listings `stream` hands over, in every format: the counting path
/// groups and skips rows by their keys alone, and Magento, whose content decides which listings there are, is built
/// in full.
@Suite struct ListingSurveyTests {
    private static let formats = TestPaths.corpus.appendingPathComponent("formats")

    private func json<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(value)
    }

    /// The report and every listing `stream` gives for `path`, after the last restart.
    private func streamed(_ path: String) throws -> (report: IngestReport, listings: [Listing]) {
        var listings: [Listing] = []
        let report = try ListingLoader.stream(path: path, restart: { listings = [] }) { listings += $0 }
        return (report, listings)
    }

    @Test(arguments: [
        "shopify-products.csv", "woocommerce-products.csv", "amazon-flat-file.txt", "amazon-listings-report.txt",
        "google-merchant-feed.tsv", "olist-products.csv", "douyin-skus.csv", "pinduoduo-products.csv",
        "taobao-assistant.csv", "taobao-assistant-utf16.csv", "magento-catalog.csv", "generic-listings.csv",
    ])
    func surveyReportsWhatStreamReportsAndItsFirstListings(file: String) throws {
        let path = Self.formats.appendingPathComponent(file).path
        let whole = try streamed(path)
        for samples in [0, 1, 2, 100] {
            let survey = try ListingLoader.survey(path: path, samples: samples)

            #expect(try json(survey.report) == json(whole.report), "\(file), \(samples) samples")
            #expect(try json(survey.samples) == json(Array(whole.listings.prefix(samples))), "\(file), \(samples)")
        }
    }

    @Test func skippedAndDuplicateRowsAreCountedWithoutBuildingListings() throws {
        let text = """
            seller-sku\titem-name\tprice
            A\tMug\t8
            \tNo key\t1
            B\tLamp\t20
            A\tMug again\t9
            C\tTee\t12

            """
        let path = try AdapterFixtures.temporaryFile(text, name: "listings.txt")
        let survey = try ListingLoader.survey(path: path, samples: 1)

        #expect(survey.report.listingsBuilt == 3)
        #expect(survey.report.skippedCount == 2)
        #expect(survey.report.skipped.map(\.location.line) == [3, 5])
        #expect(survey.samples.map(\.title) == ["Mug"])
    }

    /// A file whose rows of one listing are far apart is read again; the samples are the listings of that read, whole,
    /// not the ones handed over before it.
    @Test func samplesComeFromTheReadThatCompletesThem() throws {
        var text = "listing_id,title,colours\nA,Cotton tee,Black\n"
        for number in 0..<5000 { text += "B\(number),Mug \(number),White\n" }
        text += "A,,White\n"
        let survey = try ListingLoader.survey(path: try AdapterFixtures.temporaryFile(text), samples: 2)

        #expect(survey.report.listingsBuilt == 5001)
        #expect(survey.samples.map(\.id) == ["A", "B0"])
        #expect(survey.samples[0].optionValues(.colour) == ["Black", "White"])
    }

    @Test func aCollectorBuildsOnlyTheListingsBeforeItsLimit() {
        var collector = ListingCollector(file: "f.csv", release: .atEnd, builtListings: 1)
        #expect(collector.buildsNextListing)
        let first = collector.add(Listing(id: "A", format: .generic, location: collector.location(2)))
        #expect(!collector.buildsNextListing)
        let second = collector.add(Listing(id: "B", format: .generic, location: collector.location(3)))
        collector.modify(first) { listing, _ in listing.title = "built" }
        collector.modify(second) { listing, _ in listing.title = "built" }

        #expect(collector.listing(at: first).title == "built")
        #expect(collector.listing(at: second).title == "")
    }
}
