import Foundation

/// An exclusive lock on a folder an audit writes (its output folder, its history folder), held from before the
/// inputs are read until the reports are in place: the file `.<name>.lock` beside the folder, locked with `flock`.
/// The kernel releases the lock when the process ends, however it ends, so a killed audit leaves no stale lock; the
/// file itself stays (empty but for the holder's process id) and is reused by the next audit.
///
/// A second audit into a locked folder does not wait: it refuses at once with `AuditError.busy`, naming the folder
/// and the process holding it, so two runs never interleave their files.
final class FolderLock {
    /// The lock file.
    let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// The lock file of `folder`: `.<name>.lock` in its parent folder.
    static func lockPath(of folder: String) -> String {
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        return target.deletingLastPathComponent().appendingPathComponent("." + target.lastPathComponent + ".lock").path
    }

    /// Locks `folder`, making its parent folder if needed.
    /// - Throws: `AuditError.busy` when another process holds the lock; `.cannotWrite` when the lock file cannot be
    ///   made.
    static func acquire(_ folder: String) throws(AuditError) -> FolderLock {
        let path = lockPath(of: folder)
        let parent = PathText.parent(path)
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: folder, reason: OutputProblem.reason(creating: parent, error))
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotWrite(path: folder, reason: SystemError.last())
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingWhitespace() ?? ""
            close(descriptor)
            throw .busy(path: folder, holder: Int32(holder))
        }
        let process = Array("\(ProcessInfo.processInfo.processIdentifier)\n".utf8)
        if ftruncate(descriptor, 0) == 0 {
            _ = process.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        }
        return FolderLock(path: path, descriptor: descriptor)
    }

    /// Releases the lock (also done when the lock is freed).
    func release() {
        guard descriptor >= 0 else { return }
        ftruncate(descriptor, 0)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
