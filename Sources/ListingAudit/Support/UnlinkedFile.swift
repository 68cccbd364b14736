import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Scratch files that exist only as an open descriptor: created in the temporary folder and unlinked at once, so
/// they disappear with the descriptor (and with the process, whatever happens to it). The spools of a large check use
/// them.
enum UnlinkedFile {
    /// Opens a new unlinked file whose name began with `prefix`; `nil` when none can be created.
    static func create(prefix: String) -> Int32? {
        // `mkstemp` replaces the six X's of its template with a unique suffix.
        var template = Array((NSTemporaryDirectory() + "/\(prefix)-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return descriptor
    }

    /// Writes all of `bytes` at `offset` of `file`; returns how many were written (fewer on an error).
    static func write(_ bytes: UnsafeRawBufferPointer, to file: Int32, at offset: Int) -> Int {
        var done = 0
        while done < bytes.count {
            let got = pwrite(file, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if got <= 0 { return done }
            done += got
        }
        return done
    }
}
