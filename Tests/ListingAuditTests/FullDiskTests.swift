import Foundation
import Testing

/// A disk that fills while an audit writes its reports: the built `listing-audit` runs with a file-size limit
/// (`ulimit -f`, SIGXFSZ ignored), so every write past the limit fails as on a full disk. The audit exits 73 naming
/// the file it could not write and why, and the output folder keeps the previous run's reports, untouched, with
/// nothing of the failed run left beside them. Skipped when the binary has not been built.
@Suite struct FullDiskTests {
    static let binary = TestPaths.root.appendingPathComponent(".build/debug/listing-audit")

    /// Runs an audit of `shop` into `out` under a file-size limit of `limit` KiB (none when `nil`).
    private func audit(_ shop: URL, into out: URL, date: String, limit: Int?) throws -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let command = [Self.binary.path, "audit", shop.path, "--out", out.path, "--no-history", "--date", date,
                       "--fail-on", "never", "--quiet", "--lang", "en"]
        let limits = limit.map { "trap '' XFSZ; ulimit -f \($0); " } ?? ""
        process.arguments = ["-c", limits + "exec \"$@\"", "audit"] + command
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, err)
    }

    /// Every entry under `folder` with its bytes (hidden ones too).
    private func contents(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            files[name] = (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
        }
        return files
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func aWriteFailureExits73AndLeavesTheOutputFolderAsItWas() throws {
        let root = HistoryFixtures.temporaryFolder()
        let shop = root.appendingPathComponent("shop")
        try FileManager.default.createDirectory(at: shop, withIntermediateDirectories: true)
        var text = "listing_id,title,description,category,colours,sizes,image_urls,price\n"
        for index in 0..<400 {
            text += "L\(index),Shirt \(index),Shirt,Shirts,Red,,,\(10 + index % 50).99\n"
        }
        try Data(text.utf8).write(to: shop.appendingPathComponent("listings.csv"))
        let out = root.appendingPathComponent("out")
        let first = try audit(shop, into: out, date: "2026-11-01", limit: nil)
        #expect(first.status == 0, "\(first.err)")
        let before = contents(out)
        #expect(before["findings.csv"].map { $0.count > 64 << 10 } == true, "findings.csv outgrows the limit")

        let full = try audit(shop, into: out, date: "2026-11-08", limit: 64)
        #expect(full.status == 73, "\(full.err)")
        #expect(full.err.contains(": cannot write: ") && full.err.contains("File too large"), "\(full.err)")
        #expect(full.err.contains(out.path), "the message names the file: \(full.err)")
        let after = contents(out)
        #expect(after.keys.sorted() == before.keys.sorted(), "nothing of the failed run is left")
        #expect(after == before, "the previous reports are untouched")
        let beside = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        #expect(beside.filter { $0.hasPrefix(".out.partial-") }.isEmpty, "no staging folder beside: \(beside)")
    }
}
