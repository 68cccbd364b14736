import Testing

@testable import ListingAudit

@Suite struct AdapterShopifyTests {
    @Test func multiRowProductsJoinVariantsImagesAndMetafields() throws {
        let result = try AdapterFixtures.load("shopify-products.csv")
        #expect(result.report.format == .shopify)
        // Records on lines 2–9 after the header: wrap-dress ×4, canvas-tote, lost-handle, 羊毛围巾 ×2. Three Handles
        // have a row with a Title; lost-handle (line 7) has only an image.
        #expect(result.report.rowsRead == 8)
        #expect(result.listings.map(\.id) == ["wrap-dress", "canvas-tote", "羊毛围巾"])
        let dress = try #require(result.listing("wrap-dress"))
        #expect(dress.title == "Wrap Dress")
        #expect(dress.description == "Soft viscose wrap dress.\n\nLength: 105 cm\nModel wears S")
        #expect(dress.categoryPath == "Apparel & Accessories > Clothing > Dresses")
        #expect(dress.productType == "Dresses")
        #expect(dress.brand == "Harbour Lane")
        #expect(dress.price == 49)
        #expect(dress.variants.map(\.sku) == ["WD-S-NAV", "WD-M-NAV", "WD-S-RED"])
        #expect(
            dress.variants[1].options == [
                VariantOption(name: "Size", value: "M", kind: .size),
                VariantOption(name: "Colour", value: "Navy", kind: .colour),
            ])
        #expect(dress.variants[2].imageURL == "https://cdn.example.com/wd-red.jpg")
        #expect(
            dress.variants[2].location
                == SourceLocation(file: AdapterFixtures.sample("shopify-products.csv"), line: 4, column: 10))
        // Image Src wd-1/2/3 (positions 1–3) on lines 2, 3 and 5, then the two distinct Variant Images (navy, red).
        #expect(dress.images.map(\.position) == [1, 2, 3, nil, nil])
        #expect(dress.images[0].altText == "Wrap dress front")
        #expect(dress.images[2].location.line == 5)
        #expect(dress.images.last?.variantSKU == "WD-S-RED")
        #expect(dress.attributes.map(\.name) == ["tags", "shopify.color-pattern", "shopify.fabric"])
    }

    @Test func defaultTitleMeansNoOptionsAndImageRowsForUnknownHandlesAreSkipped() throws {
        let result = try AdapterFixtures.load("shopify-products.csv")
        let tote = try #require(result.listing("canvas-tote"))
        #expect(tote.variants.count == 1)
        #expect(tote.variants[0].options.isEmpty)
        #expect(tote.description == "Sturdy canvas tote & inner pocket.")
        let skipped = try #require(result.report.skipped.first)
        #expect(result.report.skipped.count == 1)
        #expect(skipped.location.line == 7)
        #expect(skipped.reason.en.contains("image-only"))
        let scarf = try #require(result.listing("羊毛围巾"))
        #expect(scarf.optionValues(.colour) == ["驼色", "灰色"])
        #expect(scarf.description == "100% 羊毛，长 180 厘米。")
    }

    @Test func laterRowsFillAttributesAndGalleriesAreOrderedByPosition() throws {
        // A product whose first row names no option and holds the gallery's last picture: a metafield given only
        // on a later row is read from that row (a third row's other value is not), the gallery is put in position
        // order, and a `title` option of `Default Title` is no option whatever its case.
        let header = "Handle,Title,Body (HTML),Vendor,Option1 Name,Option1 Value,Variant SKU,Variant Price,Image Src,"
            + "Image Position,Stoff (product.metafields.shopify.fabric)"
        let path = try AdapterFixtures.temporaryFile(
            [
                header,
                "linen-shirt,Linen Shirt,<p>Washed linen.</p>,Fjord,title,Default Title,LS-1,30,"
                    + "https://cdn.example.org/ls-3.jpg,3,",
                "linen-shirt,,,,,,,,https://cdn.example.org/ls-1.jpg,1,linen",
                "linen-shirt,,,,,,,,https://cdn.example.org/ls-2.jpg,2,cotton",
                "茶杯,青瓷茶杯,<p>手工青瓷。</p>,窑坊,,天青,CB-1,88,https://cdn.example.org/cb-1.jpg,1,",
                "茶杯,,,,,,,,https://cdn.example.org/cb-2.jpg,2,",
            ].joined(separator: "\n") + "\n")
        let result = try ListingLoader.load(path: path)
        #expect(result.report.format == .shopify)
        let shirt = try #require(result.listing("linen-shirt"))
        #expect(shirt.variants.map(\.options) == [[]])
        #expect(shirt.images.map(\.url) == (1...3).map { "https://cdn.example.org/ls-\($0).jpg" })
        #expect(shirt.images.map(\.position) == [1, 2, 3])
        let fabricCell = SourceLocation(file: path, line: 3, column: 11)
        #expect(shirt.attributes == [Attribute(name: "shopify.fabric", value: "linen", location: fabricCell)])
        let cup = try #require(result.listing("茶杯"))
        #expect(cup.variants.map(\.options) == [[VariantOption(name: "", value: "天青", kind: .other)]])
        #expect(cup.images.map(\.url) == ["https://cdn.example.org/cb-1.jpg", "https://cdn.example.org/cb-2.jpg"])
        #expect(cup.attributes.isEmpty)
    }

    @Test func metafieldKeysIgnoreTheLocalisedLabel() {
        #expect(
            ShopifyAdapter.metafieldKey("Farbe (product.metafields.shopify.color-pattern)") == "shopify.color-pattern")
        #expect(ShopifyAdapter.metafieldKey("Größe (product.metafields.shopify.size)") == "shopify.size")
        #expect(ShopifyAdapter.metafieldKey("Variant Price") == nil)
    }

    @Test func optionNamesInEnglishChineseAndGermanAreRecognised() {
        for name in ["Size", "SIZE", "Größe", "尺码", "尺寸", "规格", "鞋码", "Shoe Size"] {
            #expect(OptionNames.kind(of: name) == .size, "\(name)")
        }
        for name in ["Color", "Colour", "COLOR", "Farbe", "颜色", "颜色分类", "Colour Name"] {
            #expect(OptionNames.kind(of: name) == .colour, "\(name)")
        }
        #expect(OptionNames.kind(of: "Material") == .other)
    }

    @Test func optionKindsAskedAgainAreTheKindsWorkedOut() {
        // Names met again (the kinds known), spellings equal as `String`s but not byte for byte, names too long to
        // be kept, and more names than are kept at once (the known kinds dropped and worked out again).
        let decomposed = "Damengro\u{0308}ße"
        var names = ["Size", "颜色分类", " Farbe ", "Damengröße", decomposed, "Material", ""]
        names.append(String(repeating: "尺码", count: 40))
        names += (0..<1_300).map { ["Size \($0)", "色 \($0)", "Länge \($0)"][$0 % 3] }
        for _ in 0..<2 {
            for name in names {
                #expect(OptionNames.kind(of: name) == OptionNames.workedOutKind(of: name), "\(name)")
            }
        }
        #expect(OptionNames.kind(of: "Damengröße") == .size)
    }
}
