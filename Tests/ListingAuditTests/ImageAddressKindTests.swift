import Testing
@testable import ListingAudit

/// What kind of address an image field holds: a site-relative path is no local file, and text that is no address
/// is said to be text, not a path.
@Suite struct ImageAddressKindTests {
    @Test func siteRelativePathsAreNotLocalFiles() {
        #expect(ImageURL.problem("/goods-img/0a1b2c.jpg") == .siteRelative)
        #expect(ImageURL.problem("/static/upload/mug.png") == .siteRelative)
        #expect(ImageURL.problem("//cdn.example.com/mug.png") == nil)
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
