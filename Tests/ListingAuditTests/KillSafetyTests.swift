import Foundation
import Testing

/// An audit killed (SIGKILL) at any point leaves the output and history folders with the previous complete state or
/// the new one, never a truncated file, and the next audit runs and leaves the new state. Runs the built
/// `listing-audit` on a generated shop; skipped when the binary has not been built.
@Suite(.serialized) struct KillSafetyTests {
    static let binary = TestPaths.root.appendingPathComponent(".build/debug/listing-audit")

    /// A generic listing export of `listings` rows and a refund export of `refunds` rows.
    private func generateShop(in folder: URL, listings: Int, refunds: Int) throws -> URL {
        let shop = folder.appendingPathComponent("shop")
        try FileManager.default.createDirectory(at: shop, withIntermediateDirectories: true)
        var text = "listing_id,title,description,category,colours,sizes,image_urls,price\n"
        for index in 0..<listings {
            text += "L\(index),Cotton shirt \(index),Soft cotton shirt \(index),Shirts,Red|Blue,S|M,"
                + "https://x.example/\(index).jpg,\(10 + index % 50).99\n"
        }
        try Data(text.utf8).write(to: shop.appendingPathComponent("listings.csv"))
        let reasons = ["too small", "colour not as shown", "arrived late", "changed my mind"]
        text = "refund_id,order_id,listing_id,sku,title,reason,comment,amount,date,type\n"
        for index in 0..<refunds {
            text += "R\(index),O\(index),L\(index * 7919 % listings),,,\(reasons[index % 4]),,\(5 + index % 70).00,"
                + "2026-11-\(1 + index % 28 < 10 ? "0" : "")\(1 + index % 28),refund_only\n"
        }
        try Data(text.utf8).write(to: shop.appendingPathComponent("refunds.csv"))
        return shop
    }

    private func start(_ shop: URL, into place: URL, date: String) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = [
            "audit", shop.path, "--out", place.appendingPathComponent("out").path, "--history",
            place.appendingPathComponent("history").path, "--date", date, "--fail-on", "never", "--quiet",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The visible files under `place` by relative path, `generated_at` lines removed; and whether hidden entries
    /// other than lock files are present (staging folders, temporary snapshots).
    private func state(_ place: URL) throws -> (files: [String: Data], leftovers: [String]) {
        var files: [String: Data] = [:]
        var leftovers: [String] = []
        for folder in ["out", "history"] {
            let url = place.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
                guard !name.hasPrefix(".") else {
                    leftovers.append(folder + "/" + name)
                    continue
                }
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                let kept = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.contains("\"generated_at\"") }.joined(separator: "\n")
                files[folder + "/" + name] = Data(kept.utf8)
            }
        }
        let hidden = (try FileManager.default.contentsOfDirectory(atPath: place.path)).filter {
            $0.hasPrefix(".") && !$0.hasSuffix(".lock")
        }
        return (files, leftovers + hidden)
    }

    private func copy(_ from: URL, to: URL) throws {
        try? FileManager.default.removeItem(at: to)
        try FileManager.default.copyItem(at: from, to: to)
    }

    @Test(.enabled(
        if: FileManager.default.isExecutableFile(atPath: binary.path),
        "needs the built listing-audit binary (swift build) beside the test bundle"))
    func aKilledAuditLeavesThePreviousOrTheNewCompleteState() throws {
        let root = HistoryFixtures.temporaryFolder()
        let shop = try generateShop(in: root, listings: 2_000, refunds: 15_000)
        let base = root.appendingPathComponent("base")
        let first = try start(shop, into: base, date: "2026-11-01")
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let previous = try state(base)
        let reference = root.appendingPathComponent("reference")
        try copy(base, to: reference)
        let began = Date()
        let second = try start(shop, into: reference, date: "2026-11-08")
        second.waitUntilExit()
        let duration = Date().timeIntervalSince(began)
        #expect(second.terminationStatus == 0)
        let new = try state(reference)
        #expect(previous.leftovers.isEmpty && new.leftovers.isEmpty)
        #expect(new.files.count == previous.files.count + 1, "the new run adds its snapshot")

        for fraction in [0.2, 0.6, 0.9, 0.97] {
            let place = root.appendingPathComponent("killed-\(fraction)")
            try copy(base, to: place)
            let run = try start(shop, into: place, date: "2026-11-08")
            usleep(useconds_t(duration * fraction * 1_000_000))
            kill(run.processIdentifier, SIGKILL)
            run.waitUntilExit()
            let killed = try state(place)
            for (name, bytes) in killed.files {
                #expect(bytes == previous.files[name] || bytes == new.files[name], "\(name) at \(fraction)")
            }
            let whole = killed.files == previous.files || killed.files == new.files
            let sealed = killed.leftovers.contains { name in
                FileManager.default.fileExists(atPath: place.appendingPathComponent(name + "/.complete").path)
            }
            #expect(whole || sealed, "a mix of two runs at \(fraction) without a sealed run to finish")
            let next = try start(shop, into: place, date: "2026-11-08")
            next.waitUntilExit()
            #expect(next.terminationStatus == 0, "the next audit runs after a kill at \(fraction)")
            let after = try state(place)
            #expect(after.files == new.files, "the next audit leaves the new state (kill at \(fraction))")
            #expect(after.leftovers.isEmpty, "nothing of the killed run is left: \(after.leftovers)")
        }
    }
}
