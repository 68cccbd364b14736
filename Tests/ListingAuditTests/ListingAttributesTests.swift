import Testing
@testable import ListingAudit

/// `Listing.addAttributeOnce` goes through an index past `Listing.longListThreshold` attributes; the list must
/// be the one the plain search gives: the first attribute of each name and value kept, in order.
@Suite struct ListingAttributesTests {
    @Test(arguments: [(1 as UInt64, 10), (2, 60), (3, 2_000)])
    func indexedAttributesEqualThePlainSearch(seed: UInt64, count: Int) {
        var generator = SeededGenerator(seed: seed)
        // `é` composed and decomposed: one value to a `String`, so to the index too.
        let values = ["caf\u{E9}", "cafe\u{301}", "cotton", "wool"]
        let names = ["material", "pattern"]
        let attributes = (0..<count).map { index in
            Attribute(
                name: names[generator.below(2)],
                value: "\(values[generator.below(4)]) \(generator.below(count / 2 + 1))",
                location: SourceLocation(file: "g.tsv", line: index + 2))
        }
        var plain: [Attribute] = []
        for attribute in attributes
        where !plain.contains(where: { $0.name == attribute.name && $0.value == attribute.value }) {
            plain.append(attribute)
        }
        var listing = Listing(id: "G1", format: .googleMerchant, location: SourceLocation(file: "g.tsv", line: 2))
        for attribute in attributes { listing.addAttributeOnce(attribute) }
        #expect(listing.attributes == plain)
        if count >= 2_000 { #expect(listing.attributes.count > Listing.longListThreshold) }
    }
}
