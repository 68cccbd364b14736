import Testing
@testable import ListingAudit

@Suite struct ImageRuleTests {
    private let here = SourceLocation(file: "test.csv", line: 2)

    @Test func sizeVariantsOfOnePictureNormaliseAlike() {
        let same = [
            "https://img.alicdn.com/a/b.jpg", "http://img.alicdn.com/a/b.jpg_800x800.jpg",
            "https://img.alicdn.com/a/b.jpg_.webp", "https://IMG.alicdn.com/a/b.jpg?x-oss-process=resize",
        ]
        #expect(Set(same.map(ImageURL.normalised)).count == 1)
        let mug = ImageURL.normalised("https://cdn.shop.com/p/mug.jpg")
        for sized in ["mug-300x300.jpg", "mug_large.jpg", "mug_1024x@2x.jpg", "mug_x800.jpg"] {
            #expect(ImageURL.normalised("https://cdn.shop.com/p/" + sized) == mug, "\(sized)")
        }
        #expect(ImageURL.normalised("https://cdn.com/mug-2.jpg") != ImageURL.normalised("https://cdn.com/mug.jpg"))
    }

    @Test func picturesCompareAsTheirNormalisedAddressesDoInAnyCase() {
        let addresses = [
            "https://cdn.shop.com/p/mug.jpg", "https://CDN.shop.com/p/MUG_LARGE.JPG?v=2",
            " //cdn.shop.com/p/mug-300X300.jpg ", "https://cdn.shop.com/p/mug-2.jpg",
            "https://cdn.shop.com/p/Mug_Crop_Center.jpg", "https://cdn.shop.com/q/mug.jpg",
        ]
        for left in addresses {
            for right in addresses {
                let same = ImageURL.normalised(left) == ImageURL.normalised(right)
                #expect((ImagePicture(left) == ImagePicture(right)) == same, "\(left) vs \(right)")
            }
        }
        #expect(Set(addresses.map(ImagePicture.init)).count == Set(addresses.map(ImageURL.normalised)).count)
        #expect(Set(addresses.map(ImageURL.normalised)).count == 3)
    }

    @Test func onePassReadsThePictureAsItsNormalisedAddress() {
        let same = [
            "https://a.example/p/x.jpg", " https://a.example/p/x.jpg\t", "//A.example/p/x.jpg#f",
            "http://a.example/p/x_800x800.jpg?q=/b/c.png", "HTTPS://a.example/p/X.JPG",
            "https://a.example/p/x.jpg_.webp",
        ]
        #expect(Set(same.map(ImageURL.normalised)).count == 1)
        #expect(Set(same.map { ImageURL.read($0).picture }).count == 1)
        let other = ["a.example/p/x.jpg", "https://a.example/x.jpg", "https://a.example/p/", "", "  ", "/", "x.jpg"]
        for left in same + other {
            for right in other {
                let equal = ImageURL.normalised(left) == ImageURL.normalised(right)
                #expect((ImageURL.read(left).picture == ImagePicture(right)) == equal, "\(left) vs \(right)")
            }
        }
    }

    @Test func addressProblemsAreNamed() {
        #expect(ImageURL.problem("https://cdn.example.com/a.jpg") == nil)
        #expect(ImageURL.problem("https://cdn.example.com/a b.jpg") == .containsSpaces)
        #expect(ImageURL.problem("D:/photos/a.jpg") == .localFile)
        #expect(ImageURL.problem("\\\\nas\\photos\\a.jpg") == .localFile)
        #expect(ImageURL.problem("ftp://files.example.com/a.jpg") == .notHTTP)
        #expect(ImageURL.problem("www.example.com/a.jpg") == .noScheme)
        #expect(ImageURL.problem("https:///a.jpg") == .missingHost)
        #expect(ImageURL.problem("主图1.jpg") == .localFile)
    }

    @Test(arguments: [
        ("http://localhost:28089/goods-img/a.jpg", ImageURL.Problem.localServer),
        ("http://LOCALHOST/a.jpg", .localServer), ("https://127.0.0.1:8443/a.jpg", .localServer),
        ("http://192.168.1.5/a.jpg", .localServer), ("http://user@10.0.0.7:80/a.jpg", .localServer),
        ("http://172.20.1.1/a.jpg", .localServer), ("http://[::1]:8080/a.jpg", .localServer),
        ("http://intranet:8080/a.jpg", .missingHost), ("https://:443/a.jpg", .missingHost),
        ("https://cdn.example.com:8443/a.jpg", nil), ("http://172.32.1.1/a.jpg", nil),
        ("https://img.example/a.jpg?next=http://localhost", nil), ("http://192.168.1.500/a.jpg", nil),
        // The host follows the last `@` and ends at the first `:` after it, however long the parts around it.
        ("http://a.b:pw@intranet/a.jpg", .missingHost), ("http://user:pw@cdn.example.com:8443/a.jpg", nil),
        ("http://x@y.example@localhost/a.jpg", .localServer), ("http://@/a.jpg", .missingHost),
        ("http://[::2]/a.jpg", nil), ("http://user.name.long@my-intranet-host-name:8080/a.jpg", .missingHost),
        ("http://very-long-user-name:pw@192.168.100.200:8080/a.jpg", .localServer),
        ("http://images.cdn.example.com.cn:80:81/a.jpg", nil), ("http://intranet-host-name:80.5/a.jpg", .missingHost),
    ] as [(String, ImageURL.Problem?)])
    func hostsNoMarketplaceCanReachAreNamed(url: String, problem: ImageURL.Problem?) {
        #expect(ImageURL.problem(url) == problem)
        // The same verdict when the address is not plain ASCII (read by the general path).
        #expect(ImageURL.problem(url + "?名=1") == problem)
    }

    @Test func googleFeedWithoutAdditionalImagesIsNotJudgedOnImageCount() {
        let item = Listing.withOneImage(
            "https://cdn.example.com/mug.jpg", id: "g1", title: "Ceramic mug", format: .googleMerchant)
        let profile = CategoryProfiler.profile(of: item)
        func findings(_ listing: Listing, galleries: Bool) -> [Finding] {
            let shop = ShopFacts(exportHasGalleries: galleries)
            return TooFewImagesRule().findings(for: listing, profile: profile, shop: shop)
        }
        #expect(findings(item, galleries: false).isEmpty)
        #expect(findings(item, galleries: true).count == 1)
        var shopify = item
        shopify.format = .shopify
        #expect(findings(shopify, galleries: false).count == 1)
        #expect(!ShopFacts.compute([item]).exportHasGalleries)
    }

    @Test func amazonListingsReportWithoutAnyDescriptionIsNotJudgedEmpty() {
        let item = Listing(id: "SKU-1", title: "Yoga mat 6 mm", format: .amazonListingsReport, location: here)
        let profile = CategoryProfiler.profile(of: item)
        func findings(_ listing: Listing, described: Bool) -> [Finding] {
            let shop = ShopFacts(exportHasDescriptions: described)
            return EmptyDescriptionRule().findings(for: listing, profile: profile, shop: shop)
        }
        #expect(findings(item, described: false).isEmpty)
        #expect(findings(item, described: true).count == 1)
        var shopify = item
        shopify.format = .shopify
        #expect(findings(shopify, described: false).count == 1)
        #expect(!ShopFacts.compute([item]).exportHasDescriptions)
    }

    @Test func taobaoAssistantLocalPictureNamesAreAccepted() {
        let listing = Listing.withOneImage("a1b2c3d4e5f6:1:0:|;", id: "tb1", title: "纯棉T恤", format: .taobaoAssistant)
        #expect(RuleProbe.findings(MalformedImageURLRule.self, listing).isEmpty)
        var generic = listing
        generic.format = .generic
        #expect(RuleProbe.findings(MalformedImageURLRule.self, generic).count == 1)
    }

    @Test func imagesLinkedBySKUCountForTheirColour() {
        let location = here
        let variants = [
            Variant(
                sku: "T-W", options: [VariantOption(name: "Color", value: "White", kind: .colour)], location: location),
            Variant(
                sku: "T-B", options: [VariantOption(name: "Color", value: "Black", kind: .colour)], location: location),
            Variant(sku: "T-G", options: [VariantOption(name: "Color", value: "Green", kind: .colour)],
                    location: SourceLocation(file: "test.csv", line: 4)),
        ]
        let images = [
            ListingImage(url: "https://cdn.example.com/w.jpg", position: 1, variantSKU: "T-W", location: location),
            ListingImage(url: "https://cdn.example.com/b.jpg", position: 2, variantSKU: "T-B", location: location),
            ListingImage(url: "https://cdn.example.com/g.jpg", position: 3, location: location),
        ]
        let listing = Listing(
            id: "t", title: "Tee", variants: variants, images: images, format: .shopify, location: location)
        let found = RuleProbe.findings(ColourVariantImagesRule.self, listing)
        #expect(found.map(\.evidence) == ["Green"])
        #expect(found.first?.location.line == 4)
    }

    @Test(arguments: [7 as UInt64, 8, 9])
    func coloursWithoutImagesAreThoseNoPicturedVariantHas(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        // `é` composed and decomposed name one colour.
        let colours = ["Ros\u{E9}", "Rose\u{301}", "Black", "Green", "Navy", "Sand"]
        let variants = (0..<300).map { index in
            Variant(
                sku: "S\(index)",
                options: [VariantOption(name: "Color", value: colours[generator.below(6)], kind: .colour)],
                imageURL: generator.below(100) == 0 ? "https://cdn.example.com/\(index).jpg" : nil,
                location: SourceLocation(file: "test.csv", line: index + 2))
        }
        let images = (0..<2).map { index in
            ListingImage(
                url: "https://cdn.example.com/g\(index).jpg", position: index + 1,
                variantSKU: "S\(generator.below(300))", location: here)
        }
        let listing = Listing(
            id: "t", title: "Tee", variants: variants, images: images, format: .shopify, location: here)
        // Straight from the rule's definition: a colour is missing when no variant of it has a picture.
        let linked = Set(images.compactMap(\.variantSKU))
        var missing: [String] = []
        for colour in listing.optionValues(.colour) where !missing.contains(colour) {
            let pictured = variants.contains { variant in
                variant.value(of: .colour) == colour && (variant.imageURL != nil || linked.contains(variant.sku ?? ""))
            }
            if !pictured { missing.append(colour) }
        }
        // Some colours pictured and some not, so the rule has both to tell apart.
        #expect(!missing.isEmpty && missing.count < listing.optionValues(.colour).count)
        let found = RuleProbe.findings(ColourVariantImagesRule.self, listing)
        #expect(found.map(\.evidence) == (missing.isEmpty ? [] : [missing.joined(separator: ", ")]))
    }

    @Test func minimumImagesComesFromTheSettings() {
        let example = RuleExample(
            title: "Mug", images: ["https://c.com/1.jpg", "https://c.com/2.jpg", "https://c.com/3.jpg"])
        var strict = RuleSettings()
        strict.minimumImages = 5
        #expect(RuleProbe.findings(TooFewImagesRule.self, example.listing).isEmpty)
        let found = RuleProbe.findings(TooFewImagesRule.self, example.listing, settings: strict)
        #expect(found.map(\.evidence) == ["https://c.com/1.jpg, https://c.com/2.jpg, https://c.com/3.jpg"])
    }

    @Test func placeholdersDoNotCountAsPictures() {
        let example = RuleExample(
            title: "Mug", images: ["https://c.com/1.jpg", "https://c.com/placeholder.png", "https://c.com/2.jpg"])
        #expect(ListingFacts(example.listing).distinctImageCount == 2)
        let found = RuleProbe.findings(PlaceholderImageRule.self, example.listing)
        #expect(found.map(\.evidence) == ["https://c.com/placeholder.png"])
    }

    /// The finding counts every stand-in of the gallery, the photos between them left out, and quotes the first.
    @Test func everyPlaceholderIsCountedAndTheFirstQuoted() {
        let images = [
            "https://c.com/1.jpg", "https://c.com/no-image.png", "https://c.com/2.jpg", "https://c.com/default.jpg",
            "https://shop.example.com/", "https://c.com/3.jpg",
        ]
        let found = RuleProbe.findings(PlaceholderImageRule.self, RuleExample(title: "Mug", images: images).listing)
        #expect(found.map(\.evidence) == ["https://c.com/no-image.png"])
        #expect(found.map { $0.message.text(.en) } == ["3 placeholder images instead of product photos"])
        #expect(found.map { $0.message.text(.zh) } == ["有 3 张占位图，不是商品实拍"])
    }

    /// A gallery of stand-ins alone counts no picture; the message says so rather than "only 0 images".
    @Test func aGalleryOfOnlyPlaceholdersIsSaidToHaveNoProductPhoto() {
        let example = RuleExample(title: "Mug", images: ["https://c.com/placeholder.png", "https://shop.example.com/"])
        let found = RuleProbe.findings(TooFewImagesRule.self, example.listing)
        #expect(found.map { $0.message.text(.en) } == [
            "Only placeholders, no product photo; at least 3 different images are recommended",
        ])
        #expect(found.map { $0.message.text(.zh) } == ["只有占位图，没有商品图片，建议至少 3 张不同的图片"])
        let one = RuleProbe.findings(TooFewImagesRule.self, RuleExample(title: "Mug", images: ["https://c.com/1.jpg"]))
        #expect(one.map { $0.message.text(.en) } == ["Only 1 different image; at least 3 are recommended"])
    }
}
