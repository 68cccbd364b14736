import Foundation
import Testing
@testable import ListingAudit

/// `ListingImage` keeps its rarely set properties apart from its address, position and location: each reads back as
/// set, equality, hashing and coding see every property, and an image with none set is as small as its three.
@Suite struct ListingImageDetailsTests {
    private static let location = ListingAudit.SourceLocation(file: "listings.csv", line: 4, column: 7)

    /// The image with the property `which` (0–5) set to a value, or every property when `which` is 6.
    private static func image(setting which: Int) -> ListingImage {
        var image = ListingImage(url: "https://cdn.example.com/p/a.jpg", position: 2, location: location)
        if which == 0 || which == 6 { image.variantSKU = "SKU-1" }
        if which == 1 || which == 6 { image.altText = "A mug" }
        if which == 2 || which == 6 { image.width = 800 }
        if which == 3 || which == 6 { image.height = 600 }
        if which == 4 || which == 6 {
            image.probe = ImageProbe(address: image.url, outcome: .notProbed, byteSize: 12, prefixHash: 9)
        }
        if which == 5 || which == 6 {
            image.sameFileElsewhere = SharedImageFile(products: 3, title: "Mug", address: "x")
        }
        return image
    }

    @Test func everyPropertyReadsBackAndTellsImagesApart() throws {
        let plain = Self.image(setting: -1)
        for which in 0...6 {
            let image = Self.image(setting: which)
            #expect(image != plain, "property \(which)")
            #expect(image == Self.image(setting: which), "property \(which)")
            #expect(image.hashValue == Self.image(setting: which).hashValue, "property \(which)")
            #expect((image.variantSKU == "SKU-1") == (which == 0 || which == 6))
            #expect((image.altText == "A mug") == (which == 1 || which == 6))
            #expect((image.width == 800) == (which == 2 || which == 6))
            #expect((image.height == 600) == (which == 3 || which == 6))
            #expect((image.probe?.byteSize == 12) == (which == 4 || which == 6))
            #expect((image.sameFileElsewhere?.products == 3) == (which == 5 || which == 6))
            let decoded = try JSONDecoder().decode(ListingImage.self, from: JSONEncoder().encode(image))
            #expect(decoded == image, "property \(which)")
        }
    }

    /// Setting a property and clearing it again gives the image it was, whether set in place or by the initialiser.
    @Test func clearedPropertiesLeaveThePlainImage() {
        var image = Self.image(setting: 6)
        (image.variantSKU, image.altText, image.width, image.height) = (nil, nil, nil, nil)
        (image.probe, image.sameFileElsewhere) = (nil, nil)
        let plain = Self.image(setting: -1)
        #expect(image == plain)
        #expect(image.hashValue == plain.hashValue)
        let made = ListingImage(
            url: plain.url, position: 2, variantSKU: "SKU-1", altText: "A mug", width: 800, height: 600,
            location: Self.location)
        var built = plain
        (built.variantSKU, built.altText, built.width, built.height) = ("SKU-1", "A mug", 800, 600)
        #expect(made == built)
        #expect(made != plain)
    }

    /// A copy changed in one property leaves the original as it was (the details are shared, never changed).
    @Test func copiesDoNotShareChanges() {
        let original = Self.image(setting: 6)
        var copy = original
        copy.altText = "Another"
        #expect(original.altText == "A mug")
        #expect(copy.altText == "Another")
        #expect(copy.variantSKU == "SKU-1")
    }

    /// `isProbed` is `probe != nil` for an image with no details, with details but no probe, with a probe among
    /// other details, with the probe alone, and after the probe is cleared again (its details kept or all gone).
    @Test func isProbedIsWhetherTheImageHasAProbe() {
        var images = (-1...6).map { Self.image(setting: $0) }
        var probeCleared = Self.image(setting: 6)
        probeCleared.probe = nil
        var allCleared = Self.image(setting: 4)
        allCleared.probe = nil
        images += [probeCleared, allCleared]
        for (index, image) in images.enumerated() {
            #expect(image.isProbed == (image.probe != nil), "image \(index)")
        }
        #expect(images.filter(\.isProbed).count == 2)
        #expect(!probeCleared.isProbed && probeCleared.altText == "A mug")
        #expect(!allCleared.isProbed && allCleared == Self.image(setting: -1))
    }

    @Test func anImageIsItsAddressPositionAndLocationAndOneReference() {
        let parts = MemoryLayout<ArraySlice<UInt8>>.stride + MemoryLayout<Int?>.stride
            + MemoryLayout<ListingAudit.SourceLocation>.stride + MemoryLayout<AnyObject?>.size
        #expect(MemoryLayout<ListingImage>.size <= parts)
    }
}
