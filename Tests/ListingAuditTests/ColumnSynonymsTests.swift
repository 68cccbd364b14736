import Foundation
import Testing

@testable import ListingAudit

/// Product tables no adapter knows are mapped by what their column names mean, in English and Chinese.
struct ColumnSynonymsTests {
    @Test func chineseShopSystemColumnsAreMappedWithTheirEvidence() throws {
        let header = ["goods_id", "goods_name", "goods_intro", "goods_detail_content", "goods_cover_img", "价格"]
        let (mapping, evidence) = try #require(ColumnSynonyms.mapping(header: header))
        #expect(mapping.columns[.listingID] == "goods_id")
        #expect(mapping.columns[.title] == "goods_name")
        #expect(mapping.columns[.description] == "goods_detail_content")
        #expect(mapping.columns[.imageURLs] == "goods_cover_img")
        #expect(mapping.columns[.price] == "价格")
        #expect(evidence["goods_name"] == .synonym)
    }

    @Test func chineseHeadersAreMapped() throws {
        let header = ["商品ID", "宝贝标题", "商品详情", "主图", "颜色分类", "尺码"]
        let (mapping, _) = try #require(ColumnSynonyms.mapping(header: header))
        #expect(mapping.columns[.listingID] == "商品ID")
        #expect(mapping.columns[.title] == "宝贝标题")
        #expect(mapping.columns[.description] == "商品详情")
        #expect(mapping.columns[.imageURLs] == "主图")
        #expect(mapping.columns[.colours] == "颜色分类")
        #expect(mapping.columns[.sizes] == "尺码")
    }

    @Test func theLikeliestSynonymWinsAndEachColumnServesOneField() throws {
        // `title` outranks `name`; `title_highlighted_html` only contains a synonym; a URL column is never text.
        let header = ["name", "title_highlighted_html", "title", "id", "detail_url"]
        let (mapping, evidence) = try #require(ColumnSynonyms.mapping(header: header))
        #expect(mapping.columns[.title] == "title")
        #expect(mapping.columns[.listingID] == "id")
        #expect(mapping.columns[.description] == nil)
        #expect(evidence["title"] == .synonym)
    }

    @Test func withoutAnIdOrATitleNothingIsMapped() {
        #expect(ColumnSynonyms.mapping(header: ["Name", "Rating", "Price"]) == nil)
        #expect(ColumnSynonyms.mapping(header: ["goods_id", "attribute", "value"]) == nil)
        #expect(ColumnSynonyms.titleWithoutID(header: ["Name", "Rating", "Price"]) == "Name")
    }

    @Test func aTableMappedByMeaningLoadsAndShowsItsEvidence() throws {
        let csv = "goods_id,goods_name,goods_detail_content,goods_cover_img\n"
            + "7,纯棉T恤,<p>柔软</p>,https://img.example/7.jpg\n8,马克杯,,\n"
        let result = try ListingLoader.load(path: try AdapterFixtures.temporaryFile(csv))
        #expect(result.report.format == .mapped)
        #expect(result.listings.map(\.title) == ["纯棉T恤", "马克杯"])
        #expect(result.listing("7")?.images.count == 1)
        let title = try #require(result.report.columnMapping.first { $0.field == "title" })
        #expect(title.column == "goods_name")
        #expect(title.evidence == "synonym")
    }

    @Test func aPersonsNameIsNoProductTitle() throws {
        // W3C CSVW test005: people and their children. `FamilyName` and `Surname` contain `name`, a title synonym.
        let header = ["id", "Surname", "FamilyName", "child_id"]
        #expect(ColumnSynonyms.mapping(header: header) == nil)
        #expect(ColumnSynonyms.titleWithoutID(header: header) == nil)
        let reason = FormatDetector.unrecognisedReason(header: HeaderIndex(header))
        #expect(reason.en.contains("It is a table of people (Surname, FamilyName)"), "\(reason.en)")
        #expect(reason.en.contains("no column that means a product title"), "\(reason.en)")
        #expect(reason.zh.contains("它是人员表（Surname、FamilyName）"), "\(reason.zh)")
        // A product name column still is one.
        let products = try #require(ColumnSynonyms.mapping(header: ["id", "customer_name", "product_name"]))
        #expect(products.mapping.columns[.title] == "product_name")
    }

    @Test func anOrderExportIsNotTakenForAListingTable() throws {
        let csv = "order_id,product_id,product_name,price\n1,7,纯棉T恤,9.9\n"
        #expect(throws: IngestError.self) { try ListingLoader.load(path: try AdapterFixtures.temporaryFile(csv)) }
    }

    @Test func aNameContainsWhatFoundationsSearchFindsInIt() {
        // Every synonym, person's name and settlement word, short ASCII runs and parts that end a name, in names
        // of ASCII (answered as bytes), of CJK and Hangul (answered by Foundation) and of both.
        var parts = ColumnSynonyms.table.flatMap(\.1) + TransactionSynonyms.refunds.flatMap(\.1)
            + TransactionSynonyms.orders.flatMap(\.1) + ColumnSynonyms.personNames
            + ["settlement", "结算", "정산", "url", "link", "", "e", "ee", "idx", "\u{212A}g", "k\u{301}"]
        var names = [
            "sku", "productid", "refundamount", "buyer_nickname", "settlementid", "detailurl", "kg", "商品id",
            "实际退款金额", "반품사유", "주문번호x", "sku编码", "\u{1100}\u{1161}", "café",
        ].map(ColumnSynonyms.fold)
        var random = SeededGenerator(seed: 46)
        let letters = Array("abdeiklnoqrstu".unicodeScalars)
        for _ in 0..<200 {
            let scalars = (0..<(1 + random.below(14))).map { _ in letters[random.below(letters.count)] }
            names.append(String(String.UnicodeScalarView(scalars)))
            let start = random.below(scalars.count)
            let end = start + 1 + random.below(scalars.count - start)
            parts.append(String(String.UnicodeScalarView(scalars[start..<end])))
        }
        for name in names {
            for part in parts {
                #expect(ColumnSynonyms.name(name, contains: part) == name.contains(part), "\(name) \(part)")
            }
        }
    }
}
