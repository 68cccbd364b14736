import Foundation
import Testing

@testable import ListingAudit
@testable import ListingAuditCLI

/// The demo shop with its local images (`Corpus/demo-shop/images`, written by `generate_images.py`): the planted
/// image problems are found, the broken main image ranks its listing first, and the report shows image health;
/// without probing, nothing changes.
@Suite struct DemoShopImageTests {
    static let folder = TestPaths.root.appendingPathComponent("Corpus/demo-shop").path
    static let images = TestPaths.root.appendingPathComponent("Corpus/demo-shop/images").path

    static func audit(probed: Bool) throws -> AuditResult {
        let found = try InputDiscovery.find(in: folder)
        var options = AuditOptions(
            listingsPath: found.listings, refundsPath: found.refunds, ordersPath: found.orders,
            generatedAt: Date(timeIntervalSince1970: 0), version: "test")
        if probed {
            var probing = ImageProbeOptions()
            probing.imagesFolder = images
            options.imageProbes = try ImageProbeStage.run(
                paths: [found.listings], reading: LoadOptions(), options: probing)
        }
        return try AuditPipeline.run(options)
    }

    @Test func plantedImageProblemsAreFound() throws {
        let result = try Self.audit(probed: true)
        let found = Set(
            result.findings.filter { $0.ruleID.hasPrefix("images.") }.map { "\($0.listingID) \($0.ruleID)" })
        for expected in [
            "D06 images.broken_main", "D01 images.broken", "D03 images.too_small", "D12 images.too_small",
            "D02 images.format_mismatch", "D05 images.same_file",
        ] {
            #expect(found.contains(expected), "\(expected)")
        }
        let probeRules: Set = [
            "images.broken_main", "images.broken", "images.too_small", "images.format_mismatch",
            "images.too_large_file", "images.not_square_main", "images.same_file",
        ]
        #expect(result.findings.filter { probeRules.contains($0.ruleID) }.count == 6)
        #expect(result.priorities.first?.listingID == "D06")
        let health = try #require(result.imageHealth)
        #expect(health.probed == 147 && health.broken == 2 && health.small == 2)
        #expect(health.hosts.map(\.host) == ["img.demo-shop.example"])
    }

    @Test func theReportShowsImageHealthOnlyWhenProbed() throws {
        let date = try #require(AuditDate("2026-11-26"))
        let result = try Self.audit(probed: true)
        let probed = HTMLReport(result: result, language: .zh, date: date).render()
        #expect(probed.contains(#"<section id="image-health""#))
        #expect(probed.contains("图片健康") && probed.contains("主图打不开（文件不存在）"))
        let english = HTMLReport(result: result, language: .en, date: date).render()
        #expect(english.contains("Image health") && english.contains("The main image is broken (file not found)"))
        let plain = HTMLReport(result: try Self.audit(probed: false), language: .zh, date: date).render()
        #expect(!plain.contains("image-health"))
    }

    @Test func checkReadsTheImagesFolder() throws {
        let capture = CapturingConsole()
        let code = CLI.run(
            ["check", Self.folder, "--images", Self.images, "--fail-on", "never", "--lang", "en"],
            console: capture.console)
        #expect(code == .success)
        #expect(capture.out.contains("[images.broken_main] The main image is broken (file not found) (D06)"))
        #expect(capture.err.contains("note: 147 images probed: 2 broken; 0 from the cache, 0 requests"))
        let missing = CapturingConsole()
        let refused = CLI.run(
            ["check", Self.folder, "--images", Self.folder + "/no-such-folder"], console: missing.console)
        #expect(refused == .noInput)
        #expect(missing.err.contains("no-such-folder"))
    }
}
