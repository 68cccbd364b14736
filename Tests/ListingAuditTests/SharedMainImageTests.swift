import Foundation
import Testing

@testable import ListingAudit
@testable import ListingAuditCLI

/// `images.shared_main_file` across listings: two different products whose main images are the same file under
/// different addresses are both reported, in both languages; listings of one product (the same title stem) are
/// not counted against each other, and a shared picture further down a gallery is not reported.
@Suite struct SharedMainImageTests {
    /// An export and an images folder: L1 and L2 (different products) have the same main file under different names,
    /// L3 is L1's product in a larger size with the same file again, L4 has a main image of its own and the shared
    /// file second in its gallery.
    private func shop() throws -> (export: String, images: String, folder: URL) {
        let folder = HistoryFixtures.temporaryFolder()
        let images = folder.appendingPathComponent("images")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        let shared = TestImages.jpeg(900, 900)
        for name in ["a.jpg", "b.jpg", "d.jpg"] { try Data(shared).write(to: images.appendingPathComponent(name)) }
        try Data(TestImages.jpeg(1000, 1000)).write(to: images.appendingPathComponent("c.jpg"))
        let text = """
            listing_id,title,description,image_urls,price
            L1,Red ceramic mug,Glazed stoneware mug,https://shop.example/a.jpg,9.99
            L2,Linen tea towel,Washed linen towel,https://shop.example/b.jpg,7.99
            L3,Red ceramic mug large,Glazed stoneware mug,https://shop.example/d.jpg,11.99
            L4,Oak cutting board,Solid oak board,https://shop.example/c.jpg|https://shop.example/a.jpg,24.99

            """
        let export = folder.appendingPathComponent("listings.csv")
        try Data(text.utf8).write(to: export)
        return (export.path, images.path, folder)
    }

    private func findings(_ language: String) throws -> [String] {
        let shop = try shop()
        defer { try? FileManager.default.removeItem(at: shop.folder) }
        let capture = CapturingConsole()
        let code = CLI.run(
            ["check", shop.export, "--images", shop.images, "--fail-on", "never", "--lang", language],
            console: capture.console)
        #expect(code == .success)
        return capture.out.split(separator: "\n").map(String.init).filter {
            $0.contains("[images.shared_main_file]") && !$0.contains(": note: ")
        }
    }

    @Test func differentProductsWithTheSameMainFileAreReported() throws {
        let lines = try findings("en")
        #expect(lines.count == 3, "\(lines)")
        let message = "The main image is the same file as the main image of 1 other product"
        #expect(lines.contains { $0.hasSuffix(message + " (L1)") })
        #expect(lines.contains { $0.hasSuffix(message + " (L2)") })
        #expect(lines.contains { $0.hasSuffix("(L3)") })
        #expect(!lines.contains { $0.contains("(L4)") })
    }

    @Test func theFindingIsInChineseWithLangZh() throws {
        let lines = try findings("zh")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.contains("主图与另外 1 个商品的主图是同一文件") })
    }

    @Test func theEvidenceNamesTheOtherProduct() throws {
        let shop = try shop()
        defer { try? FileManager.default.removeItem(at: shop.folder) }
        var options = ImageProbeOptions()
        options.imagesFolder = shop.images
        let table = try ImageProbeStage.run(paths: [shop.export], reading: LoadOptions(), options: options)
        let listings = try ListingLoader.load(path: shop.export).listings
        let findings = RuleEngine(probes: table).run(listings: listings).filter {
            $0.ruleID == "images.shared_main_file"
        }
        let second = try #require(findings.first { $0.listingID == "L2" })
        #expect(second.evidence == "https://shop.example/b.jpg = https://shop.example/a.jpg (Red ceramic mug)")
        let first = try #require(findings.first { $0.listingID == "L1" })
        #expect(first.evidence == "https://shop.example/a.jpg = https://shop.example/b.jpg (Linen tea towel)")
    }
}
