import Testing

@testable import ListingAudit

/// `ListingFacts.imageAddresses` tells most addresses apart by their picture keys before comparing them as strings:
/// held here to the straightforward list (gallery then variant images, blanks dropped, repeats by `==` dropped); and
/// the pictures counted and repeated among them, read in place, to the same questions asked of a set of pictures.
@Suite struct ImageAddressListTests {
    /// Addresses that repeat exactly, differ only in case, spaces or a size suffix, or are canonically equal with
    /// different bytes (`é` written precomposed and decomposed).
    private static let pieces = [
        "https://cdn.shop.com/p/mug.jpg", "HTTPS://CDN.SHOP.COM/P/MUG.JPG", " https://cdn.shop.com/p/mug.jpg",
        "https://cdn.shop.com/p/mug_800x800.jpg", "https://cdn.shop.com/p/caf\u{E9}.jpg",
        "https://cdn.shop.com/p/cafe\u{301}.jpg", "https://cdn.shop.com/p/图片.jpg", "", "  ", "mug.jpg",
        "https://cdn.shop.com/p/a b.jpg", "https://cdn.shop.com/p/a  b.jpg",
    ]

    @Test func addressesAreTheStraightforwardList() {
        var generator = SeededGenerator(seed: 12033)
        let location = SourceLocation(file: "shop.csv", line: 2)
        // One reader for every listing, as a worker's is.
        var reader = ImageURL.GalleryReader()
        for _ in 0..<400 {
            let gallery = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Self.pieces.randomElement(using: &generator)!
                    + (Bool.random(using: &generator) ? "" : "?v=\(Int.random(in: 0...40, using: &generator))")
            }
            let variantImages = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                Self.pieces.randomElement(using: &generator)!
            }
            let listing = Listing(
                id: "1", variants: variantImages.map { Variant(imageURL: $0, location: location) },
                images: gallery.map { ListingImage(url: $0, location: location) }, format: .generic,
                location: location)
            var expected: [String] = []
            for url in gallery + variantImages where !url.isBlank && !expected.contains(url) { expected.append(url) }
            #expect(ListingFacts.imageAddresses(of: listing, reader: &reader).map(\.url) == expected)
        }
    }

    /// A gallery of 100,000 addresses (90,000 pictures, the last 10,000 repeating the first): past 32 addresses the
    /// repeat test hashes them (`AddressList`), and the picture count hashes the pictures, so this takes under a second
    /// in a debug build. Nothing here is timed (a wall-clock limit fails when the parallel suite keeps the test
    /// waiting); a repeat test gone quadratic (4.5 billion comparisons) would keep the suite past CI's limit.
    @Test func aHundredThousandAddressesAreReadOnceEach() {
        let location = SourceLocation(file: "shop.csv", line: 2)
        let urls = (0..<100_000).map { index in
            let picture = index % 90_000
            return "https://cdn.shop.com/p/\(picture / 7)_\(picture % 7).jpg"
        }
        let listing = Listing(
            id: "1", images: urls.map { ListingImage(url: $0, location: location) }, format: .generic,
            location: location)
        var reader = ImageURL.GalleryReader()
        let addresses = ListingFacts.imageAddresses(of: listing, reader: &reader)
        #expect(addresses.map(\.url) == Array(urls.prefix(90_000)))
        #expect(ListingFacts.distinctPictures(addresses) == 90_000)
    }

    @Test func picturesAreCountedAsASetCountsThem() {
        var generator = SeededGenerator(seed: 16001)
        let location = SourceLocation(file: "shop.csv", line: 2)
        var reader = ImageURL.GalleryReader()
        // Placeholders too, repeated like any picture; galleries past 32 addresses take the hashed path.
        let pieces = Self.pieces + ["https://cdn.shop.com/p/placeholder.png", "https://cdn.shop.com/no-image.gif"]
        for _ in 0..<400 {
            let gallery = (0..<generator.below(45)).map { _ in
                pieces[generator.below(pieces.count)] + "?v=\(generator.below(3))"
                    + (generator.below(4) == 0 ? "" : "&n=\(generator.below(40))")
            }
            let listing = Listing(
                id: "1", images: gallery.map { ListingImage(url: $0, location: location) }, format: .generic,
                location: location)
            let addresses = ListingFacts.imageAddresses(of: listing, reader: &reader)
            var pictures = Set<ImagePicture>()
            let repeats = addresses.indices.filter { !pictures.insert(addresses[$0].picture).inserted }
            #expect(ListingFacts.repeatedPictures(addresses) == repeats)
            let shown = Set(addresses.filter { !$0.isPlaceholder }.map(\.picture))
            #expect(ListingFacts.distinctPictures(addresses) == shown.count)
        }
    }
}
