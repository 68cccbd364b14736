import Foundation
import Synchronization
import Testing

@testable import ListingAudit

/// The engine's progress hook: readers opened with `ReadOptions.progress` report bytes read, ending with the whole
/// file, from listing, refund and order loaders alike.
@Suite struct ReadProgressTests {
    /// Collects reports from the reading thread.
    final class Reports: Sendable {
        private let collected = Mutex<[ReadProgress]>([])

        var all: [ReadProgress] { collected.withLock { $0 } }

        func reporter(interval: Double = 0) -> ProgressReporter {
            ProgressReporter(interval: interval) { progress in self.collected.withLock { $0.append(progress) } }
        }
    }

    /// A generic export of `listings` one-row listings (about 100 bytes each), its rows in key order.
    private func export(listings: Int) throws -> String {
        var text = "listing_id,title,colours,sizes,image_urls\n"
        for number in 0..<listings {
            text += "L\(number),Cotton tee \(number),Black|White,S|M,https://img.example.com/\(number).jpg\n"
        }
        return try AdapterFixtures.temporaryFile(text)
    }

    private func size(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    }

    @Test func aListingExportReportsUpToItsWholeSize() throws {
        let path = try export(listings: 40_000)
        let reports = Reports()
        let options = LoadOptions(read: ReadOptions(progress: reports.reporter()))
        try ListingLoader.stream(path: path, options: options) { _ in }
        let seen = reports.all

        #expect(seen.count > 2)
        #expect(seen.allSatisfy { $0.file == path && $0.pass == 1 && $0.totalBytes == (try? size(path)) })
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.bytesRead <= $1.bytesRead })
        #expect(seen.last?.bytesRead == (try size(path)))
        #expect(seen.last?.fraction == 1)
    }

    @Test func reportsAreThrottledButTheEndIsAlwaysReported() throws {
        let path = try export(listings: 40_000)
        let reports = Reports()
        try ListingLoader.stream(
            path: path, options: LoadOptions(read: ReadOptions(progress: reports.reporter(interval: 3600)))
        ) { _ in }

        #expect(reports.all.map(\.bytesRead) == [try size(path)])
    }

    @Test func aFileReadAgainReportsItsSecondAndThirdPass() throws {
        var text = "listing_id,title\nA,Tee\n"
        for number in 0..<20_000 { text += "B\(number),Mug \(number)\n" }
        text += "A,\n"
        let path = try AdapterFixtures.temporaryFile(text)
        let reports = Reports()
        var restarts = 0
        try ListingLoader.stream(
            path: path, options: LoadOptions(read: ReadOptions(progress: reports.reporter())),
            restart: { restarts += 1 }
        ) { _ in }
        let passes = reports.all.map(\.pass)

        #expect(restarts == 1)
        #expect(passes.first == 1 && passes.last == 3)
        #expect(passes == passes.sorted())
        #expect(Set(passes) == [1, 2, 3])
        let ends = reports.all.filter { $0.pass >= 2 && $0.bytesRead == $0.totalBytes }
        #expect(ends.contains { $0.pass == 2 } && ends.contains { $0.pass == 3 })
    }

    @Test func refundAndOrderLoadersReportThroughTheirReadOptions() throws {
        let refunds = AdapterFixtures.sample("refunds/generic-refunds.csv")
        let orders = AdapterFixtures.sample("refunds/generic-orders.csv")
        let reports = Reports()
        _ = try RefundLoader.forEach(path: refunds, options: ReadOptions(progress: reports.reporter())) { _ in }
        _ = try OrderLoader.forEach(path: orders, options: ReadOptions(progress: reports.reporter())) { _ in }

        // A loader may open its file twice (the header first); each read ends with the whole file.
        let files = reports.all.map(\.file)
        #expect(files.first == refunds && files.last == orders)
        #expect(Set(files) == [refunds, orders])
        #expect(!zip(files, files.dropFirst()).contains { $0 == orders && $1 == refunds })
        #expect(reports.all.last { $0.file == refunds }?.bytesRead == (try size(refunds)))
        #expect(reports.all.last { $0.file == orders }?.bytesRead == (try size(orders)))
    }

    @Test func theShareReadIsKnownOnlyWithASize() {
        #expect(ReadProgress(file: "-", bytesRead: 10, totalBytes: nil).fraction == nil)
        #expect(ReadProgress(file: "f", bytesRead: 25, totalBytes: 100).fraction == 0.25)
        #expect(ReadProgress(file: "f", bytesRead: 0, totalBytes: 0).fraction == 1)
    }
}
