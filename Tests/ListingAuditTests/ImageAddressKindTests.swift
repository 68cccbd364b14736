import Testing
@testable import ListingAudit

/// What kind of address an image field holds: a site-relative path is no local file, and text that is no address
/// is said to be text, not a path.
@Suite struct ImageAddressKindTests {
    @Test func siteRelativePathsAreNotLocalFiles() {
        #expect(ImageURL.problem("/goods-img/0a1b2c.jpg") == .siteRelative)
        #expect(ImageURL.problem("/static/upload/mug.png") == .siteRelative)
    }

    /// An address with a host and no scheme is relative to the page's scheme: Google Merchant Center and Amazon take
    /// absolute http(s) addresses only, so feeds and marketplace exports are told; a shop's own tables, which keep
    /// site-relative paths by design, are not.
    @Test func schemeRelativeAddressesLackHTTPSOutsideShopTables() throws {
        #expect(ImageURL.problem("//cdn.example.com/mug.png") == .schemeRelative)
        #expect(ImageURL.problem("  //img.alicdn.com/i1/cup.jpg") == .schemeRelative)
        #expect(ImageURL.problem("https://cdn.example.com/mug.png") == nil)
        for format in [ExportFormat.googleMerchant, .shopify, .wooCommerce, .amazonFlatFile] {
            let listing = Listing.withOneImage(
                "//cdn.example.com/mug.png", id: "s1", title: "Enamel mug", format: format)
            let finding = try #require(RuleProbe.findings(MalformedImageURLRule.self, listing).first)
            #expect(finding.message.en.contains("lacks https://"))
            #expect(finding.message.zh.contains("缺少 https:// 前缀"))
        }
        for format in [ExportFormat.chineseShop, .magento, .generic, .mapped] {
            let listing = Listing.withOneImage("//img.alicdn.com/i1/cup.jpg", id: "s2", title: "保温杯", format: format)
            #expect(RuleProbe.findings(MalformedImageURLRule.self, listing).isEmpty)
        }
    }

    /// A web address whose path names no file (no path, `/`, a path ending in `/`) is a home page or a folder: a
    /// placeholder, not a picture. An address with a problem of its own is told that problem instead.
    @Test func homePagesAndFoldersArePlaceholders() {
        for address in [
            "https://shop.example.com", "https://shop.example.com/", "http://shop.example.com/?ref=feed",
            "https://cdn.example.com/images/", "https://cdn.example.com/images/?v=2", "HTTPS://CDN.EXAMPLE.COM/a/b/#x",
            "https://图片.example.cn/商品/",
        ] {
            #expect(ImageURL.isPlaceholder(address), "\(address)")
            #expect(ImageURL.problem(address) == nil, "\(address)")
        }
        for address in [
            "https://cdn.example.com/images/mug.jpg", "https://cdn.example.com/images/mug", "https://a.example/x?v=/",
            "https://cdn.example.com/p/12345?width=800", "//cdn.example.com/images/", "https://localhost/",
            "/goods-img/", "https://cdn.example.com/商品/杯子.jpg",
        ] {
            #expect(!ImageURL.isPlaceholder(address), "\(address)")
        }
    }

    @Test func localDiskPathsStayLocalFiles() {
        #expect(ImageURL.problem("/Users/lena/Desktop/mug.jpg") == .localFile)
        #expect(ImageURL.problem("/home/shop/pictures/mug.jpg") == .localFile)
        #expect(ImageURL.problem("~/Pictures/mug.jpg") == .localFile)
        #expect(ImageURL.problem("file:///C:/photos/mug.jpg") == .localFile)
        #expect(ImageURL.problem("E:\\photos\\mug.jpg") == .localFile)
        #expect(ImageURL.problem("\\\\fileserver\\photos\\mug.jpg") == .localFile)
        #expect(ImageURL.problem("mug_front.JPG") == .localFile)
    }

    @Test func textWithoutSchemeSlashOrExtensionIsNoAddress() {
        #expect(ImageURL.problem("INSERT_PRODUCT_PHOTO_URL") == .notAnAddress)
        #expect(ImageURL.problem("待上传图片") == .notAnAddress)
    }

    @Test func chineseShopTablesKeepTheirSiteRelativePictures() {
        let listing = Listing.withOneImage("/goods-img/cup-7.jpg", id: "n1", title: "不锈钢保温杯", format: .chineseShop)
        #expect(RuleProbe.findings(MalformedImageURLRule.self, listing).isEmpty)
        var table = listing
        table.format = .generic
        #expect(RuleProbe.findings(MalformedImageURLRule.self, table).isEmpty)
        var local = listing
        local.images[0].url = "C:\\图片\\cup-7.jpg"
        #expect(RuleProbe.findings(MalformedImageURLRule.self, local).count == 1)
    }

    @Test func feedsAreToldTheAddressLacksTheDomain() throws {
        let listing = Listing.withOneImage("/media/mug.jpg", id: "g1", title: "Enamel mug", format: .googleMerchant)
        let finding = try #require(RuleProbe.findings(MalformedImageURLRule.self, listing).first)
        #expect(finding.message.en.contains("site-relative address without the shop's domain"))
        #expect(finding.message.en.contains("absolute https"))
        #expect(!finding.message.en.contains("local file"))
        #expect(finding.message.zh.contains("站内相对地址"))
        #expect(!finding.message.zh.contains("本地文件"))
    }

    @Test func placeholderTextIsNotCalledAPath() throws {
        let listing = Listing.withOneImage(
            "SWAP_FOR_REAL_IMAGE_LINK", id: "g2", title: "Bike bell", format: .googleMerchant)
        let finding = try #require(RuleProbe.findings(MalformedImageURLRule.self, listing).first)
        #expect(finding.message.en.contains("no address but text"))
        #expect(!finding.message.en.contains("path"))
        #expect(finding.message.zh.contains("不是网址"))
        #expect(!finding.message.zh.contains("路径"))
    }
}
