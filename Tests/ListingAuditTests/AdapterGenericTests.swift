import Foundation
import Testing

@testable import ListingAudit

@Suite struct AdapterGenericTests {
    @Test func canonicalColumnsLoadAsGenericWithListsAndMergedSKURows() throws {
        let result = try AdapterFixtures.load("generic-listings.csv")
        #expect(result.report.format == .generic)
        // Records on lines 2–6: G-100, G-200, G-300, one without an id (line 5), G-200 again (line 6).
        #expect(result.report.rowsRead == 5)
        #expect(result.listings.map(\.id) == ["G-100", "G-200", "G-300"])
        let dress = try #require(result.listing("G-100"))
        #expect(dress.description == "Breathable linen dress.\n\nLength | 98 cm")
        #expect(dress.optionValues(.colour) == ["Sand", "Olive"])
        #expect(dress.optionValues(.size) == ["S", "M", "L"])
        #expect(dress.images.map(\.position) == [1, 2])
        #expect(dress.images[1].location.column == 9)
        #expect(dress.price == 59.9)
        #expect(dress.attributes.map(\.value) == ["100% linen"])
        let tee = try #require(result.listing("G-200"))
        #expect(tee.variants.count == 2)
        #expect(tee.variants[1].sku == "G-200-GRY-XXL")
        #expect(tee.variants[1].location.line == 6)
        #expect(tee.optionValues(.colour) == ["白色", "黑色", "灰色"])
        // g200-1 (line 3) and g200-grey (line 6).
        #expect(tee.images.count == 2)
        let skipped = try #require(result.report.skipped.first)
        #expect(result.report.skipped.count == 1)
        #expect(skipped.location.line == 5)
        #expect(skipped.reason.en == "no listing id")
    }

    @Test func benchmarkCorpusHeaderIsGeneric() {
        let header = ["listing_id", "title", "description", "category", "colours", "sizes", "image_urls", "price"]
        #expect(ListingLoader.detectFormat(header: header) == .generic)
    }

    @Test func raggedRowsArePaddedOrSkippedAndCounted() throws {
        let path = try AdapterFixtures.temporaryFile(
            "listing_id,title,price\nA,Short row\nB,Extra empty,3,,\nC,Extra text,4,oops\n")
        let result = try ListingLoader.load(path: path)
        #expect(result.listings.map(\.id) == ["A", "B"])
        #expect(result.report.raggedRowsRepaired == 2)
        #expect(result.report.skipped.map(\.location.line) == [4])
        #expect(result.report.skipped.first?.location.column == 4)
        #expect(result.report.issues.map(\.kind) == ["ragged-row", "ragged-row"])
    }

    @Test func unknownHeaderIsUnusableDataNamingTheFileAndLine() throws {
        let path = try AdapterFixtures.temporaryFile("foo,bar\n1,2\n")
        #expect {
            _ = try ListingLoader.load(path: path)
        } throws: { error in
            guard case .unusableInput(let location, let reason)? = error as? IngestError else { return false }
            return location.file == path && location.line == 1 && reason.en.contains("--mapping")
                && reason.en.contains("Shopify") && reason.zh.contains("--mapping") && reason.zh.contains("不是能识别")
        }
    }

    @Test func columnMappingReadsAnyLayout() throws {
        let path = try AdapterFixtures.temporaryFile(
            "Artikel;Bezeichnung;Farben;Preis\nK-1;Strickjacke;Rot/Blau;39,90\n", name: "shop.csv")
        let mapping = try ColumnMapping.parse(
            Data(
                #"{"listing_id":"Artikel","title":"Bezeichnung","colours":"Farben","price":"Preis","separator":"/"}"#
                    .utf8), source: "map.json")
        let result = try ListingLoader.load(path: path, options: LoadOptions(mapping: mapping))
        #expect(result.report.format == .mapped)
        #expect(result.report.delimiter == "semicolon")
        let listing = try #require(result.listings.first)
        #expect(listing.title == "Strickjacke")
        #expect(listing.optionValues(.colour) == ["Rot", "Blau"])
        #expect(listing.price == 39.9)
        #expect(result.report.columnMapping.first == MappedColumn(field: "listing_id", column: "Artikel"))
    }

    /// `"header": "none"`: the first row is data, and the mapping names the columns by position.
    @Test func aMappingReadsAFileWithoutAHeaderByColumnPosition() throws {
        let path = try AdapterFixtures.temporaryFile("K-1,Strickjacke,39\n\nK-2,Mantel,59\n", name: "noheader.csv")
        let json = #"{"listing_id":"1","title":"2","price":"3","header":"none"}"#
        let mapping = try ColumnMapping.parse(Data(json.utf8), source: "map.json")
        #expect(!mapping.hasHeader)
        let result = try ListingLoader.load(path: path, options: LoadOptions(mapping: mapping))
        #expect(result.listings.map(\.id) == ["K-1", "K-2"])
        #expect(result.listings.first?.title == "Strickjacke")
        #expect(result.listings.last?.price == 59)
        #expect(result.listings.first?.location.line == 1)
        var withHeader = mapping
        withHeader.hasHeader = true
        #expect(throws: IngestError.self) {
            _ = try ListingLoader.load(path: path, options: LoadOptions(mapping: withHeader))
        }
    }

    @Test func mappingWithAnUnknownFieldIsRejected() {
        #expect(throws: IngestError.self) {
            _ = try ColumnMapping.parse(Data(#"{"listing_id":"a","colour":"b"}"#.utf8), source: "m.json")
        }
    }

    /// The `--mapping` file is refused as the refund and order mapping files are: located at the file, in both
    /// languages, saying what is wrong.
    @Test(arguments: [
        (#"{"listing_id":"a","colour":"b"}"#, "unknown field \"colour\" in the column mapping", "列映射中的字段“colour”不存在"),
        (#"{"title":"Name"}"#, "column mapping must name the \"listing_id\" column", "列映射必须指明“listing_id”对应的列"),
        (#"{"listing_id":"a""#, "column mapping is not valid JSON", "列映射文件不是有效的 JSON"),
        (#"["listing_id"]"#, "a column mapping must be a JSON object of field: column name", "应是一个 JSON 对象"),
        (#"{"listing_id":7}"#, "value for \"listing_id\" must be a column name (text)", "“listing_id”的值应是列名"),
        (#"{"listing_id":"a","separator":""}"#, "value for \"separator\" must be text", "“separator”的值应是文字"),
        (#"{"listing_id":"1","header":"no"}"#, "value for \"header\" must be none", "“header”的值应是 none"),
    ])
    func aBadMappingIsRefusedLocatedInBothLanguages(_ json: String, _ en: String, _ zh: String) {
        do {
            _ = try ColumnMapping.parse(Data(json.utf8), source: "m.json")
            Issue.record("\(json) was read")
        } catch {
            guard case .unusableInput(let location, let reason) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(location == SourceLocation(file: "m.json", line: 1))
            #expect(reason.en.contains(en), "\(reason.en)")
            #expect(reason.zh.contains(zh), "\(reason.zh)")
        }
    }
}

@Suite struct AdapterLoaderEdgeTests {
    @Test func emptyFileIsUnusableAtLineOne() throws {
        let path = try AdapterFixtures.temporaryFile("")
        #expect(throws: IngestError.unusableInput(
            location: SourceLocation(file: path, line: 1, column: 1),
            reason: LocalizedText(
                zh: "文件是空的；应有一行表头写明各列", en: "the file is empty; expected a header row naming the columns"))) {
            _ = try ListingLoader.load(path: path)
        }
    }

    @Test func headerOnlyFileHasNoListingsAndNoError() throws {
        let result = try ListingLoader.load(path: AdapterFixtures.temporaryFile("listing_id,title\n"))
        #expect(result.listings.isEmpty)
        #expect(result.report.rowsRead == 0)
    }

    @Test func fieldsFromALaterRowAreLocated() throws {
        let path = try AdapterFixtures.temporaryFile("listing_id,title,description\nA,Lamp,\nA,,Warm light\n")
        let listing = try #require(try ListingLoader.load(path: path).listings.first)
        #expect(listing.description == "Warm light")
        #expect(listing.location(of: .description) == SourceLocation(file: path, line: 3, column: 3))
        #expect(listing.location(of: .title) == SourceLocation(file: path, line: 2, column: 1))
    }

    @Test func missingFileIsFileNotFound() {
        #expect(throws: IngestError.fileNotFound(path: "/nonexistent/x.csv")) {
            _ = try ListingLoader.load(path: "/nonexistent/x.csv")
        }
    }

    @Test func forcedFormatWithoutItsColumnsIsUnusable() throws {
        let path = try AdapterFixtures.temporaryFile("listing_id,title\nA,B\n")
        #expect(throws: IngestError.self) {
            _ = try ListingLoader.load(path: path, options: LoadOptions(format: .shopify))
        }
    }
}

@Suite struct AdapterPreambleTests {
    @Test func aVersionColumnIsNotATaobaoPreamble() throws {
        let result = try ListingLoader.load(path: AdapterFixtures.temporaryFile("listing_id,title,version\nA,Lamp,2\n"))
        #expect(result.report.format == .generic)
        #expect(result.listings.map(\.id) == ["A"])
    }

    @Test func versionLineWithoutKeyRowIsUnusable() throws {
        let path = try AdapterFixtures.temporaryFile("version 1.00\n")
        #expect(throws: IngestError.self) { _ = try ListingLoader.load(path: path) }
    }

    @Test func skippedRowsAreAllCountedButOnlyTheFirstThousandKeptInDetail() throws {
        var text = "listing_id,title\nA,Lamp\n"
        for number in 0..<1_005 { text += ",Row \(number) without an id\n" }
        let report = try ListingLoader.load(path: try AdapterFixtures.temporaryFile(text)).report

        #expect(report.listingsBuilt == 1)
        #expect(report.skippedCount == 1_005)
        #expect(report.skipped.count == SkippedRow.keptInDetail)
        #expect(report.skipped.last?.location.line == 1_002)
    }

    @Test(arguments: ["demo-shop/orders.csv", "demo-shop/after-sales.csv", "formats/refunds/generic-refunds.csv"])
    func anOrderOrRefundExportIsNotReadAsListingsEvenWithProductIdAndTitleColumns(file: String) throws {
        let path = TestPaths.corpus.appendingPathComponent(file).path
        do {
            _ = try ListingLoader.load(path: path)
            Issue.record("\(file) was read as a listing export")
        } catch {
            guard case .unusableInput(let location, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(location.line == 1)
            #expect(reason.en.contains("this is an order or refund export, not a listing export"))
            #expect(reason.zh.contains("这是订单表或售后表，不是商品导出表"))
        }
        #expect(ListingLoader.detectFormat(header: ["订单号", "商品ID", "商品名称", "商品数量"]) == nil)
        #expect(ListingLoader.detectFormat(header: ["商品ID", "商品名称", "商品详情"]) == .chineseShop)
    }

    /// A Shopify orders export names no order-id column (`Name` holds `#1003`) and has a title-like `Name`: it is
    /// still called what it is, not "a title column without an id".
    @Test func aShopifyOrdersExportIsCalledWhatItIs() throws {
        let file = "demo-shop-en/orders.csv"
        let reason = try #require(AdapterFixtures.refusal(of: TestPaths.corpus.appendingPathComponent(file).path))
        #expect(reason.en.contains("is an order export, not a listing export"), "\(reason.en)")
        #expect(reason.zh.contains("是订单导出表，不是商品导出表"), "\(reason.zh)")
    }
}
