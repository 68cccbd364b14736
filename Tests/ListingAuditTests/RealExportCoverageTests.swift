import Foundation
import Testing

@testable import ListingAudit
@testable import ListingAuditCLI

/// Every file in `../shared/real-exports` and what the tool does with it (skipped when `../shared` is absent): read,
/// with the suite that checks its counts against figures computed independently; refused by `inspect` with exit 65
/// and a reason that says what the file is, in English and Chinese; or a CSV test vector / provenance note that is
/// no export. A file added there without an entry here fails `everyFileHasADisposition`.
///
/// The counts below come from Python's `csv` module, run in `../shared/real-exports` (non-blank `csv.DictReader`
/// rows, `encoding="utf-8-sig"`):
///
///     korean_apparel_store_return_reasons.csv: len(rows) = 123; rows with an empty reason 0, with an empty
///         product_name 0; len({r["product_name"]}) = 38
///     olist_order_items_dataset_head999.csv: len(rows) = 999; len({r["order_id"]}) = 876;
///         len({r["product_id"]}) = 832; round(sum(float(r["price"])), 2) = 113783.19
@Suite(TestPaths.needsRealExports) struct RealExportCoverageTests {
    enum Disposition: Sendable {
        /// Read; the named suite checks its counts.
        case read(String)
        /// Refused by `inspect` (exit 65) with these words in the English and the Chinese message.
        case refused(en: String, zh: String)
        /// A CSV parser test vector (`CSVRealExportsTests`, `CSVFixtureTests`), or a provenance note: no export.
        case notAnExport(String)
    }

    static let generic = Disposition.refused(en: "this is not a listing export we recognise", zh: "这不是能识别的商品导出表")
    static let noID = Disposition.refused(en: "no column that names a product id", zh: "没有商品编号列")
    static let review = Disposition.refused(en: "It is a review export", zh: "它是评价导出")
    static let headerless = Disposition.refused(en: "its first row is data, not a header", zh: "它没有表头")

    static let files: [String: Disposition] = {
        var files: [String: Disposition] = [
            "SOURCES.md": .notAnExport("provenance"), "SOURCES-2.md": .notAnExport("provenance"),
            "amazon/flatfile_template_Home_amazon.com_header3.txt": .read("RealExportTests"),
            "amazon/flatfile_template_Sports_amazon.com_header3.txt": .read("RealExportTests"),
            "amazon/settlement_report_v2_sample.txt": .refused(en: "It is a settlement report", zh: "它是结算报表"),
            "amazon/zynk_docs_GET_MERCHANT_LISTINGS_ALL_DATA_sample.txt": .read("RealExportTests"),
            "awin/bilalithelabel_awin_product_feed.csv": .read("RealExportTests"),
            "google-merchant-xml/airfeel_product_feed_MALFORMED.xml": .refused(
                en: "the XML is not well-formed", zh: "XML 格式错误"),
            "google-merchant-xml/importpc_cz_google_feed.xml": .read("RealFeedExportTests"),
            "google-merchant-xml/rawhidecityleather_google-merchant-feed.xml": .read("RealFeedExportTests"),
            "google-merchant-xml/sparklingresindelights_google_feed.xml": .read("RealFeedExportTests"),
            "google-merchant-xml/velofant_prisjakt_feed.xml": .read("RealFeedExportTests"),
            "google-merchant-xml/vktry_google_merchant_feed.xml": .read("RealFeedExportTests"),
            "google-merchant/gmc_product_feed_cjdropshipping_head1000.tsv": .read("RealExportTests"),
            "magento2/catalog_product_sample.csv": .read("RealExportTests"),
            "marketplace/amazon_us_smartphones_details_100.csv": noID,
            "marketplace/flipkart_com-ecommerce_sample_head48.csv": .read("RealTableExportTests"),
            "marketplace/promptcloud_amazon_com_sample_head10.csv": .read("RealTableExportTests"),
            "olist/olist_order_items_dataset_head999.csv": .read("RealExportCoverageTests"),
            "olist/olist_order_reviews_dataset_head113.csv": review,
            "olist/olist_products_dataset_head999.csv": .read("RealExportTests"),
            "returns/amazon_return_tag_library_zh_202512311659.json": .refused(
                en: "It is a list of definitions", zh: "它是分类或标签的定义表"),
            "returns/jddc_jd_customer_aftersales_utterances.tsv": .refused(
                en: "It is a log of customer-service conversations", zh: "它是客服对话记录"),
            "returns/korean_apparel_store_return_reasons.csv": .read("RealExportCoverageTests"),
            "reviews/jd_facial_mask_comments_40.csv": review,
            "reviews/litemall_yanxuan_comments.csv": review,
            "reviews/online_shopping_10_cats_subset.csv": review,
            "reviews/womens_clothing_ecommerce_reviews_with_text.csv": noID,
            "woocommerce/experimental_fashion_sample_9_products.csv": .read("RealExportTests"),
            "woocommerce/sample_products.csv": .read("RealExportTests"),
            "woocommerce/vinoteka15milja_woocommerce-products.csv": .read("RealExportTests"),
            "zh-shops/jd_facial_mask_search_60_noheader.csv": headerless,
            "zh-shops/litemall_yanxuan_goods.csv": .read("RealTableExportTests"),
            "zh-shops/litemall_yanxuan_goods_attributes.csv": .refused(
                en: "It is an attribute table", zh: "它是属性表"),
            "zh-shops/litemall_yanxuan_goods_skus.csv": .refused(en: "It is a SKU table", zh: "它是 SKU 表"),
            "zh-shops/litemall_yanxuan_goods_specifications.csv": .refused(
                en: "It is an attribute table", zh: "它是属性表"),
            "zh-shops/mepave_jd_fashion.test.sample.tsv": headerless,
            "zh-shops/mepave_jd_fashion.train.sample.tsv": headerless,
            "zh-shops/mepave_jd_fashion.valid.sample.tsv": headerless,
            "zh-shops/newbee_mall_goods_575.csv": .read("RealTableExportTests"),
            "zh-shops/taobao_search_sesame_paste_36.csv": .read("RealTableExportTests"),
            "zh-shops/tmall_double11_cosmetics_2016_titles.csv": .read("RealTableExportTests"),
        ]
        for shop in [
            "ayonne_products_export_1", "babyheaven_products_export_1", "balancedbites_products_export_1",
            "bilalithelabel_products_export", "citrixclothes_products_export_1", "cutiepoppers_products_export_1",
            "earthrevibe_products_export_1", "flexformfitness_products_export_1", "hair_store_products_export_1",
            "product_template", "shopifypartners_sample_apparel", "shopifypartners_sample_home-and-garden",
            "shopifypartners_sample_jewelery", "trevo_products_export_1", "velofant_products_export_1",
        ] {
            files["shopify/\(shop).csv"] = .read("RealExportTests")
        }
        // csv-spectrum: CSV edge cases with columns such as a, b, c, in CSV and as JSON; no product tables.
        for name in [
            "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "location_coordinates", "newlines",
            "newlines_crlf", "quotes_and_newlines", "simple", "simple_crlf", "utf8",
        ] {
            files["csv-spectrum/csvs/\(name).csv"] = generic
            files["csv-spectrum/json/\(name).json"] = generic
        }
        for name in [
            "countries.csv", "manifest.csv", "test001.csv", "test002.csv", "test003.csv", "test006.csv",
            "test007.csv", "test008.csv", "test009.csv", "test010.csv", "test019.csv", "test020.csv", "test021.csv",
            "test022.csv", "test034-junior-roles.csv", "test051.csv", "test052.csv", "test055.csv", "test056.csv",
            "tree-ops.csv", "tree-ops.tsv",
        ] {
            files["w3c-csvw-tests/\(name)"] = .notAnExport("CSVRealExportsTests")
        }
        // A table of people (id, Surname, FamilyName, child_id): a person's name is no product title.
        files["w3c-csvw-tests/test005.csv"] = .refused(en: "It is a table of people", zh: "它是人员表")
        return files
    }()

    static var refused: [String] {
        files.compactMap { path, disposition in
            if case .refused = disposition { return path }
            return nil
        }.sorted()
    }

    private func path(_ relative: String) throws -> String {
        try #require(TestPaths.realExports).appendingPathComponent(relative).path
    }

    @Test func everyFileHasADisposition() throws {
        let root = try #require(TestPaths.realExports)
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(relative)
            }
        }
        #expect(Set(found).subtracting(Self.files.keys).sorted() == [], "files with no disposition")
        #expect(Set(Self.files.keys).subtracting(found).sorted() == [], "dispositions of files not there")
    }

    @Test(arguments: refused) func refusedFilesSayWhatTheyAreInBothLanguages(_ relative: String) throws {
        guard case .refused(let en, let zh) = Self.files[relative] else {
            Issue.record("\(relative) is not refused")
            return
        }
        let file = try path(relative)
        for (language, words) in [("en", en), ("zh", zh)] {
            let capture = CapturingConsole()
            let code = CLI.run(["inspect", file, "--lang", language], console: capture.console)
            #expect(code == .dataError, "\(relative) --lang \(language)")
            #expect(capture.out.isEmpty)
            #expect(capture.err.contains(words), "\(relative) --lang \(language): \(capture.err)")
            #expect(capture.err.contains(file + ":"), "the message names the file")
        }
    }

    /// The Korean return log (`date, product_name, color, size, reason_type, reason`): a refund export of no known
    /// layout, read by what its columns mean.
    @Test func theKoreanReturnLogIsReadAsRefundsByMeaning() throws {
        let file = try path("returns/korean_apparel_store_return_reasons.csv")
        #expect(try ExportKind.detect(path: file) == .refunds)
        let result = try RefundLoader.load(path: file)
        #expect(result.format == .mapped)
        #expect(result.report.rowsRead == 123)
        #expect(result.report.skippedCount == 0)
        #expect(result.refunds.count == 123)
        #expect(result.refunds.allSatisfy { !$0.reason.isEmpty && $0.productTitle != nil })
        #expect(Set(result.refunds.compactMap(\.productTitle)).count == 38)
        #expect(
            result.report.columns == [
                TransactionColumn(field: "title", header: "product_name", column: 2, evidence: "synonym"),
                TransactionColumn(field: "reason", header: "reason", column: 6, evidence: "synonym"),
                TransactionColumn(field: "date", header: "date", column: 1, evidence: "synonym"),
            ])

        let capture = CapturingConsole()
        #expect(CLI.run(["inspect", file], console: capture.console) == .success)
        #expect(capture.out.contains("refund export, format: mapped"))
        #expect(capture.out.contains("rows read: 123   kept: 123   skipped: 0"))
        #expect(capture.out.contains("reason ← reason (column 6, synonym)"))
        #expect(capture.out.contains("title ← product_name (column 2, synonym)"))
    }

    @Test func olistOrderItemsAreReadWithTheirCounts() throws {
        let file = try path("olist/olist_order_items_dataset_head999.csv")
        let result = try OrderLoader.load(path: file)
        #expect(result.format == .olist)
        #expect(result.report.rowsRead == 999)
        #expect(result.report.skippedCount == 0)
        #expect(result.orders.count == 999)
        #expect(Set(result.orders.map(\.orderID)).count == 876)
        #expect(Set(result.orders.compactMap(\.listingID)).count == 832)
        let total = result.orders.compactMap(\.amount).reduce(0, +)
        #expect(abs(total - 113_783.19) < 0.005)

        let capture = CapturingConsole()
        #expect(CLI.run(["inspect", file, "--format", "json"], console: capture.console) == .success)
        let files = try #require(try JSONSerialization.jsonObject(with: Data(capture.out.utf8)) as? [[String: Any]])
        #expect(files.first?["kind"] as? String == "orders")
        #expect(files.first?["format"] as? String == "olist")
        #expect(files.first?["rows"] as? Int == 999)
        #expect(files.first?["kept"] as? Int == 999)
        let columns = try #require(files.first?["columns"] as? [[String: Any]])
        #expect(columns.contains { $0["field"] as? String == "listing_id" && $0["header"] as? String == "product_id" })
    }

    /// Files that are neither refund nor order exports are refused by `audit --refunds` too, in both languages.
    @Test func theConversationLogIsNoRefundExport() throws {
        let file = try path("returns/jddc_jd_customer_aftersales_utterances.tsv")
        let error = try #require(throws: IngestError.self) { try RefundLoader.load(path: file) }
        #expect(error.message(.en).contains("not a refund export"))
        #expect(error.message(.zh).contains("不是售后（退款）导出表"))
        #expect(try ExportKind.detect(path: file) == .unknown)
    }
}
