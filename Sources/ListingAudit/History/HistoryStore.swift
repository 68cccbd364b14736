import Foundation

/// The audit history folder: one JSON snapshot per audit day (`audit-YYYY-MM-DD.json`).
///
/// Writes are atomic: the snapshot goes to a temporary file in the same folder, is flushed to disk (`fsync`),
/// then renamed over the final name, and the folder itself is synced. A crash at any point leaves either the old
/// file or the new one, never a mix, and never touches other days' snapshots.
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

    /// Every readable snapshot, oldest first, and warnings for files that were skipped. A missing folder is an
    /// empty history.
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

    /// Writes `snapshot` atomically, replacing an earlier snapshot of the same day.
    public func save(_ snapshot: AuditSnapshot) throws(HistoryError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(snapshot)
        } catch {
            throw .cannotWrite(path: url(for: snapshot.date).path, reason: "\(error)")
        }
        try writeAtomically(Array(data), to: url(for: snapshot.date))
    }

    /// Writes `bytes` to `target` through a synced temporary file and a rename.
    func writeAtomically(_ bytes: [UInt8], to target: URL) throws(HistoryError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory.path, reason: error.localizedDescription)
        }
        let temporary = directory.appendingPathComponent(
            "." + target.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
                + Self.temporaryMarker)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: temporary.path, reason: Self.systemError()) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = Self.systemError()
                close(descriptor)
                unlink(temporary.path)
                throw .cannotWrite(path: temporary.path, reason: reason)
            }
            written += result
        }
        let synced = fsync(descriptor) == 0
        let reason = Self.systemError()
        close(descriptor)
        guard synced else {
            unlink(temporary.path)
            throw .cannotWrite(path: temporary.path, reason: reason)
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = Self.systemError()
            unlink(temporary.path)
            throw .cannotWrite(path: target.path, reason: reason)
        }
        let folder = open(directory.path, O_RDONLY)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    private static func read(path: String) -> Result<AuditSnapshot, HistoryWarning> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.unreadableSnapshot(path: path, reason: "cannot be read"))
        }
        struct Header: Decodable { var schema: Int }
        let decoder = JSONDecoder()
        guard let header = try? decoder.decode(Header.self, from: data) else {
            return .failure(.unreadableSnapshot(path: path, reason: "not a complete snapshot (truncated or corrupt)"))
        }
        guard header.schema <= AuditSnapshot.currentSchema else {
            return .failure(
                .unreadableSnapshot(path: path, reason: "written by a newer version (format \(header.schema))"))
        }
        do {
            return .success(try decoder.decode(AuditSnapshot.self, from: data))
        } catch {
            return .failure(.unreadableSnapshot(path: path, reason: "not a complete snapshot (truncated or corrupt)"))
        }
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
