#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stream of bytes read chunk by chunk, so files of any size are read in bounded memory.
public protocol ByteSource: AnyObject {
    /// Appends up to about `maximum` bytes to `buffer`; returns the number appended, 0 at the end of input.
    func read(into buffer: inout [UInt8], maximum: Int) throws(IngestError) -> Int
    /// This source as one that copies its bytes straight to memory the caller owns, when it can (`nil`, the
    /// default, for a source that makes them in a buffer of its own). A requirement, not a cast (`as?`): the first
    /// cast of each type to a protocol searches the program's conformance records.
    var direct: DirectByteSource? { get }
}

extension ByteSource {
    /// None: the bytes are read with `read(into:maximum:)`.
    public var direct: DirectByteSource? { nil }
}

/// A `ByteSource` that can also copy its bytes straight to memory the caller owns (no intermediate array).
public protocol DirectByteSource: ByteSource {
    /// Copies up to `maximum` bytes to `destination`, which may be uninitialized (it is initialized up to the count
    /// returned); returns how many, 0 at the end of input. (Not an overload of `read(into:maximum:)`: `&array`
    /// would convert to the pointer and be written past its count.)
    func copyBytes(to destination: UnsafeMutablePointer<UInt8>, maximum: Int) throws(IngestError) -> Int
}

/// Reads a file (or standard input) with plain `read(2)` calls into a caller-owned buffer.
public final class FileByteSource: ByteSource, DirectByteSource {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let path: String
    /// Where `read(2)` puts bytes before they are appended to the caller's buffer.
    private var scratch = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    /// Bytes read from the file so far (for progress reports).
    public private(set) var bytesRead = 0
    /// The file's size, when it is a regular file.
    public let totalBytes: Int?
    private var progress: ProgressThrottle?

    /// Opens `path` for reading; `"-"` means standard input.
    /// - Throws: `IngestError.fileNotFound` or `.unreadable`.
    public init(path: String) throws(IngestError) {
        self.path = path
        let fd = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard fd >= 0 else {
            let code = errno
            guard code != ENOENT else { throw .fileNotFound(path: path) }
            throw .unreadable(path: path, reason: SystemError.reason(code))
        }
        var info = stat()
        let described = fstat(fd, &info) == 0
        if path != "-", described, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw .unreadable(path: path, reason: SystemError.reason(EISDIR))
        }
        totalBytes = described && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
        descriptor = fd
        ownsDescriptor = path != "-"
    }

    /// Reports how far reading has got to `reporter` from now on (see `ProgressReporter`).
    public func reportProgress(to reporter: ProgressReporter) {
        progress = ProgressThrottle(reporter: reporter, file: path, totalBytes: totalBytes)
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
        scratch.deallocate()
    }

    public func read(into buffer: inout [UInt8], maximum: Int) throws(IngestError) -> Int {
        guard maximum > 0 else { return 0 }
        if scratch.count < maximum {
            scratch.deallocate()
            scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: maximum, alignment: 8)
        }
        let got = try copyBytes(to: scratch.baseAddress!.assumingMemoryBound(to: UInt8.self), maximum: maximum)
        buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[..<got]))
        return got
    }

    /// Itself: `copyBytes` reads straight into the caller's memory.
    public var direct: DirectByteSource? { self }

    /// `read(2)` straight into `destination`.
    public func copyBytes(to destination: UnsafeMutablePointer<UInt8>, maximum: Int) throws(IngestError) -> Int {
        guard maximum > 0 else { return 0 }
        var got = 0
        repeat {
            got = Glibc.read(descriptor, destination, maximum)
        } while got < 0 && errno == EINTR
        guard got >= 0 else { throw .unreadable(path: path, reason: SystemError.last()) }
        bytesRead += got
        progress?.note(bytesRead: bytesRead, atEnd: got == 0)
        return got
    }
}

/// Serves bytes already in memory (tests, detection samples).
public final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public convenience init(_ text: String) { self.init(Array(text.utf8)) }

    public func read(into buffer: inout [UInt8], maximum: Int) throws(IngestError) -> Int {
        let count = min(maximum, bytes.count - offset)
        buffer.append(contentsOf: bytes[offset..<offset + count])
        offset += count
        return count
    }
}
