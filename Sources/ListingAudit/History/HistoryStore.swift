import Foundation

/// The audit history folder: one JSON snapshot per audit day (`audit-YYYY-MM-DD.json`).
///
/// Writes are atomic: the snapshot goes to a temporary file in the same folder, is flushed to disk (`fsync`),
/// then renamed over the final name, and the folder itself is synced. A crash at any point leaves either the old
/// file or the new one, never a mix, and never touches other days' snapshots. The JSON is written byte for byte as
/// `JSONEncoder` would write it (`AuditSnapshot.writeJSON`), and read by `SnapshotJSONReader`, or by `JSONDecoder`
/// when the file is in a form that reader does not expect.
public struct HistoryStore: Sendable {
    /// The folder.
    public let directory: URL

    static let prefix = "audit-"
    static let suffix = ".json"
    static let temporaryMarker = ".tmp"

    public init(directory: URL) {
        self.directory = directory
    }

    /// The default folder for outputs under `outputParent`: `<outputParent>/listing-audit-history`, beside the
    /// dated output folders.
    public static func defaultDirectory(outputParent: URL) -> URL {
        outputParent.appendingPathComponent("listing-audit-history", isDirectory: true)
    }

    /// The file a snapshot of `date` is stored in.
    public func url(for date: AuditDate) -> URL {
        directory.appendingPathComponent(Self.prefix + date.text + Self.suffix)
    }

    /// Every readable snapshot, whole, oldest first, and warnings for files that were skipped. A missing folder is
    /// an empty history. (An audit uses `compare`, which holds one snapshot at a time.)
    public func load() -> (snapshots: [AuditSnapshot], warnings: [HistoryWarning]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            return ([], [])
        }
        var snapshots: [AuditSnapshot] = []
        var warnings: [HistoryWarning] = []
        for name in names.sorted() {
            let path = directory.appendingPathComponent(name).path
            if name.hasPrefix("." + Self.prefix), name.hasSuffix(Self.temporaryMarker) {
                warnings.append(.interruptedWrite(path: path))
                continue
            }
            guard name.hasPrefix(Self.prefix), name.hasSuffix(Self.suffix) else { continue }
            switch Self.read(path: path) {
            case .success(let snapshot): snapshots.append(snapshot)
            case .failure(let warning): warnings.append(warning)
            }
        }
        return (snapshots.sorted { $0.date < $1.date }, warnings)
    }

    /// Removes the temporary files interrupted writes left, and warns once for each. Only for a caller holding
    /// the folder's `FolderLock`: another audit's pending snapshot would look the same.
    func removeInterruptedWrites() -> [HistoryWarning] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().compactMap { name in
            guard name.hasPrefix("." + Self.prefix), name.hasSuffix(Self.temporaryMarker) else { return nil }
            let path = directory.appendingPathComponent(name).path
            return unlink(path) == 0 ? .interruptedWrite(path: path) : nil
        }
    }

    /// Writes `snapshot` atomically, replacing an earlier snapshot of the same day.
    public func save(_ snapshot: AuditSnapshot) throws(HistoryError) {
        try prepare(snapshot).commit()
    }

    /// Writes `snapshot` to a synced temporary file in the folder, for `commit` to move over its day's file (or
    /// `discard` to remove): an audit writes its snapshot with its reports and moves them all into place at the end.
    func prepare(_ snapshot: some SnapshotJSON) throws(HistoryError) -> PendingSnapshot {
        let target = url(for: snapshot.date)
        return try writeTemporary(for: target) { write throws(HistoryError) in
            guard try snapshot.writeJSON(to: write) else {
                throw .cannotWrite(path: target.path, reason: LocalizedText(
                    zh: "有分数不是有限数，无法写入", en: "a score is not a finite number"))
            }
        }
    }

    /// A snapshot written to its temporary file, not yet in place.
    struct PendingSnapshot {
        let temporary: URL
        let target: URL
        let directory: URL

        /// Renames the temporary file over the target, and syncs the folder.
        func commit() throws(HistoryError) {
            guard rename(temporary.path, target.path) == 0 else {
                let reason = SystemError.last()
                unlink(temporary.path)
                throw .cannotWrite(path: target.path, reason: reason)
            }
            let folder = open(directory.path, O_RDONLY)
            if folder >= 0 {
                fsync(folder)
                close(folder)
            }
        }

        /// Removes the temporary file.
        func discard() {
            unlink(temporary.path)
        }
    }

    /// A synced temporary file beside `target` holding what `contents` hands its writer.
    private func writeTemporary(
        for target: URL, _ contents: (([UInt8]) throws(HistoryError) -> Void) throws(HistoryError) -> Void
    ) throws(HistoryError) -> PendingSnapshot {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory.path, reason: OutputProblem.reason(creating: directory.path, error))
        }
        let temporary = directory.appendingPathComponent(
            "." + target.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
                + Self.temporaryMarker)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: temporary.path, reason: SystemError.last()) }
        do {
            try contents { bytes throws(HistoryError) in
                try Self.writeAll(bytes, to: descriptor, path: temporary.path)
            }
        } catch {
            close(descriptor)
            unlink(temporary.path)
            throw error
        }
        let synced = fsync(descriptor) == 0
        let reason = SystemError.last()
        close(descriptor)
        guard synced else {
            unlink(temporary.path)
            throw .cannotWrite(path: temporary.path, reason: reason)
        }
        return PendingSnapshot(temporary: temporary, target: target, directory: directory)
    }

    /// Writes all of `bytes` to `descriptor`, the file at `path`.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(HistoryError) {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: SystemError.last())
            }
            written += result
        }
    }

    static func read(path: String) -> Result<AuditSnapshot, HistoryWarning> {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return .failure(.cannotRead(path, SystemError.reason(error)))
        }
        if let snapshot = SnapshotJSONReader.read(data) {
            guard snapshot.schema <= AuditSnapshot.currentSchema else {
                return .failure(.newer(path, schema: snapshot.schema))
            }
            return .success(snapshot)
        }
        struct Header: Decodable { var schema: Int }
        let decoder = JSONDecoder()
        guard let header = try? decoder.decode(Header.self, from: data) else {
            return .failure(.incomplete(path))
        }
        guard header.schema <= AuditSnapshot.currentSchema else { return .failure(.newer(path, schema: header.schema)) }
        do {
            return .success(try decoder.decode(AuditSnapshot.self, from: data))
        } catch {
            return .failure(.incomplete(path))
        }
    }

}
