import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

/// GTIN check digits, the platform profile chosen from the export format or named by config and `--platform`, and
/// the columns the adapters read for barcodes, regular prices and live status.
@Suite struct PlatformProfileTests {
    // MARK: GTIN

    @Test(arguments: [
        "4006381333931",  // EAN-13
        "6901234567892",  // EAN-13, Chinese prefix
        "036000291452",  // UPC-A
        "10012345678902",  // GTIN-14
        "96385074",  // GTIN-8
        "4006 3813 3393 1", "'036000291452", "400-6381-333931",
    ])
    func validGTINsPass(_ text: String) {
        #expect(GTIN.problem(text) == nil)
    }

    @Test func invalidGTINsAreNamed() {
        #expect(GTIN.problem("4006381333932") == .checkDigit(found: 2, expected: 1))
        #expect(GTIN.problem("036000291453") == .checkDigit(found: 3, expected: 2))
        #expect(GTIN.problem("10012345678903") == .checkDigit(found: 3, expected: 2))
        // Shopify variant ids put in the barcode column: 14 digits failing the check, 11 digits, or longer.
        #expect(GTIN.problem("39876543210987") == .checkDigit(found: 7, expected: 3))
        #expect(GTIN.problem("12345678901") == .length(11))
        #expect(GTIN.problem("123456789012345678") == .length(18))
        #expect(GTIN.problem("1234567890") == .length(10))
        #expect(GTIN.problem("12345") == .length(5))
        // A UPC-A whose leading zero a spreadsheet dropped.
        #expect(GTIN.problem("36000291452") == .lostLeadingZeros(12))
        #expect(GTIN.problem("0000000000000") == .placeholder)
    }

    @Test(arguments: ["SKU-2024-RED", "n/a", "", "8.71E+12", "ISBN 978-3-16"])
    func textThatIsNotANumberIsNotJudged(_ text: String) {
        #expect(GTIN.problem(text) == nil)
    }

    // MARK: Platform selection

    @Test func theExportFormatChoosesThePlatform() {
        let configuration = AuditConfiguration()
        let google = configuration.settings(for: .googleMerchant)
        #expect(google.platform == "google" && google.maximumTitleWidth == 150 && !google.titleCountsChineseDouble)
        let amazon = configuration.settings(for: .amazonFlatFile)
        #expect(amazon.maximumTitleWidth == 200 && amazon.bannedTitleCharacters.contains("¦"))
        #expect(amazon.minimumImageSide == 1000)
        let taobao = configuration.settings(for: .taobaoAssistant)
        #expect(taobao.maximumTitleWidth == 60 && taobao.titleCountsChineseDouble && taobao.maximumMainImages == 5)
        let shopify = configuration.settings(for: .shopify)
        #expect(shopify.platform == "shopify" && shopify.maximumTitleWidth == RuleSettings().maximumTitleWidth)
        let woo = configuration.settings(for: .wooCommerce)
        #expect(woo.platform == nil && woo.maximumTitleWidth == RuleSettings().maximumTitleWidth)
        #expect(woo.bannedTitleCharacters.isEmpty && woo.maximumMainImages == nil)
    }

    @Test func configNamesThePlatform() throws {
        let douyin = try AuditConfiguration.decode(
            Data(#"{"platform": "douyin"}"#.utf8), knownRuleIDs: RuleRegistry.ids)
        let settings = douyin.settings(for: .shopify)
        #expect(settings.platform == "douyin" && settings.maximumMainImages == 5 && settings.maximumTitleWidth == 60)
        // The image preset follows the platform unless `imagePlatform` names another.
        #expect(settings.minimumImageSide == 600)
        let none = try AuditConfiguration.decode(Data(#"{"platform": "none"}"#.utf8), knownRuleIDs: RuleRegistry.ids)
        #expect(none.settings(for: .googleMerchant).maximumTitleWidth == RuleSettings().maximumTitleWidth)
        #expect(none.settings(for: .amazonFlatFile).bannedTitleCharacters.isEmpty)
        let json = #"{"platform": "amazon", "imagePlatform": "pinduoduo"}"#
        let mixed = try AuditConfiguration.decode(Data(json.utf8), knownRuleIDs: RuleRegistry.ids)
        #expect(mixed.settings(for: .shopify).maximumTitleWidth == 200)
        #expect(mixed.settings(for: .shopify).minimumImageSide == 480)
    }

    @Test func anUnknownPlatformInAConfigIsNamed() throws {
        #expect(throws: ConfigurationError.unknownPlatform(name: "amazn", key: "platform", suggestion: "amazon")) {
            try AuditConfiguration.decode(Data(#"{"platform": "amazn"}"#.utf8), knownRuleIDs: RuleRegistry.ids)
        }
        let path = try AdapterFixtures.temporaryFile(#"{"platform": "ebay"}"#, name: "config.json")
        do {
            _ = try AuditConfiguration.load(path: path, knownRuleIDs: RuleRegistry.ids)
            Issue.record("an unknown platform was accepted")
        } catch {
            #expect(error.description.hasPrefix("\(path): unknown platform 'ebay' in 'platform'"))
            #expect(error.description.contains("amazon"))
        }
    }

    // MARK: Adapters and the command line

    static let shopify = """
        Handle,Title,Body (HTML),Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price,\
        Variant Compare At Price,Variant Barcode,Image Src,Status
        tee,Cotton Tee! {New},"<p>100% cotton, 180 g.</p>",Acme,Shirts,Size,S,T-S,25.00,20.00,39876543210987,\
        https://cdn.example.com/tee.jpg,active
        tee,,,,,,M,T-M,25.00,30.00,4006381333931,,
        free,Sample Card,"<p>Paper card, 10 x 15 cm.</p>",Acme,Cards,Title,Default Title,C-1,0.00,,,,active
        draft,Draft Tee,"<p>Cotton.</p>",Acme,Shirts,Size,S,D-S,0.00,,,,draft
        draft,,,,,,M,D-M,0.00,,,,
        zero,Zero Tee,"<p>Cotton.</p>",Acme,Shirts,Size,S,Z-S,0.00,,,,active
        zero,,,,,,M,Z-M,0.00,,,,

        """

    @Test func shopifyColumnsReachTheModel() throws {
        let loaded = try ListingLoader.load(path: try AdapterFixtures.temporaryFile(Self.shopify))
        let tee = try #require(loaded.listing("tee"))
        #expect(tee.isLive == true)
        #expect(tee.variants.map(\.barcode) == ["39876543210987", "4006381333931"])
        #expect(tee.variants.map(\.regularPrice) == [20, 30])
        #expect(loaded.listing("draft")?.isLive == false)
    }

    @Test func googleAndWooCommerceColumnsReachTheModel() throws {
        let feed = "id\ttitle\tdescription\tlink\timage_link\tprice\tsale_price\tgtin\n"
            + "A-1\tTee\tCotton.\thttps://s.example.com/a1\thttps://s.example.com/a1.jpg\t20.00 EUR\t25.00 EUR\t"
            + "4006381333931\nA-2\tCap\tWool.\thttps://s.example.com/a2\thttps://s.example.com/a2.jpg\t10.00 EUR\t\t\n"
        let google = try ListingLoader.load(path: try AdapterFixtures.temporaryFile(feed, name: "feed.tsv"))
        let tee = try #require(google.listing("A-1"))
        #expect(tee.format == .googleMerchant && tee.isLive == true)
        #expect(tee.variants.first?.price == 25 && tee.variants.first?.regularPrice == 20)
        #expect(tee.variants.first?.barcode == "4006381333931")
        #expect(google.listing("A-2")?.variants.first?.regularPrice == nil)
        let woo = """
            ID,Type,SKU,Name,Published,Description,"Regular price","Sale price","GTIN, UPC, EAN, or ISBN",Images
            1,simple,S-1,Mug,1,Stoneware 350 ml.,10,12,036000291452,https://shop.example.com/mug.jpg
            2,simple,S-2,Bowl,0,Stoneware 16 cm.,8,,,https://shop.example.com/bowl.jpg

            """
        let loaded = try ListingLoader.load(path: try AdapterFixtures.temporaryFile(woo))
        let mug = try #require(loaded.listing("1"))
        #expect(mug.format == .wooCommerce && mug.isLive == true)
        #expect(mug.variants.first?.price == 12 && mug.variants.first?.regularPrice == 10)
        #expect(mug.variants.first?.barcode == "036000291452")
        #expect(loaded.listing("2")?.isLive == false && loaded.listing("2")?.variants.first?.regularPrice == nil)
    }

    @Test func amazonProductIDsAreBarcodesOnlyWhenTheirTypeSaysSo() throws {
        let loaded = try AdapterFixtures.load("amazon-listings-report.txt")
        #expect(loaded.listings.allSatisfy { $0.variants.allSatisfy { $0.barcode == nil } })
        let report = "item-name\tlisting-id\tseller-sku\tprice\tproduct-id-type\tproduct-id\tstatus\n"
            + "Mug\tL1\tM-1\t9.99\t4\t4006381333931\tActive\nCap\tL2\tC-1\t5.00\t1\tB0EXAMPLE1\tInactive\n"
        let amazon = try ListingLoader.load(path: try AdapterFixtures.temporaryFile(report, name: "report.txt"))
        #expect(amazon.listing("M-1")?.variants.first?.barcode == "4006381333931")
        #expect(amazon.listing("M-1")?.isLive == true && amazon.listing("C-1")?.isLive == false)
        #expect(amazon.listing("C-1")?.variants.first?.barcode == nil)
    }

    private func run(_ arguments: [String]) -> (ExitCode, String, String) {
        CapturingConsole.run(arguments)
    }

    @Test func checkReportsIdentifiersPricesAndThePlatformsLimits() throws {
        let path = try AdapterFixtures.temporaryFile(Self.shopify)
        let (code, out, _) = run(["check", path, "--lang", "en", "--fail-on", "never"])
        #expect(code == .success)
        #expect(out.contains("[identifiers.invalid_gtin] The barcode 39876543210987 ends in 7"))
        #expect(out.contains("[price.sale_above_regular] The selling price 25 is above the regular price 20 (tee)"))
        #expect(out.contains("[price.missing] The listing is live with a price of 0 (zero)"))
        let missing = out.split(separator: "\n").filter { $0.contains("warning: [price.missing]") }
        #expect(missing.count == 1, "\(missing)")
        // Shopify bans no title characters; Amazon does.
        #expect(!out.contains("[title.banned_characters]"))
        let (_, amazon, _) = run(["check", path, "--lang", "en", "--fail-on", "never", "--platform", "amazon"])
        #expect(amazon.contains("[title.banned_characters] The title holds characters the platform bans: ! { } (tee)"))
    }

    @Test func anUnknownPlatformOnTheCommandLineIsAUsageError() throws {
        let path = try AdapterFixtures.temporaryFile(Self.shopify)
        let (code, _, err) = run(["check", path, "--platform", "ebay"])
        #expect(code == .usage)
        #expect(err.contains("'ebay'") && err.contains("--platform") && err.contains("amazon"))
        let folder = TestPaths.scratch.appendingPathComponent("platform-\(UUID().uuidString)")
        let (auditCode, _, auditErr) = run(["audit", "--listings", path, "--platform", "tmall", "-o", folder.path])
        #expect(auditCode == .usage)
        #expect(auditErr.contains("'tmall'"))
    }
}
