import Testing

@testable import ListingAudit

@Suite struct AdapterCellTextTests {
    @Test(arguments: [
        ("19.99", 19.99), ("89.0 EUR", 89.0), ("¥59.00", 59.0), ("59元", 59.0), ("1,299.00", 1299.0),
        ("12,50 €", 12.5), ("US$ 1,299", 1299.0), (" 7 ", 7.0),
    ])
    func pricesInShopNotations(_ text: String, _ expected: Double) {
        #expect(CellText.price(text) == expected)
    }

    @Test func textWithoutANumberHasNoPrice() {
        #expect(CellText.price("") == nil)
        #expect(CellText.price("面议") == nil)
        #expect(CellText.price("nan") == nil)
    }

    @Test func listsDropEmptyItemsAndTrim() {
        #expect(CellText.list("a| b ||c|", separator: "|") == ["a", "b", "c"])
        #expect(CellText.list("红色|\u{3000}蓝色", separator: "|") == ["红色", "蓝色"])
        #expect(CellText.list("a::b", separator: "::") == ["a", "b"])
        #expect(CellText.list("黑色，灰色、白色;蓝\n绿", separators: CellText.shopSeparators) == ["黑色", "灰色", "白色", "蓝", "绿"])
    }

    @Test func specCellsWithPairsOrPlainSizes() {
        let split = { (text: String) in CellText.list(text, separators: CellText.shopSeparators) }
        #expect(
            SpecText.options("颜色分类：黑色；尺码：XL", columnName: "规格", split: split) == [
                VariantOption(name: "颜色分类", value: "黑色", kind: .colour),
                VariantOption(name: "尺码", value: "XL", kind: .size),
            ])
        #expect(SpecText.options("S,M", columnName: "规格", split: split).map(\.value) == ["S", "M"])
    }

    @Test func magentoPairsKeepCommasInsideValues() {
        let pairs = MagentoAdapter.pairs("color=Red,material=cotton,linen,size=M")
        #expect(pairs.map(\.key) == ["color", "material", "size"])
        #expect(pairs[1].value == "cotton,linen")
    }

    @Test func taobaoPictureEntries() {
        #expect(
            TaobaoAssistantAdapter.pictures("a1:1:0:|https://x.example/1.jpg;b2:1:1:|;") == [
                "https://x.example/1.jpg", "b2",
            ])
    }
}
