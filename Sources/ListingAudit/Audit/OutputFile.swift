#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A report file being written: created (replacing any old one) on open, appended to in pieces, and closed once with
/// its bytes flushed to the disk (`fsync`), so an output folder moved into place holds only files the disk has. A
/// failed write — a full disk, a file-size limit — throws with the system's reason (`No space left on device`),
/// naming the file as the user will find it (`shownAs`: its place in the output folder, not the staging folder it is
/// written in). A file is handed to the one thread that writes it (`findings.csv` is written while `refunds.csv`
/// is), never written from two threads. A report of hundreds of megabytes can be flushed and closed on a thread of
/// its own (`closeInBackground`) while the audit goes on; `close` then waits for that and throws what it met.
final class OutputFile: @unchecked Sendable {
    let path: String
    /// The path errors name.
    let shownPath: String
    private var descriptor: Int32
    /// The flush and close `closeInBackground` started, until `close` has waited for it.
    private var closing: BackgroundClose?
    /// The rows of a table written so far, its header included, as its writer counts them (`countRows`); 0 for a
    /// file that is not a table. Counted by the one thread that writes the file; read once the file is closed.
    private(set) var rows = 0

    /// Creates `path`, making its folder if needed.
    /// - Throws: `AuditError.cannotWrite` naming `shownAs` (or the path).
    init(path: String, shownAs: String? = nil) throws(AuditError) {
        self.path = path
        shownPath = shownAs ?? path
        let folder = PathText.parent(path)
        do {
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
        } catch {
            throw .cannotWrite(path: folder, reason: OutputProblem.reason(creating: folder, error))
        }
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: shownPath, reason: SystemError.last()) }
    }

    deinit {
        if descriptor >= 0 { _ = closeDescriptor(descriptor) }
    }

    /// Appends `text` as UTF-8.
    func write(_ text: String) throws(AuditError) {
        var text = text
        try check(text.withUTF8 { writeAll(descriptor, $0) })
    }

    /// Appends `bytes`.
    func write(_ bytes: [UInt8]) throws(AuditError) {
        try bytes.withUnsafeBufferPointer { (bytes) throws(AuditError) in try write(bytes) }
    }

    /// Appends `bytes`.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(AuditError) {
        try check(writeAll(descriptor, bytes))
    }

    /// Counts `count` more rows of a table written (`rows`).
    func countRows(_ count: Int) {
        rows += count
    }

    /// Writes a whole file at once.
    static func write(_ text: String, to path: String, shownAs: String? = nil) throws(AuditError) {
        let file = try OutputFile(path: path, shownAs: shownAs)
        try file.write(text)
        try file.close()
    }

    /// Creates the file at `path` holding `bytes`, flushed to the disk and closed (`write(_:to:shownAs:)` of bytes).
    static func write(bytes: [UInt8], to path: String, shownAs: String? = nil) throws(AuditError) {
        let file = try OutputFile(path: path, shownAs: shownAs)
        try file.write(bytes)
        try file.close()
    }

    /// Flushes the file to the disk and closes it; after `closeInBackground`, waits for that flush and close.
    func close() throws(AuditError) {
        if let closing {
            self.closing = nil
            return try check(closing.wait())
        }
        guard descriptor >= 0 else { return }
        let failure = flushAndClose(descriptor)
        descriptor = -1
        try check(failure)
    }

    /// Starts flushing the file to the disk and closing it on a thread of its own, so the caller goes on while the
    /// disk catches up; nothing may be written after it. `close` waits for it and throws what it met (the audit's
    /// output folder closes every file it made before it is sealed).
    func closeInBackground() {
        guard descriptor >= 0 else { return }
        let (descriptor, closing) = (descriptor, BackgroundClose())
        self.descriptor = -1
        self.closing = closing
        Thread { closing.finish(flushAndClose(descriptor)) }.start()
    }

    /// Throws for a nonzero `errno` value.
    private func check(_ failure: Int32) throws(AuditError) {
        guard failure != 0 else { return }
        throw .cannotWrite(path: shownPath, reason: SystemError.reason(failure))
    }
}

/// Writes all of `bytes` to `descriptor`; returns 0, or the `errno` of the write that failed.
private func writeAll(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    guard let base = bytes.baseAddress else { return 0 }
    var done = 0
    while done < bytes.count {
        let wrote = write(descriptor, base + done, bytes.count - done)
        if wrote < 0 {
            if errno == EINTR { continue }
            return errno
        }
        done += wrote
    }
    return 0
}

/// Flushes `descriptor` to the disk and closes it; returns 0, or the `errno` of the first step that failed. A device or
/// pipe that cannot be synchronised (EINVAL, EROFS) has nothing to flush.
private func flushAndClose(_ descriptor: Int32) -> Int32 {
    var failure = fsync(descriptor) == 0 || errno == EINVAL || errno == EROFS ? 0 : errno
    if closeDescriptor(descriptor) != 0, failure == 0 { failure = errno }
    return failure
}

private func closeDescriptor(_ descriptor: Int32) -> Int32 { close(descriptor) }

/// The outcome of one `OutputFile.closeInBackground`: set once by its thread, waited for by `close`.
private final class BackgroundClose: @unchecked Sendable {
    private let condition = NSCondition()
    /// The `errno` of the flush or close that failed, 0 when both succeeded; `nil` until finished.
    private var failure: Int32?

    func finish(_ failure: Int32) {
        condition.lock()
        self.failure = failure
        condition.signal()
        condition.unlock()
    }

    /// Waits until `finish`, and returns its value.
    func wait() -> Int32 {
        condition.lock()
        defer { condition.unlock() }
        while failure == nil { condition.wait() }
        return failure ?? 0
    }
}

