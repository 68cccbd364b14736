import Foundation
import Testing
@testable import ListingAudit

/// Every report file of a run goes through one `AuditOutputFolder`: staged, then moved into place together, so a
/// reader never sees half a run and a failed run leaves the output folder as it was.
@Suite struct AuditOutputFolderTests {
    private func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    private func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try names(folder) { files[name] = try Data(contentsOf: folder.appendingPathComponent(name)) }
        return files
    }

    @Test func aNewFolderAppearsWholeWithNothingLeftBeside() throws {
        let parent = HistoryFixtures.temporaryFolder()
        let out = parent.appendingPathComponent("out")
        let folder = AuditOutputFolder(destination: out.path)
        try folder.write("{}\n", as: "summary.json")
        let refunds = try OutputFile(path: folder.path(for: "refunds.csv"))
        try refunds.write("r\n")
        try refunds.close()
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is in place before the commit")
        #expect(folder.files == ["refunds.csv", "summary.json"])
        try folder.commit()
        #expect(try names(parent) == ["out"])
        #expect(try contents(out) == ["refunds.csv": Data("r\n".utf8), "summary.json": Data("{}\n".utf8)])
    }

    @Test func anExistingFolderGetsEachFileAndKeepsTheOthers() throws {
        let out = HistoryFixtures.temporaryFolder().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: out.appendingPathComponent("priorities.csv"))
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let folder = AuditOutputFolder(destination: out.path)
        try folder.write("new", as: "priorities.csv")
        #expect(try Data(contentsOf: out.appendingPathComponent("priorities.csv")) == Data("old".utf8))
        try folder.commit()
        #expect(try contents(out) == ["notes.txt": Data("mine".utf8), "priorities.csv": Data("new".utf8)])
    }

    @Test func discardLeavesTheFolderAsItWas() throws {
        let parent = HistoryFixtures.temporaryFolder()
        let out = parent.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: out.appendingPathComponent("findings.csv"))
        let existing = AuditOutputFolder(destination: out.path)
        try existing.write("new", as: "findings.csv")
        existing.discard()
        let fresh = AuditOutputFolder(destination: parent.appendingPathComponent("fresh").path)
        try fresh.write("new", as: "findings.csv")
        fresh.discard()
        #expect(try names(parent) == ["out"])
        #expect(try contents(out) == ["findings.csv": Data("old".utf8)])
    }

    @Test func anOutputPathThatIsAFileIsAnErrorBeforeAnythingIsWritten() throws {
        let file = HistoryFixtures.temporaryFolder().appendingPathComponent("out")
        try Data("x".utf8).write(to: file)
        let folder = AuditOutputFolder(destination: file.path)
        #expect(throws: AuditError.self) { try folder.write("{}", as: "summary.json") }
        #expect(try Data(contentsOf: file) == Data("x".utf8))
    }

    @Test func anUnwritableHistoryAfterTheCSVsLeavesTheEarlierRunIntact() throws {
        let parent = HistoryFixtures.temporaryFolder()
        let out = parent.appendingPathComponent("out")
        let history = parent.appendingPathComponent("history")
        let week1 = ReportOptions(date: HistoryFixtures.date("2026-11-19"), historyDirectory: history.path)
        let first = try AuditPipeline.run(try DemoShopAudit.options("demo-shop", out: out), reports: week1)
        #expect(first.files == AuditOutputFolder.reportNames)
        let before = try contents(out)
        let snapshots = try contents(history)

        // The history folder is now a file: the week-2 audit writes its CSVs, then cannot save its snapshot.
        let blocked = parent.appendingPathComponent("blocked")
        try Data("a file where the history folder should be".utf8).write(to: blocked)
        let week2 = ReportOptions(date: HistoryFixtures.date("2026-11-26"), historyDirectory: blocked.path)
        #expect(throws: AuditError.self) {
            try AuditPipeline.run(try DemoShopAudit.options("demo-shop-week2", out: out), reports: week2)
        }
        #expect(try contents(out) == before, "the earlier run's reports are untouched")
        #expect(try contents(history) == snapshots)
        let locks = [".blocked.lock", ".history.lock", ".out.lock"]
        #expect(try names(parent) == locks + ["blocked", "history", "out"], "no staging folder is left behind")

        let fresh = parent.appendingPathComponent("fresh")
        #expect(throws: AuditError.self) {
            try AuditPipeline.run(try DemoShopAudit.options("demo-shop-week2", out: fresh), reports: week2)
        }
        #expect(!FileManager.default.fileExists(atPath: fresh.path), "a failed first run leaves no output folder")
        let withFresh = [".blocked.lock", ".fresh.lock"] + locks.dropFirst()
        #expect(try names(parent) == withFresh + ["blocked", "history", "out"])
    }

    @Test func aSecondAuditIntoALockedFolderRefusesAtOnce() throws {
        let parent = HistoryFixtures.temporaryFolder()
        let out = parent.appendingPathComponent("out")
        let held = try FolderLock.acquire(out.path)
        #expect(throws: AuditError.busy(path: out.path, holder: ProcessInfo.processInfo.processIdentifier)) {
            try AuditPipeline.run(try DemoShopAudit.options("demo-shop", out: out))
        }
        #expect(!FileManager.default.fileExists(atPath: out.path), "the refused run wrote nothing")
        held.release()
        _ = try AuditPipeline.run(try DemoShopAudit.options("demo-shop", out: out))
        #expect(try names(out) == ["findings.csv", "priorities.csv", "refunds.csv", "summary.json"])
    }

    @Test func anUnsealedStagingFolderOfAKilledRunIsRemoved() throws {
        let out = HistoryFixtures.temporaryFolder().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: out.appendingPathComponent("refunds.csv"))
        let killed = AuditOutputFolder(destination: out.path)
        try killed.write("half a run", as: "refunds.csv")
        let next = AuditOutputFolder(destination: out.path)
        try next.recoverInterrupted()
        #expect(try contents(out) == ["refunds.csv": Data("old".utf8)], "the previous run's state, nothing else")
    }

    @Test func aSealedRunKilledWhileMovingIsFinishedWithItsSnapshot() throws {
        let parent = HistoryFixtures.temporaryFolder()
        let out = parent.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: out.appendingPathComponent("refunds.csv"))
        try Data("old".utf8).write(to: out.appendingPathComponent("summary.json"))
        let history = HistoryStore(directory: parent.appendingPathComponent("history"))
        let snapshot = try history.prepare(HistoryFixtures.snapshot("2026-11-19", []))
        let killed = AuditOutputFolder(destination: out.path)
        try killed.write("new", as: "refunds.csv")
        try killed.write("new", as: "summary.json")
        try killed.seal(snapshot: snapshot)
        // Killed after the seal, before anything moved: the next run finishes the move.
        try AuditOutputFolder(destination: out.path).recoverInterrupted()
        #expect(try contents(out) == ["refunds.csv": Data("new".utf8), "summary.json": Data("new".utf8)])
        #expect(history.load().snapshots.map(\.date.text) == ["2026-11-19"])
        #expect(history.removeInterruptedWrites().isEmpty, "the snapshot was moved, not left as a .tmp")
    }

    /// A file written on a thread of its own (`writeInBackground`) is waited for at the seal, which throws what its
    /// writer threw; writing it again replaces it; `discard` waits for a writer before removing the staging folder.
    @Test func filesWrittenInTheBackgroundAreWaitedForAtTheSealAndOnDiscard() throws {
        let parent = HistoryFixtures.temporaryFolder()
        let out = parent.appendingPathComponent("out")
        let folder = AuditOutputFolder(destination: out.path)
        try folder.writeInBackground("findings.csv") { file throws(AuditError) in
            usleep(20_000)
            try file.write("first")
        }
        try folder.writeInBackground("findings.csv") { file throws(AuditError) in
            usleep(20_000)
            try file.write("second")
            file.closeInBackground()
        }
        try folder.seal(snapshot: nil)
        try folder.commit()
        #expect(try contents(out) == ["findings.csv": Data("second".utf8)])

        let failure = AuditError.cannotWrite(path: "findings.csv", reason: LocalizedText(zh: "满", en: "full"))
        let failing = AuditOutputFolder(destination: parent.appendingPathComponent("failing").path)
        try failing.writeInBackground("findings.csv") { _ throws(AuditError) in throw failure }
        #expect(throws: failure) { try failing.seal(snapshot: nil) }
        failing.discard()

        let finished = FinishedFlag()
        let discarded = AuditOutputFolder(destination: parent.appendingPathComponent("discarded").path)
        try discarded.writeInBackground("findings.csv") { file throws(AuditError) in
            usleep(50_000)
            try file.write("late")
            finished.set()
        }
        discarded.discard()
        #expect(finished.isSet, "discard returned before the writer finished")
        #expect(try names(parent) == ["out"], "nothing of the failed or discarded runs is left")
    }

    /// Reports flushed and closed in the background (`OutputFile.closeInBackground`, while the audit goes on) are
    /// closed by the time the folder is sealed: no descriptor of this process still names one, and every byte is in.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd"), "needs /proc to list open files"))
    func sealingWaitsForFilesClosingInTheBackground() throws {
        let out = HistoryFixtures.temporaryFolder().appendingPathComponent("sealed-in-background")
        let folder = AuditOutputFolder(destination: out.path)
        let names = ["priorities.csv", "findings.csv", "refunds.csv"]
        let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 4 << 20)
        for name in names {
            let file = try folder.create(name)
            try file.write(bytes)
            file.closeInBackground()
        }
        try folder.seal(snapshot: nil)
        let open = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").compactMap {
            try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)
        }
        #expect(!open.contains { $0.contains(".sealed-in-background.partial-") }, "a report still open: \(open)")
        try folder.commit()
        #expect(try contents(out) == Dictionary(uniqueKeysWithValues: names.map { ($0, Data(bytes)) }))
    }

    @Test func aKilledSnapshotWriteIsRemovedOnceWithAWarning() throws {
        let history = HistoryStore(directory: HistoryFixtures.temporaryFolder())
        let pending = try history.prepare(HistoryFixtures.snapshot("2026-11-19", []))
        #expect(history.removeInterruptedWrites() == [.interruptedWrite(path: pending.temporary.path)])
        #expect(history.removeInterruptedWrites().isEmpty)
        #expect(history.load().warnings.isEmpty)
    }
}
