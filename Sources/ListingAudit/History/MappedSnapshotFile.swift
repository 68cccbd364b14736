import Foundation

/// A snapshot file mapped into memory read-only, its pages handed back to the system behind the reader as it goes,
/// so a snapshot of hundreds of megabytes is never resident whole.
enum MappedSnapshotFile {
    /// Pages released at a time.
    private static let releaseStep = 16 << 20

    /// `body` with the bytes of the regular file at `path` and a function to call with the offset read up to; `nil`
    /// when the file cannot be opened or mapped, or is not a regular file.
    static func withBytes<R>(path: String, _ body: (UnsafeBufferPointer<UInt8>, (Int) -> Void) -> R) -> R? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        guard size > 0 else { return body(UnsafeBufferPointer(start: nil, count: 0), { _ in }) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
            base != UnsafeMutableRawPointer(bitPattern: -1)
        else { return nil }
        defer { munmap(base, size) }
        let page = max(Int(sysconf(Int32(_SC_PAGESIZE))), 1)
        var released = 0
        return body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)) { offset in
            let boundary = offset / page * page
            guard boundary - released >= releaseStep else { return }
            madvise(base + released, boundary - released, Int32(MADV_DONTNEED))
            released = boundary
        }
    }
}
