import Foundation
import Testing
@testable import ListingAudit
@testable import ListingAuditCLI

/// One listing export gets its reports in one language whichever command reads it (`ListingExportLanguage`): a
/// Chinese shop exported in an English layout (Chinese titles under English headers) was Chinese to `check` and
/// `inspect`, which sampled its titles, and English to `audit`, which looked at the format and header alone.
@Suite struct ListingExportLanguageTests {
    /// A generic listing export with English headers and `count` listings, the first `chinese` of each ten titled in
    /// Chinese; `padding` bytes of description make the file long enough to be read in several chunks.
    private func export(count: Int, chinesePerTen: Int, padding: Int = 0) throws -> String {
        let directory = TestPaths.scratch.appendingPathComponent("export-language-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var text = "listing_id,title,description,category\n"
        let filler = String(repeating: "x", count: padding)
        for index in 0..<count {
            let title = index % 10 < chinesePerTen ? "纯棉短袖T恤 \(index)" : "Cotton tee \(index)"
            text += "L\(index),\(title),\"Cotton, 70 cm long, 180 g. \(filler)\",Apparel > Shirts\n"
        }
        let url = directory.appendingPathComponent("listings.csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func chineseTitlesUnderEnglishHeadersMakeEveryCommandChinese() throws {
        let path = try export(count: 30, chinesePerTen: 6)
        var options = AuditOptions(listingsPath: path, generatedAt: Date(timeIntervalSince1970: 0), version: "test")
        options.language = nil
        #expect(try AuditPipeline.run(options).language == .zh)
        let (_, _, checked) = CapturingConsole.run(["check", path])
        #expect(checked.contains("检查了 30 个商品"), "\(checked)")
        let (_, inspected, _) = CapturingConsole.run(["inspect", path])
        #expect(inspected.contains("商品") && !inspected.contains("Listings"), "\(inspected)")
        #expect(try ListingLoader.survey(path: path, samples: 0).isChinese)
    }

    @Test func mostlyEnglishTitlesUnderEnglishHeadersStayEnglish() throws {
        let path = try export(count: 30, chinesePerTen: 5)
        let options = AuditOptions(listingsPath: path, generatedAt: Date(timeIntervalSince1970: 0), version: "test")
        #expect(try AuditPipeline.run(options).language == .en)
        let (_, _, checked) = CapturingConsole.run(["check", path])
        #expect(checked.contains("in 30 listings"), "\(checked)")
        #expect(try !ListingLoader.survey(path: path, samples: 0).isChinese)
    }

    /// The sample is the first titles: a Chinese tail after 200 English titles does not make the export Chinese.
    @Test func onlyTheFirstTitlesAreSampled() throws {
        var language = ListingExportLanguage()
        let here = SourceLocation(file: "listings.csv", line: 2)
        func listing(_ title: String) -> Listing { Listing(id: title, title: title, format: .generic, location: here) }
        let english = (0..<200).map { listing("Oak table \($0)") }
        let chinese = (0..<400).map { listing("实木餐桌 \($0)") }
        language.sample(english)
        #expect(language.isComplete)
        language.sample(chinese)
        #expect(language.sampled == ListingExportLanguage.sampleSize && !language.titlesAreChinese)
    }

    /// An audit of a Chinese export tells its progress display the language once, as soon as the titles are
    /// sampled: before the listing stage ends (the refund export is opened after it), not after every input is read.
    @Test func theAuditTellsChineseTitlesBeforeTheListingStageEnds() throws {
        let path = try export(count: 300, chinesePerTen: 10)
        let events = Events()
        var options = AuditOptions(
            listingsPath: path, refundsPath: TestPaths.corpus.appendingPathComponent("demo-shop-en/returns.csv").path,
            generatedAt: Date(timeIntervalSince1970: 0), version: "test")
        options.progress = ProgressReporter(interval: 0) {
            events.append("read " + ($0.file as NSString).lastPathComponent)
        }
        options.languageDecided = { events.append("told \($0)") }
        let result = try AuditPipeline.run(options)
        let log = events.log
        let told = try #require(log.firstIndex(of: "told zh"), "\(log)")
        let refundsOpened = try #require(log.firstIndex(of: "read returns.csv"), "\(log)")
        #expect(result.language == .zh && log.filter { $0.hasPrefix("told") } == ["told zh"], "\(log)")
        #expect(told < refundsOpened, "\(log)")
    }
}

/// What an audit reported, in order.
private final class Events: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [String] = []

    func append(_ event: String) { lock.withLock { if events.last != event { events.append(event) } } }
    var log: [String] { lock.withLock { events } }
}
