import Testing

@testable import ListingAudit

@Suite struct AdapterChineseShopTests {
    @Test func douyinRowsPerSKUMergeIntoOneListing() throws {
        let result = try AdapterFixtures.load("douyin-skus.csv")
        #expect(result.report.format == .chineseShop)
        #expect(result.listings.map(\.id) == ["3601", "3602"])
        let dress = try #require(result.listing("3601"))
        #expect(dress.description == "雪纺面料，裙长 110 厘米。\n\n模特身高 165 厘米穿 S 码。")
        #expect(dress.categoryPath == "女装/连衣裙")
        #expect(dress.brand == "花屿")
        #expect(dress.variants.map(\.sku) == ["3601-BL-S", "3601-BL-M", "3601-WH-M"])
        #expect(
            dress.variants[2].options == [
                VariantOption(name: "颜色分类", value: "白色碎花", kind: .colour),
                VariantOption(name: "尺码", value: "M", kind: .size),
            ])
        #expect(dress.price == 129)
        // Line 2's 主图 holds 3601-1 and 3601-2, line 4's 3601-white.
        #expect(dress.images.count == 3)
        #expect(dress.attributes.map(\.value) == ["雪纺"])
        let shorts = try #require(result.listing("3602"))
        #expect(shorts.optionValues(.colour) == ["黑色", "灰色"])
        #expect(shorts.optionValues(.size) == ["M", "L", "XL"])
        #expect(shorts.price == 59)
    }

    @Test func specificationCellsWithNameValuePairsInBothWidths() throws {
        let result = try AdapterFixtures.load("pinduoduo-products.csv")
        #expect(result.report.format == .chineseShop)
        let cup = try #require(result.listing("88001"))
        #expect(cup.description == "316不锈钢内胆\n容量 400ml")
        #expect(cup.optionValues(.colour) == ["粉色", "蓝色"])
        #expect(cup.optionValues(.size) == ["400ml"])
        // Records start on lines 2 (its description spans lines 2–3), 4, 5 and 6; line 6 has no 商品编号.
        #expect(cup.variants[1].location.line == 4)
        #expect(result.report.skipped.map(\.location.line) == [6])
    }

    @Test func taobaoAssistantReadsPreambleSKUPropsAndPictures() throws {
        let result = try AdapterFixtures.load("taobao-assistant.csv")
        #expect(result.report.format == .taobaoAssistant)
        // Line 1 is "version 1.00", line 2 the field names, line 3 their Chinese labels; data records on lines 4–6,
        // the last without 商家编码 or 数字ID (the one skipped row).
        #expect(result.report.headerLine == 2)
        #expect(result.report.delimiter == "tab")
        #expect(result.report.rowsRead == 3)
        #expect(result.listings.map(\.id) == ["612345678901", "MUG-9"])
        let pyjamas = try #require(result.listings.first)
        #expect(pyjamas.description == "全棉面料，宽松版型。\n\n衣长 68 cm")
        #expect(pyjamas.variants.map(\.sku) == ["PJ-WHT-M", "PJ-WHT-L"])
        #expect(pyjamas.variants.map(\.price) == [89, 92])
        #expect(pyjamas.optionValues(.colour) == ["奶白色"])
        #expect(pyjamas.optionValues(.size) == ["M", "L"])
        #expect(pyjamas.images.map(\.url) == ["https://img.example.cn/pj-1.jpg", "https://img.example.cn/pj-2.jpg"])
        #expect(result.listings[1].images.map(\.url) == ["mugpic01"])
        #expect(result.report.skipped.count == 1)
    }

    @Test func taobaoAssistantInUTF16LEReadsTheSame() throws {
        let utf16 = try AdapterFixtures.load("taobao-assistant-utf16.csv")
        let utf8 = try AdapterFixtures.load("taobao-assistant.csv")
        #expect(utf16.report.encoding == .utf16LE)
        #expect(utf16.listings.map(\.id) == utf8.listings.map(\.id))
        #expect(utf16.listings.map(\.variants.count) == utf8.listings.map(\.variants.count))
        #expect(utf16.listings.first?.optionValues(.size) == ["M", "L"])
    }
}
