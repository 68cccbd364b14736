import Foundation
import Testing

@testable import ListingAuditCLI

@Suite struct InspectCommandTests {
    private func run(_ arguments: [String]) -> (ExitCode, String, String) {
        CapturingConsole.run(["inspect"] + arguments)
    }

    private var shopify: String { AdapterFixtures.sample("shopify-products.csv") }

    @Test func textShowsFormatCountsSkipsMappingAndSamples() {
        let (code, out, err) = run([shopify, "--samples", "2"])
        #expect(code == .success)
        #expect(err.isEmpty)
        #expect(out.contains("format: shopify   encoding: utf-8   delimiter: comma   header line: 1"))
        // Counted from the file in AdapterShopifyTests: 8 records after the header, 3 Handles with a Title, the
        // image-only lost-handle row on line 7 skipped; wrap-dress has 3 variant rows and 5 images.
        #expect(out.contains("rows read: 8   listings: 3   merged rows: 4   skipped: 1"))
        #expect(out.contains("1 × image-only row for a Handle with no product row (\(shopify):7:1)"))
        #expect(out.contains("listing_id ← Handle"))
        #expect(
            out.contains("wrap-dress   \"Wrap Dress\"   variants: 3   sizes: S, M   colours: Navy, Red   images: 5"))
        #expect(out.contains("canvas-tote   \"Canvas Tote\"   variants: 1"))
        #expect(!out.contains("羊毛围巾   \""))
    }

    /// `--quiet` (which only keeps a progress line off a terminal) is accepted and changes no result.
    @Test func quietChangesNoResult() {
        let (code, out, _) = run([shopify, "--samples", "2"])
        let (quietCode, quietOut, quietErr) = run([shopify, "--samples", "2", "-q"])
        #expect(quietCode == code && quietCode == .success)
        #expect(quietOut == out && quietErr.isEmpty)
    }

    @Test func chineseReasonsWithLanguageZh() {
        let (_, out, _) = run([shopify, "--lang", "zh"])
        #expect(out.contains("1 × 图片行的 Handle 没有对应的商品行"))
    }

    @Test func jsonIsAnArrayOfFileObjects() throws {
        let (code, out, _) = run([shopify, AdapterFixtures.sample("google-merchant-feed.tsv"), "--format", "json"])
        #expect(code == .success)
        let files = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["format"] as? String == "shopify")
        #expect(files[0]["rows"] as? Int == 8)
        #expect(files[0]["listings"] as? Int == 3)
        #expect(files[0]["skipped"] as? Int == 1)
        #expect(files[1]["delimiter"] as? String == "tab")
        #expect(files[1]["encoding"] as? String == "utf-8")
        let samples = try #require(files[1]["samples"] as? [[String: Any]])
        #expect(samples.first?["sizes"] as? [String] == ["S", "M"])
        let mapping = try #require(files[0]["columnMapping"] as? [[String: String]])
        #expect(mapping.first == ["field": "listing_id", "column": "Handle"])
    }

    @Test func directoryInspectsItsDelimitedFiles() {
        let directory = TestPaths.corpus.appendingPathComponent("formats").path
        let (code, out, _) = run([directory, "--samples", "0", "--format", "json"])
        #expect(code == .success)
        let files = (try? JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]]) ?? []
        // `ls Corpus/formats`: 12 .csv/.tsv/.txt files (and the refunds folder, not inspected); two are 淘宝助理
        // samples (UTF-8, UTF-16) and two Chinese shop exports (抖店, 拼多多), so 10 formats.
        #expect(files.count == 12)
        #expect(Set(files.compactMap { $0["format"] as? String }).count == 10)
    }

    @Test func missingFileExits66AndUnusableDataExits65WithLocation() throws {
        let (missing, _, missingErr) = run(["/nonexistent/listings.csv"])
        #expect(missing == .noInput)
        #expect(missingErr.hasPrefix("Error: /nonexistent/listings.csv: no such file"))
        let path = try AdapterFixtures.temporaryFile("alpha,beta\n1,2\n")
        let (unusable, out, err) = run([path])
        #expect(unusable == .dataError)
        #expect(out.isEmpty)
        #expect(err.hasPrefix("Error: \(path):1:1: this is not a listing export we recognise.\n"
            + "  It looks like a table with 2 columns (alpha, beta).\n"))
    }

    @Test func overridesAndUsageErrors() throws {
        let path = try AdapterFixtures.temporaryFile("listing_id;title\nA;Mug\n")
        let (code, out, _) = run([path, "--delimiter", "semicolon", "--as", "generic"])
        #expect(code == .success)
        #expect(out.contains("format: generic") && out.contains("delimiter: semicolon"))
        #expect(run([path, "--as", "shopify"]).0 == .dataError)
        #expect(run([]).0 == .usage)
        #expect(run([path, "--delimiter", "ab"]).0 == .usage)
        #expect(run([path, "--samples", "-1"]).0 == .usage)
        #expect(run([path, "--as", "nonsense"]).0 == .usage)
    }

    @Test func reasonsAreInTheExportsOwnLanguageUnlessLangIsGiven() throws {
        let path = try AdapterFixtures.temporaryFile("商品ID,商品标题,商品详情\n,无编号商品,详情\n1002,陶瓷杯子,陶瓷\n")
        let (_, chinese, _) = run([path])
        let (_, english, _) = run([path, "--lang", "en"])
        #expect(chinese.contains("1 × 缺少商品ID (\(path):2:1)"))
        #expect(english.contains("1 × no listing id (\(path):2:1)"))
    }

    @Test func mappingFileOption() throws {
        let data = try AdapterFixtures.temporaryFile("Nr,Name\n7,Lamp\n")
        let mapping = try AdapterFixtures.temporaryFile(#"{"listing_id": "Nr", "title": "Name"}"#, name: "map.json")
        let (code, out, _) = run([data, "--mapping", mapping])
        #expect(code == .success)
        #expect(out.contains("format: mapped"))
        #expect(out.contains("7   \"Lamp\""))
        #expect(run([data, "--mapping", "/nonexistent/map.json"]).0 == .noInput)
    }

    /// A file read with `"header": "none"` has no header line: inspect says so, and reads its first row as data.
    @Test func aFileWithoutAHeaderSaysSo() throws {
        let data = try AdapterFixtures.temporaryFile("7,Lamp\n8,Chair\n", name: "noheader.csv")
        let mapping = try AdapterFixtures.temporaryFile(
            #"{"header": "none", "listing_id": "1", "title": "2"}"#, name: "map.json")
        let (code, out, _) = run([data, "--mapping", mapping])
        #expect(code == .success)
        #expect(out.contains("header line: none (columns named by position)"))
        #expect(out.contains("listings: 2"))
        #expect(out.contains("title ← 2"))
    }
}
