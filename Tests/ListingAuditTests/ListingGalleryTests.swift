import Testing
@testable import ListingAudit

/// Adding images to a gallery past `Listing.longListThreshold` goes through an index; the gallery must be the one
/// the plain search gives (first image of each address kept, a later one's variant and alt text filling a missing
/// one), whatever the repeats, the gallery's length and a reordering between additions.
@Suite struct ListingGalleryTests {
    /// The gallery built with the plain search of every earlier image.
    private static func plainGallery(_ images: [ListingImage]) -> [ListingImage] {
        var gallery: [ListingImage] = []
        for image in images {
            if let existing = gallery.firstIndex(where: { $0.url == image.url }) {
                if gallery[existing].variantSKU == nil { gallery[existing].variantSKU = image.variantSKU }
                if gallery[existing].altText == nil { gallery[existing].altText = image.altText }
            } else {
                gallery.append(image)
            }
        }
        return gallery
    }

    private static func images(count: Int, addresses: Int, using generator: inout SeededGenerator) -> [ListingImage] {
        // `é` written composed and decomposed: the same address to a `String`, so to the index too.
        let spellings = ["caf\u{E9}", "cafe\u{301}", "a", "b"]
        return (0..<count).map { index in
            let url = "https://x.example/\(spellings[generator.below(4)])/\(generator.below(addresses)).jpg"
            return ListingImage(
                url: url, position: index + 1, variantSKU: generator.below(3) == 0 ? "S\(index)" : nil,
                altText: generator.below(4) == 0 ? "alt \(index)" : nil,
                location: SourceLocation(file: "g.csv", line: index + 2))
        }
    }

    @Test(arguments: [(1 as UInt64, 10), (2, 40), (3, 300), (4, 2_000)])
    func indexedGalleryEqualsThePlainSearch(seed: UInt64, count: Int) {
        var generator = SeededGenerator(seed: seed)
        let images = Self.images(count: count, addresses: max(count / 2, 2), using: &generator)
        var listing = Listing(id: "G1", format: .generic, location: SourceLocation(file: "g.csv", line: 2))
        for image in images { listing.addImage(image) }
        #expect(listing.images == Self.plainGallery(images))
        // The longer galleries go past the threshold, so the index is what built them.
        if count >= 300 { #expect(listing.images.count > Listing.longListThreshold) }
    }

    @Test func aGalleryReorderedBetweenAdditionsIsIndexedAgain() {
        var generator = SeededGenerator(seed: 5)
        let first = Self.images(count: 200, addresses: 150, using: &generator)
        let second = Self.images(count: 200, addresses: 150, using: &generator)
        var listing = Listing(id: "G1", format: .generic, location: SourceLocation(file: "g.csv", line: 2))
        for image in first { listing.addImage(image) }
        listing.images.reverse()
        for image in second { listing.addImage(image) }
        #expect(listing.images == Self.plainGallery(Self.plainGallery(first).reversed() + second))
    }
}
