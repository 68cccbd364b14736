import Foundation
import Testing

@testable import ListingAudit

/// Probing images on disk: paths relative to the export, `file://` addresses, an `--images` folder looked up by
/// path then by file name, and files that are missing, folders or no image at all.
@Suite struct LocalImageProbeTests {
    private func folder() throws -> URL {
        let url = TestPaths.scratch.appendingPathComponent("local-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("pics/sub"), withIntermediateDirectories: true)
        try Data(TestImages.png(900, 700)).write(to: url.appendingPathComponent("pics/a.png"))
        try Data(TestImages.jpeg(300, 300)).write(to: url.appendingPathComponent("pics/sub/b.jpg"))
        try Data("<html>".utf8).write(to: url.appendingPathComponent("pics/page.jpg"))
        return url
    }

    @Test func exportsNamingLocalFilesAreReadBesideTheExport() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        var options = ImageProbeOptions()
        options.baseFolder = root.path
        let addresses = [
            "pics/a.png", "file://" + root.appendingPathComponent("pics/sub/b.jpg").path, "pics/missing.png",
            "pics/sub", "pics/page.jpg", "C:\\Users\\shop\\a.png",
        ]
        let table = ImageProber.probe(addresses, options: options)
        #expect(table["pics/a.png"]?.header == ImageHeader(format: .png, width: 900, height: 700))
        #expect(table["pics/a.png"]?.byteSize == TestImages.png(900, 700).count)
        #expect(table[addresses[1]]?.header == ImageHeader(format: .jpeg, width: 300, height: 300))
        #expect(table["pics/missing.png"]?.outcome == .failed(.fileNotFound))
        #expect(table["pics/sub"]?.outcome == .failed(.fileNotFound))
        #expect(table["pics/page.jpg"]?.isBroken == true && table["pics/page.jpg"]?.header == nil)
        // A Windows path is looked for by its file name beside the export.
        #expect(table["C:\\Users\\shop\\a.png"]?.outcome == .failed(.fileNotFound))
        #expect(table.requests == 0)
    }

    @Test func anImagesFolderIsSearchedByPathThenByName() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        var options = ImageProbeOptions()
        options.imagesFolder = root.appendingPathComponent("pics").path
        let addresses = [
            "https://cdn.example.com/sub/b.jpg", "https://img.example.cn/x/y/a.png?v=2", "//cdn.example.com/gone.jpg",
        ]
        let table = ImageProber.probe(addresses, options: options)
        #expect(table[addresses[0]]?.header == ImageHeader(format: .jpeg, width: 300, height: 300))
        #expect(table[addresses[1]]?.header == ImageHeader(format: .png, width: 900, height: 700))
        #expect(table[addresses[2]]?.outcome == .failed(.fileNotFound))
        #expect(table.requests == 0)
        #expect(ImageHealth(table, minimumSide: 800).hosts.map(\.host) == ["cdn.example.com", "img.example.cn"])
    }

    @Test func presetsCarryTheProbeLimits() throws {
        let json = #"{"imagePresets": {"douyin": {"minimumImages": 4, "minimumSide": 700, "squareMain": false}}}"#
        let configuration = try JSONDecoder().decode(AuditConfiguration.self, from: Data(json.utf8))
        let douyin = try #require(configuration.imagePresets["douyin"])
        #expect(douyin.minimumSide == 700 && douyin.squareMain == false && douyin.maximumFileBytes == 10 << 20)
        let defaults = AuditConfiguration()
        let amazon = defaults.settings(for: .amazonFlatFile)
        #expect(amazon.hardMinimumImageSide == 500 && amazon.maximumImageBytes == 10 << 20)
        #expect(defaults.settings(for: .taobaoAssistant).squareMainImage)
        #expect(ImagePreset.defaults["pinduoduo"]?.minimumSide == 480)
    }
}
