import Foundation
import Testing

@testable import ListingAudit

/// The real product tables in `../shared/real-exports` that no adapter knows, read by mapping their columns by
/// meaning (skipped when `../shared` is absent); and the files there that hold no listings, refused with why.
///
/// The counts come from Python's `csv` module (`rows(p)` as in `RealExportTests`: non-blank `csv.DictReader` rows),
/// run in `../shared/real-exports`: rows = `len(rows(p))`, listings = `len({x[ID] for x in rows(p)})` with ID the
/// column named below (the id column a person reading the file would pick).
///
/// Output (2026-12-02): flipkart 48 rows 48 listings (pid); promptcloud 10 10 (Uniq Id); litemall_yanxuan_goods
/// 134 134 (goods_id); newbee_mall 575 575 (goods_id); taobao_search 36 35 (nid: one item is listed twice);
/// tmall_double11 8769 1206 (id: the same items scraped on ten days).
@Suite(TestPaths.needsRealExports) struct RealTableExportTests {
    struct Expectation: Sendable, CustomStringConvertible {
        let path: String
        let rows, listings: Int
        let id, title: String
        var description: String { path }
    }

    static let expectations = [
        Expectation(
            path: "marketplace/flipkart_com-ecommerce_sample_head48.csv", rows: 48, listings: 48, id: "pid",
            title: "product_name"),
        Expectation(
            path: "marketplace/promptcloud_amazon_com_sample_head10.csv", rows: 10, listings: 10, id: "Uniq Id",
            title: "Product Name"),
        Expectation(
            path: "zh-shops/litemall_yanxuan_goods.csv", rows: 134, listings: 134, id: "goods_id", title: "name"),
        Expectation(
            path: "zh-shops/newbee_mall_goods_575.csv", rows: 575, listings: 575, id: "goods_id", title: "goods_name"),
        Expectation(
            path: "zh-shops/taobao_search_sesame_paste_36.csv", rows: 36, listings: 35, id: "nid", title: "raw_title"),
        Expectation(
            path: "zh-shops/tmall_double11_cosmetics_2016_titles.csv", rows: 8769, listings: 1206, id: "id",
            title: "title"),
    ]

    private func path(_ relative: String) throws -> String {
        try #require(TestPaths.realExports).appendingPathComponent(relative).path
    }

    @Test(arguments: expectations) func tablesAreReadByWhatTheirColumnsMean(_ expected: Expectation) throws {
        let result = try ListingLoader.load(path: try path(expected.path))
        #expect(result.report.format == .mapped)
        #expect(result.report.rowsRead == expected.rows)
        #expect(result.listings.count == expected.listings)
        let mapping = Dictionary(result.report.columnMapping.map { ($0.field, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(mapping["listing_id"]?.column == expected.id)
        #expect(mapping["title"]?.column == expected.title)
        #expect(mapping["title"]?.evidence == "synonym")
    }

    /// Files that hold no listings, each refused with what it is instead.
    @Test(arguments: [
        ("marketplace/amazon_us_smartphones_details_100.csv", "no column that names a product id"),
        ("amazon/settlement_report_v2_sample.txt", "order or refund export"),
        ("olist/olist_order_items_dataset_head999.csv", "order or refund export"),
        ("olist/olist_order_reviews_dataset_head113.csv", "It is a review export"),
        ("reviews/womens_clothing_ecommerce_reviews_with_text.csv", "no column that names a product id"),
        ("reviews/online_shopping_10_cats_subset.csv", "not a listing export"),
        ("zh-shops/litemall_yanxuan_goods_attributes.csv", "not a listing export"),
        ("zh-shops/mepave_jd_fashion.test.sample.tsv", "not a listing export"),
    ])
    func filesWithoutListingsAreRefusedSayingWhy(_ relative: String, words: String) throws {
        let error = try #require(throws: IngestError.self) { try ListingLoader.load(path: try path(relative)) }
        #expect(error.message(.en).contains(words))
    }
}
