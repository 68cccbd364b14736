import Foundation
import Testing
@testable import ListingAudit

@Suite struct HistoryStoreTests {
    private let first = HistoryFixtures.snapshot(
        "2026-11-12", [HistoryFixtures.listing("L1", [HistoryFixtures.finding("size.missing_chart")], refunds: 4)])
    private let second = HistoryFixtures.snapshot("2026-11-19", [HistoryFixtures.listing("L1", [], refunds: 1)])

    @Test func snapshotsRoundTripOldestFirst() throws {
        let store = HistoryStore(directory: HistoryFixtures.temporaryFolder().appendingPathComponent("history"))
        try store.save(second)
        try store.save(first)
        let (snapshots, warnings) = store.load()
        #expect(warnings.isEmpty)
        #expect(snapshots == [first, second])
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.path).sorted()
        #expect(names == ["audit-2026-11-12.json", "audit-2026-11-19.json"])
    }

    @Test func aSecondAuditOnTheSameDayReplacesTheFirst() throws {
        let store = HistoryStore(directory: HistoryFixtures.temporaryFolder())
        try store.save(first)
        var rerun = first
        rerun.listings[0].refunds = 9
        try store.save(rerun)
        #expect(store.load().snapshots == [rerun])
    }

    @Test func aMissingFolderIsAnEmptyHistory() {
        let store = HistoryStore(directory: HistoryFixtures.temporaryFolder().appendingPathComponent("absent"))
        let (snapshots, warnings) = store.load()
        #expect(snapshots.isEmpty)
        #expect(warnings.isEmpty)
    }

    @Test func anInterruptedWriteLeavesEarlierHistoryIntact() throws {
        let store = HistoryStore(directory: HistoryFixtures.temporaryFolder())
        try store.save(first)
        // A crash between writing the temporary file and renaming it leaves exactly this behind.
        let encoded = try JSONEncoder().encode(second)
        let leftover = store.directory.appendingPathComponent(".audit-2026-11-19.json.4242.tmp")
        try Data(encoded.prefix(encoded.count / 2)).write(to: leftover)
        let (snapshots, warnings) = store.load()
        #expect(snapshots == [first])
        #expect(warnings == [.interruptedWrite(path: leftover.path)])
        try store.save(second)
        #expect(store.load().snapshots == [first, second])
    }

    @Test func aTruncatedSnapshotIsSkippedWithAWarning() throws {
        let store = HistoryStore(directory: HistoryFixtures.temporaryFolder())
        try store.save(second)
        let encoded = try JSONEncoder().encode(first)
        let truncated = store.url(for: first.date)
        try Data(encoded.prefix(encoded.count - 20)).write(to: truncated)
        let (snapshots, warnings) = store.load()
        #expect(snapshots == [second])
        #expect(warnings.count == 1)
        guard case .unreadableSnapshot(let path, let reason) = warnings.first else {
            Issue.record("expected an unreadable-snapshot warning, got \(warnings)")
            return
        }
        #expect(path == truncated.path)
        #expect(reason.en.contains("truncated"))
        #expect(reason.zh.contains("截断"))
    }

    @Test func emptyAndGarbageAndNewerSnapshotsAreSkipped() throws {
        let store = HistoryStore(directory: HistoryFixtures.temporaryFolder())
        try store.save(second)
        try Data().write(to: store.directory.appendingPathComponent("audit-2026-10-01.json"))
        try Data("not json {".utf8).write(to: store.directory.appendingPathComponent("audit-2026-10-08.json"))
        try Data(#"{"schema": 99, "date": "2026-10-15"}"#.utf8)
            .write(to: store.directory.appendingPathComponent("audit-2026-10-15.json"))
        try Data("unrelated".utf8).write(to: store.directory.appendingPathComponent("notes.txt"))
        let (snapshots, warnings) = store.load()
        #expect(snapshots == [second])
        #expect(warnings.count == 3)
        #expect(warnings.last?.description.contains("newer version") == true)
    }

    @Test func writeFailuresAreTypedErrorsAndLeaveNoTemporaryFile() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let blocker = folder.appendingPathComponent("history")
        try Data("a file where the folder should be".utf8).write(to: blocker)
        #expect(throws: HistoryError.self) { try HistoryStore(directory: blocker).save(first) }

        let store = HistoryStore(directory: folder.appendingPathComponent("ok"))
        try FileManager.default.createDirectory(at: store.url(for: first.date), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: store.url(for: first.date).appendingPathComponent("child"), withIntermediateDirectories: true)
        #expect(throws: HistoryError.self) { try store.save(first) }
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.path)
        #expect(names == ["audit-2026-11-12.json"])
    }

    @Test func datesAreValidatedAndDefaultBesideOutputs() {
        #expect(AuditDate("2026-11-26")?.text == "2026-11-26")
        #expect(AuditDate("2024-02-29") != nil)
        #expect(AuditDate("2026-02-29") == nil)
        #expect(AuditDate("2026-13-01") == nil)
        #expect(AuditDate("26-11-2026") == nil)
        #expect(AuditDate("2026-1-05") == nil)
        let newYear = Date(timeIntervalSince1970: 86_400 * 365)
        let utc = TimeZone(identifier: "UTC") ?? .current
        #expect(AuditDate.today(now: newYear, timeZone: utc).text == "1971-01-01")
        let shanghai = TimeZone(identifier: "Asia/Shanghai") ?? .current
        #expect(AuditDate.today(now: newYear.addingTimeInterval(-3_600), timeZone: shanghai).text == "1971-01-01")
        let parent = URL(fileURLWithPath: "/reports")
        #expect(HistoryStore.defaultDirectory(outputParent: parent).path == "/reports/listing-audit-history")
    }
}
