import Foundation
import Testing

/// The same export gives the same findings and reports in every run. Swift seeds its hashing anew in each process, so
/// an output that follows a dictionary's order differs between two runs and never within one test process: each check
/// or audit here is its own run of the built `listing-audit`. Skipped when the binary has not been built.
@Suite struct RunToRunTests {
    static let binary = TestPaths.root.appendingPathComponent(".build/debug/listing-audit")

    /// `check --format csv` of `export`, run in a process of its own: the findings file and the terminal text.
    private func check(_ export: URL, into folder: URL, run: Int) throws -> (findings: Data, terminal: Data) {
        let output = folder.appendingPathComponent("\(export.lastPathComponent)-\(run).csv")
        let terminal = try Self.run(["check", "--format", "csv", "-o", output.path, "--fail-on", "never", export.path])
        return ((try? Data(contentsOf: output)) ?? Data(), terminal)
    }

    /// Runs the built `listing-audit` with `arguments` in a process of its own: its terminal text (standard output
    /// and standard error).
    private static func run(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let terminal = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return terminal
    }

    /// A Magento configurable whose 40 children each bring an image, listed in an order of their own; a third of the
    /// images are local paths, so which one a finding names first follows the order they were folded in.
    private func magentoWithManyChildren(in folder: URL) throws -> URL {
        var text =
            "sku,store_view_code,attribute_set_code,product_type,categories,product_websites,name,description,"
            + "short_description,price,special_price,base_image,base_image_label,small_image,thumbnail_image,"
            + "additional_images,additional_image_labels,additional_attributes,configurable_variations\n"
        for number in 0..<40 {
            let image = number % 3 == 0 ? "C:\\pics\\tee-\(number).jpg" : "https://x.example/tee-\(number).jpg"
            text += "TEE-\(number),,Default,simple,Tops,base,Tee \(number),,,20.00,,\(image),,,,,,"
                + "\"color=C\(number),size=M\",\n"
        }
        let listed = (0..<40).map { "sku=TEE-\(($0 * 17) % 40),color=C\(($0 * 17) % 40),size=M" }
        text += "TEE,,Default,configurable,Tops,base,Cotton Tee,100% cotton,,20.00,,,,,,,,,"
            + "\"\(listed.joined(separator: "|"))\"\n"
        let url = folder.appendingPathComponent("magento-children.csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test(.enabled(
        if: FileManager.default.isExecutableFile(atPath: binary.path),
        "needs the built listing-audit binary (swift build) beside the test bundle"))
    func everyCorpusExportGivesTheSameFindingsInTwoRuns() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let formats = TestPaths.corpus.appendingPathComponent("formats")
        let magento = try magentoWithManyChildren(in: folder)
        var exports = [magento]
        for sub in ["", "feeds", "json", "workbooks"] {
            let directory = formats.appendingPathComponent(sub)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            where name.contains(".") && name != "README.md" {
                exports.append(directory.appendingPathComponent(name))
            }
        }
        #expect(exports.count > 15)
        for export in exports {
            let first = try check(export, into: folder, run: 1)
            // Some Corpus files are not listing exports (refused with a message): their message is compared.
            if export == magento { #expect(!first.findings.isEmpty, "the Magento fixture gave no findings file") }
            // Three more runs: an order drawn from a fresh hash seed can agree with another by chance.
            for run in 2...4 {
                let again = try check(export, into: folder, run: run)
                #expect(again.findings == first.findings, "\(export.lastPathComponent): run \(run) differs")
                #expect(again.terminal == first.terminal, "\(export.lastPathComponent): run \(run) says otherwise")
            }
        }
    }

    /// `audit` of the demo shops gives the same reports, history snapshots and terminal text in every run: two weeks
    /// of the Chinese shop kept in a history (so the comparison and `trend.csv` are covered), the English shop and
    /// the workbooks without. Each run writes into a folder of its own; its path and the time a report was made
    /// (`generated_at`) are the only differences allowed.
    @Test(.enabled(
        if: FileManager.default.isExecutableFile(atPath: binary.path),
        "needs the built listing-audit binary (swift build) beside the test bundle"))
    func theDemoShopsGiveTheSameReportsInEveryRun() throws {
        let weeks: [(shop: String, date: String, history: Bool)] = [
            ("demo-shop", "2026-11-24", true), ("demo-shop-week2", "2026-12-01", true),
            ("demo-shop-en", "2026-12-01", false), ("demo-shop-xlsx", "2026-12-01", false),
        ]
        var first: [String: Data] = [:]
        for run in 1...4 {
            let folder = HistoryFixtures.temporaryFolder()
            var outputs: [String: Data] = [:]
            for week in weeks {
                let out = folder.appendingPathComponent(week.shop)
                let history = week.history
                    ? ["--history", folder.appendingPathComponent("history").path] : ["--no-history"]
                let shop = TestPaths.corpus.appendingPathComponent(week.shop)
                let terminal = try Self.run(
                    ["audit", shop.path, "--fail-on", "never", "--out", out.path, "--date", week.date] + history)
                outputs["\(week.shop) terminal"] = Data(
                    String(decoding: terminal, as: UTF8.self).replacingOccurrences(of: folder.path, with: "RUN").utf8)
            }
            for file in try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() {
                let url = folder.appendingPathComponent(file)
                guard let data = FileManager.default.contents(atPath: url.path), !url.hasDirectoryPath else { continue }
                outputs[file] = Self.withoutGenerationTime(data)
            }
            if run == 1 {
                #expect(outputs.keys.filter { $0.hasSuffix("priorities.csv") }.count == weeks.count)
                #expect(outputs.keys.contains { $0.hasSuffix("trend.csv") })
                first = outputs
                continue
            }
            #expect(outputs.keys.sorted() == first.keys.sorted(), "run \(run) wrote other files")
            for (name, data) in outputs.sorted(by: { $0.key < $1.key }) {
                #expect(data == first[name], "\(name): run \(run) differs")
            }
        }
    }

    /// `data` without its lines naming the time it was made.
    private static func withoutGenerationTime(_ data: Data) -> Data {
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return Data(lines.filter { !$0.starts(with: Data(#"  "generated_at""#.utf8)) }.joined(separator: [0x0A]))
    }
}
