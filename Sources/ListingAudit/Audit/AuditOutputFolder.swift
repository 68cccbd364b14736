import Foundation

/// The one place an audit writes its report files. Every file of a run is written into a staging folder, and
/// `commit` moves them into place together once all are complete: an output folder that did not exist is staged
/// beside where it will be and appears whole with one rename; an existing one is staged in a hidden folder inside
/// it (same file system, whatever links lead there) and gets each file by a rename over the old one. A reader never
/// sees a half-written file, and a run that fails before `commit` leaves the output folder as it was (`discard`
/// removes the staging folder). Files of the folder that this run does not write are left alone.
///
/// A run killed on the way leaves its staging folder behind; the next audit into the folder (holding its
/// `FolderLock`) settles it with `recoverInterrupted`. `seal` marks a staging folder complete before anything is
/// moved, so a run killed while moving its files is finished by the next one (new state), and one killed earlier is
/// removed (previous state): the folder never stays a mix of two runs.
final class AuditOutputFolder {
    /// The report files an audit can write, in the order the terminal lists them.
    static let reportNames = [
        "priorities.csv", "findings.csv", "refunds.csv", "summary.json", "trend.csv", "report.html",
    ]

    /// The output folder.
    let destination: String
    /// The staging folder, once the first file is written.
    private var staging: String?
    /// Whether the staging folder is inside the output folder (which existed) rather than beside it.
    private var stagedInside = false
    private var staged: Set<String> = []
    /// The files `create` made: each is closed (its flush in the background waited for) before the folder is sealed.
    private var created: [(name: String, file: OutputFile)] = []
    /// The rows of each table written (the files whose writers count rows), in `reportNames` order: set when the
    /// folder is sealed, every file closed.
    private(set) var tables: [SpreadsheetRows] = []
    /// The files being written on threads of their own (`writeInBackground`), by name: waited for before the files
    /// are closed.
    private var writers: [String: ConcurrentWork<AuditError>] = [:]

    init(destination: String) {
        self.destination = destination
    }

    /// The names of the files written so far, in `reportNames` order.
    var files: [String] { Self.reportNames.filter(staged.contains) }

    /// Where to write report file `name`: its path in the staging folder, made on first use.
    /// - Throws: `AuditError.cannotWrite` when no staging folder can be made.
    func path(for name: String) throws(AuditError) -> String {
        staged.insert(name)
        return (try stagingFolder() as NSString).appendingPathComponent(name)
    }

    /// Where report file `name` will be once the run is committed: what messages about it name.
    func shownPath(for name: String) -> String {
        (destination as NSString).appendingPathComponent(name)
    }

    /// Creates report file `name` for writing in pieces; the folder closes it before it is sealed, if its writer has
    /// not (`OutputFile.closeInBackground` leaves the wait to the folder).
    func create(_ name: String) throws(AuditError) -> OutputFile {
        let file = try OutputFile(path: path(for: name), shownAs: shownPath(for: name))
        created.append((name, file))
        return file
    }

    /// Writes report file `name` with `body` on a thread of its own while the audit goes on: the audit writes
    /// `findings.csv` so while it reads the refunds. The file is created at once (an error creating it is thrown
    /// here); `seal` waits for `body` and throws what it threw, and `discard` waits for it before removing the
    /// staging folder, so no thread writes into a run that is over. Writing `name` again waits for the earlier
    /// writer (throwing what it threw) and replaces its file.
    func writeInBackground(
        _ name: String, _ body: @escaping @Sendable (OutputFile) throws(AuditError) -> Void
    ) throws(AuditError) {
        if let earlier = writers.removeValue(forKey: name) { try earlier.wait() }
        let file = try create(name)
        writers[name] = Concurrently.start { () throws(AuditError) in try body(file) }
    }

    /// Writes the whole of report file `name`.
    func write(_ text: String, as name: String) throws(AuditError) {
        try OutputFile.write(text, to: path(for: name), shownAs: shownPath(for: name))
    }

    /// Writes the whole of report file `name` from its bytes.
    func write(bytes: [UInt8], as name: String) throws(AuditError) {
        try OutputFile.write(bytes: bytes, to: path(for: name), shownAs: shownPath(for: name))
    }

    /// The marker file of a complete staging folder; its text is the history snapshot to move into place with the
    /// reports (temporary path, then target path, one a line), or empty.
    static let sealName = ".complete"

    /// Marks the staging folder complete: from now on an interrupted run is finished, not undone. `snapshot` is
    /// the pending history snapshot moved into place with the reports.
    /// Every file written in the background is waited for and every file `create` made is closed first: a write or
    /// flush that failed is thrown then, naming its file.
    func seal(snapshot: HistoryStore.PendingSnapshot?) throws(AuditError) {
        try waitForWriters()
        try closeCreated()
        guard let staging else { return }
        let text = snapshot.map { $0.temporary.path + "\n" + $0.target.path + "\n" } ?? ""
        try OutputFile.write(text, to: (staging as NSString).appendingPathComponent(Self.sealName))
    }

    /// Settles what an interrupted run into this folder left: a sealed staging folder is moved into place (with its
    /// history snapshot), any other is removed. Called with the folder locked.
    /// - Throws: `AuditError.cannotWrite` when a sealed run's files cannot be moved into place.
    func recoverInterrupted() throws(AuditError) {
        let target = URL(fileURLWithPath: destination).standardizedFileURL
        let prefix = "." + target.lastPathComponent + ".partial-"
        for place in [target.deletingLastPathComponent().path, target.path] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: place)) ?? []
            for name in names.sorted() where name.hasPrefix(prefix) {
                let folder = (place as NSString).appendingPathComponent(name)
                let seal = (folder as NSString).appendingPathComponent(Self.sealName)
                if let text = try? String(contentsOfFile: seal, encoding: .utf8) {
                    try finish(folder, snapshot: text.split(separator: "\n").map(String.init))
                }
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
    }

    /// Moves the files of the sealed staging `folder` into the output folder, after its history snapshot.
    private func finish(_ folder: String, snapshot: [String]) throws(AuditError) {
        if snapshot.count == 2, FileManager.default.fileExists(atPath: snapshot[0]) {
            guard rename(snapshot[0], snapshot[1]) == 0 else {
                throw .cannotWrite(path: snapshot[1], reason: SystemError.last())
            }
        }
        unlink((folder as NSString).appendingPathComponent(Self.sealName))
        if !FileManager.default.fileExists(atPath: destination), rename(folder, destination) == 0 { return }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let target = (destination as NSString).appendingPathComponent(name)
            guard rename((folder as NSString).appendingPathComponent(name), target) == 0 else {
                throw .cannotWrite(path: target, reason: SystemError.last())
            }
        }
    }

    /// Moves every file written into the output folder, and removes the staging folder.
    /// - Throws: `AuditError.cannotWrite` naming the file or folder that could not be moved.
    func commit() throws(AuditError) {
        guard let staging else { return }
        if !stagedInside, !FileManager.default.fileExists(atPath: destination) {
            guard rename(staging, destination) == 0 else {
                throw .cannotWrite(path: destination, reason: SystemError.last())
            }
            unlink((destination as NSString).appendingPathComponent(Self.sealName))
            self.staging = nil
            return
        }
        for name in files {
            let target = (destination as NSString).appendingPathComponent(name)
            guard rename((staging as NSString).appendingPathComponent(name), target) == 0 else {
                throw .cannotWrite(path: target, reason: SystemError.last())
            }
        }
        discard()
    }

    /// Removes the staging folder and what it holds; the output folder is untouched.
    func discard() {
        try? waitForWriters()
        try? closeCreated()
        guard let staging else { return }
        try? FileManager.default.removeItem(atPath: staging)
        self.staging = nil
    }

    /// Waits for every file written in the background; throws the first failure, in the order of the files' names,
    /// once all have finished.
    private func waitForWriters() throws(AuditError) {
        var failure: AuditError?
        for name in writers.keys.sorted() {
            do throws(AuditError) { try writers[name]?.wait() } catch { failure = failure ?? error }
        }
        writers = [:]
        if let failure { throw failure }
    }

    /// Closes every file `create` made, waiting for those closing in the background; throws the first failure, in
    /// the order the files were made, once all are closed.
    private func closeCreated() throws(AuditError) {
        var failure: AuditError?
        for (_, file) in created {
            do throws(AuditError) { try file.close() } catch { failure = failure ?? error }
        }
        tables = Self.reportNames.compactMap { name in
            guard let file = created.last(where: { $0.name == name })?.file, file.rows > 0 else { return nil }
            return SpreadsheetRows(file: name, rows: file.rows)
        }
        created = []
        if let failure { throw failure }
    }

    /// The staging folder, made on first use: inside the output folder when it exists, else beside it.
    private func stagingFolder() throws(AuditError) -> String {
        if let staging { return staging }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: destination, isDirectory: &isFolder)
        guard !exists || isFolder.boolValue else {
            throw .cannotWrite(path: destination, reason: OutputProblem.notAFolder(destination))
        }
        let target = URL(fileURLWithPath: destination).standardizedFileURL
        let process = ProcessInfo.processInfo.processIdentifier
        let name = ".\(target.lastPathComponent).partial-\(process)-\(UUID().uuidString)"
        let parent = exists ? destination : target.deletingLastPathComponent().path
        let folder = (parent as NSString).appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: destination, reason: OutputProblem.reason(creating: folder, error))
        }
        staging = folder
        stagedInside = exists
        return folder
    }
}
