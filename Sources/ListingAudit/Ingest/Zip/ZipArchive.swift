#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bounds a ZIP container is read within, so a hostile archive (a ZIP bomb, a directory of millions of entries)
/// is refused with a message instead of filling memory or running for hours.
public struct ZipLimits: Sendable, Equatable {
    /// The most entries the central directory may list.
    public var maximumEntries = 20_000
    /// The most bytes one entry may inflate to.
    public var maximumEntrySize = 4 << 30
    /// The highest inflated-to-compressed ratio an entry may reach once it is past `ratioFloor` bytes (DEFLATE cannot
    /// pass about 1,032:1; spreadsheet XML stays far below 200:1).
    public var maximumRatio = 400
    /// Entries smaller than this are not held to `maximumRatio` (a small part of zeros may compress very well).
    public var ratioFloor = 32 << 20

    public init() {}
}

/// A file opened for reading at any offset, shared by the entries read from it.
final class RandomAccessFile {
    let path: String
    let size: Int
    private let descriptor: Int32

    init(path: String) throws(IngestError) {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let code = errno
            guard code != ENOENT else { throw .fileNotFound(path: path) }
            throw .unreadable(path: path, reason: SystemError.reason(code))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw .unreadable(path: path, reason: SystemError.last())
        }
        descriptor = fd
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// Reads up to `count` bytes at `offset` into `destination`; fewer only at the end of the file.
    func read(at offset: Int, into destination: UnsafeMutableRawPointer, count: Int) throws(IngestError) -> Int {
        var done = 0
        while done < count {
            let got = pread(descriptor, destination + done, count - done, off_t(offset + done))
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: SystemError.last())
            }
            if got == 0 { break }
            done += got
        }
        return done
    }

    /// `count` bytes at `offset` (fewer at the end of the file).
    func bytes(at offset: Int, count: Int) throws(IngestError) -> [UInt8] {
        guard count > 0, offset < size else { return [] }
        var result = [UInt8](repeating: 0, count: min(count, size - offset))
        let wanted = result.count
        let outcome = result.withUnsafeMutableBytes { raw in
            Result { () throws(IngestError) in try read(at: offset, into: raw.baseAddress!, count: wanted) }
        }
        let got = try outcome.get()
        result.removeLast(wanted - got)
        return result
    }
}

/// A ZIP archive's table of contents (the central directory) and streamed access to its entries: stored and DEFLATE
/// entries, ZIP64 sizes and offsets. Only the directory is held in memory; entries are inflated chunk by chunk.
final class ZipArchive {
    /// One file in the archive.
    struct Entry: Sendable {
        let name: String
        let method: UInt16
        let flags: UInt16
        let crc: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int

        /// Whether the entry is encrypted (general-purpose flag bit 0).
        var isEncrypted: Bool { flags & 1 != 0 }
    }

    /// The path as given.
    let path: String
    let file: RandomAccessFile
    let limits: ZipLimits
    let entries: [Entry]
    /// Entry index by lower-cased name (OPC part names compare case-insensitively).
    private let byName: [String: Int]

    /// Opens the archive at `path` and reads its central directory.
    /// - Throws: `.fileNotFound` / `.unreadable`, or `.unusableInput` saying what is wrong with the container (cut
    ///   short, not a ZIP file, too many entries, split over several disks).
    init(path: String, limits: ZipLimits = ZipLimits()) throws(IngestError) {
        self.path = path
        self.limits = limits
        file = try RandomAccessFile(path: path)
        let (directoryOffset, directorySize, count) = try Self.findDirectory(file)
        guard count <= limits.maximumEntries else {
            throw .input(
                path, zh: "ZIP 目录列出 \(count) 个条目，超过上限 \(limits.maximumEntries)：这不是正常的工作簿",
                en: "the ZIP directory lists \(count) entries, more than the \(limits.maximumEntries) allowed: "
                    + "this is not an ordinary workbook")
        }
        let directory = try file.bytes(at: directoryOffset, count: directorySize)
        guard directory.count == directorySize else { throw Self.cutShort(path) }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var offset = 0
        func u16(_ at: Int) -> Int { Int(directory[at]) | Int(directory[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func u64(_ at: Int) -> Int { u32(at) | u32(at + 4) << 32 }
        for _ in 0..<count {
            guard offset + 46 <= directory.count, u32(offset) == 0x0201_4B50 else {
                throw .input(
                    path, zh: "ZIP 目录已损坏（第 \(entries.count + 1) 个条目的头部无效）",
                    en: "the ZIP directory is damaged (entry \(entries.count + 1) has no valid header)")
            }
            let nameLength = u16(offset + 28)
            let extraLength = u16(offset + 30)
            let commentLength = u16(offset + 32)
            let end = offset + 46 + nameLength + extraLength + commentLength
            guard end <= directory.count else { throw Self.cutShort(path) }
            var compressed = u32(offset + 20)
            var uncompressed = u32(offset + 24)
            var local = u32(offset + 42)
            let diskStart = u16(offset + 34)
            // ZIP64: the extra field holds, in order, each size or offset that is 0xFFFFFFFF in the header.
            var extra = offset + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = u16(extra)
                let size = u16(extra + 2)
                var field = extra + 4
                if id == 0x0001 {
                    if uncompressed == 0xFFFF_FFFF, field + 8 <= extraEnd {
                        uncompressed = u64(field)
                        field += 8
                    }
                    if compressed == 0xFFFF_FFFF, field + 8 <= extraEnd {
                        compressed = u64(field)
                        field += 8
                    }
                    if local == 0xFFFF_FFFF, field + 8 <= extraEnd { local = u64(field) }
                }
                extra += 4 + size
            }
            guard diskStart == 0 || diskStart == 0xFFFF else { throw Self.multiDisk(path) }
            let name = String(decoding: directory[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            entries.append(
                Entry(
                    name: name, method: UInt16(u16(offset + 10)), flags: UInt16(u16(offset + 8)),
                    crc: UInt32(u32(offset + 16)), compressedSize: compressed, uncompressedSize: uncompressed,
                    localHeaderOffset: local))
            offset = end
        }
        self.entries = entries
        var byName: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where byName[entry.name.lowercased()] == nil {
            byName[entry.name.lowercased()] = index
        }
        self.byName = byName
    }

    /// The entry named `name` (case-insensitive; a leading `/` is ignored), or `nil`.
    func entry(named name: String) -> Entry? {
        let key = (name.hasPrefix("/") ? String(name.dropFirst()) : name).lowercased()
        return byName[key].map { entries[$0] }
    }

    /// A stream of `entry`'s inflated bytes.
    /// - Throws: `.unusableInput` when the entry is encrypted, uses a compression method other than stored or
    ///   DEFLATE, lies outside the file, or declares a size or ratio beyond `limits`.
    func open(_ entry: Entry) throws(IngestError) -> ZipEntrySource {
        let location = SourceLocation(file: "\(path) (\(entry.name))", line: 0)
        if entry.isEncrypted {
            throw .input(
                location, zh: "该部分已加密（设置了密码），无法读取；请在 Excel 或 WPS 中去掉密码后另存为 .xlsx",
                en: "this part is encrypted (password-protected) and cannot be read; remove the password in Excel or "
                    + "WPS and save the file as .xlsx again")
        }
        guard entry.method == 0 || entry.method == 8 else {
            let name = Self.methodName(entry.method)
            throw .input(
                location, zh: "该部分使用了不支持的压缩方式 \(entry.method)（\(name)）；请在 Excel 或 WPS 中重新另存为 .xlsx",
                en: "this part uses compression method \(entry.method) (\(name)), which is not supported; save the "
                    + "file as .xlsx again from Excel or WPS")
        }
        if entry.uncompressedSize > limits.maximumEntrySize {
            throw Self.bomb(
                location, declared: entry.uncompressedSize, compressed: entry.compressedSize, limits: limits)
        }
        if entry.uncompressedSize > limits.ratioFloor,
            entry.uncompressedSize / max(1, entry.compressedSize) > limits.maximumRatio
        {
            throw Self.bomb(
                location, declared: entry.uncompressedSize, compressed: entry.compressedSize, limits: limits)
        }
        let header = try file.bytes(at: entry.localHeaderOffset, count: 30)
        guard header.count == 30 else { throw Self.cutShort(path) }
        guard header[0] == 0x50, header[1] == 0x4B, header[2] == 0x03, header[3] == 0x04 else {
            throw .input(
                location, zh: "ZIP 条目的本地头部无效：文件已损坏",
                en: "the entry's local header is not where the directory says: the file is damaged")
        }
        let nameLength = Int(header[26]) | Int(header[27]) << 8
        let extraLength = Int(header[28]) | Int(header[29]) << 8
        let dataStart = entry.localHeaderOffset + 30 + nameLength + extraLength
        guard dataStart + entry.compressedSize <= file.size else { throw Self.cutShort(path) }
        return ZipEntrySource(archive: self, entry: entry, dataStart: dataStart, location: location)
    }

    // MARK: Directory

    /// The central directory's offset, size and entry count, from the end-of-central-directory record (and its ZIP64
    /// form).
    private static func findDirectory(_ file: RandomAccessFile) throws(IngestError) -> (Int, Int, Int) {
        let tailLength = min(file.size, 22 + 0xFFFF + 20)
        let tail = try file.bytes(at: file.size - tailLength, count: tailLength)
        func u16(_ at: Int) -> Int { Int(tail[at]) | Int(tail[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        var found: Int?
        var index = tail.count - 22
        while index >= 0 {
            if tail[index] == 0x50, tail[index + 1] == 0x4B, tail[index + 2] == 0x05, tail[index + 3] == 0x06 {
                found = index
                break
            }
            index -= 1
        }
        guard let end = found else { throw cutShort(file.path) }
        let disk = u16(end + 4)
        let directoryDisk = u16(end + 6)
        var count = u16(end + 10)
        var size = u32(end + 12)
        var offset = u32(end + 16)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            // ZIP64: a locator just before the record points to the ZIP64 end record.
            guard end >= 20, u32(end - 20) == 0x0706_4B50 else { throw cutShort(file.path) }
            let recordOffset = u32(end - 12) | u32(end - 8) << 32
            let record = try file.bytes(at: recordOffset, count: 56)
            guard record.count == 56, record[0] == 0x50, record[1] == 0x4B, record[2] == 0x06, record[3] == 0x06
            else { throw cutShort(file.path) }
            func r32(_ at: Int) -> Int {
                Int(record[at]) | Int(record[at + 1]) << 8 | Int(record[at + 2]) << 16 | Int(record[at + 3]) << 24
            }
            func r64(_ at: Int) -> Int { r32(at) | r32(at + 4) << 32 }
            count = r64(32)
            size = r64(40)
            offset = r64(48)
        } else if disk != 0 || directoryDisk != 0 {
            throw multiDisk(file.path)
        }
        guard count >= 0, size >= 0, offset >= 0, offset + size <= file.size - (tail.count - end) + tail.count
        else { throw cutShort(file.path) }
        guard offset + size <= file.size else { throw cutShort(file.path) }
        return (offset, size, count)
    }

    static func cutShort(_ path: String) -> IngestError {
        .input(
            path, zh: "文件不完整（ZIP 结构被截断或已损坏）：可能下载或复制没有完成；请重新导出该文件",
            en: "the file is cut short or damaged (its ZIP structure is incomplete): the download or copy may not have "
                + "finished; export the file again")
    }

    private static func multiDisk(_ path: String) -> IngestError {
        .input(
            path, zh: "这是分卷 ZIP 压缩包的一部分，无法单独读取",
            en: "this is one part of a ZIP archive split over several files; it cannot be read on its own")
    }

    static func bomb(_ location: SourceLocation, declared: Int, compressed: Int, limits: ZipLimits) -> IngestError {
        let size = ByteCount.text(declared)
        let from = ByteCount.text(compressed)
        let ratio = declared / max(1, compressed)
        return .input(
            location,
            zh: "由 \(from) 解压到 \(size)（压缩比 \(ratio):1），超出限制（单个部分最多 "
                + "\(ByteCount.text(limits.maximumEntrySize))，压缩比最多 \(limits.maximumRatio):1）：这像是 ZIP 炸弹，已拒绝读取",
            en: "inflates from \(from) to \(size) (a ratio of \(ratio):1), beyond the limits (at most "
                + "\(ByteCount.text(limits.maximumEntrySize)) per part, a ratio of at most \(limits.maximumRatio):1): "
                + "this looks like a ZIP bomb and was not read")
    }

    private static func methodName(_ method: UInt16) -> String {
        switch method {
        case 1: "shrink"
        case 6: "implode"
        case 9: "deflate64"
        case 12: "bzip2"
        case 14: "LZMA"
        case 93: "Zstandard"
        case 95: "XZ"
        case 99: "AES"
        default: "unknown"
        }
    }
}

/// Byte counts for messages: `512 B`, `3.4 MiB`, `4.0 GiB`.
enum ByteCount {
    static func text(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let tenths = (value * 10).rounded() / 10
        return "\(tenths) \(units[unit])"
    }
}

/// The compressed bytes of one entry, read from the archive file in pieces.
final class ZipRangeInput: CompressedInput {
    private let file: RandomAccessFile
    private var offset: Int
    private let end: Int

    init(file: RandomAccessFile, offset: Int, count: Int) {
        self.file = file
        self.offset = offset
        end = offset + count
    }

    /// The file offset the next read starts at.
    var position: Int { offset }

    func read(into destination: UnsafeMutableRawPointer, maximum: Int) throws(IngestError) -> Int {
        let count = min(maximum, end - offset)
        guard count > 0 else { return 0 }
        let got = try file.read(at: offset, into: destination, count: count)
        offset += got
        return got
    }
}

/// One entry's inflated bytes as a `ByteSource`: stored entries are copied, DEFLATE entries inflated, and the CRC-32
/// and size are checked at the end. An entry that inflates beyond its declared size, `ZipLimits.maximumEntrySize`, or
/// `ZipLimits.maximumRatio` is refused as a ZIP bomb as soon as it does.
final class ZipEntrySource: ByteSource, DirectByteSource {
    let entry: ZipArchive.Entry
    /// The archive and part, for messages: `book.xlsx (xl/worksheets/sheet1.xml)`.
    let location: SourceLocation
    private let archive: ZipArchive
    private let range: ZipRangeInput
    private let inflater: Inflater?
    private var crc = CRC32()
    private var produced = 0
    private var ended = false
    private var progress: ProgressThrottle?

    fileprivate init(archive: ZipArchive, entry: ZipArchive.Entry, dataStart: Int, location: SourceLocation) {
        self.archive = archive
        self.entry = entry
        self.location = location
        range = ZipRangeInput(file: archive.file, offset: dataStart, count: entry.compressedSize)
        let limit = min(archive.limits.maximumEntrySize, entry.uncompressedSize)
        inflater = entry.method == 8 ? Inflater(input: range, outputLimit: limit) : nil
    }

    /// Reports progress as the position reached in the archive file (see `ProgressReporter`).
    func reportProgress(to reporter: ProgressReporter) {
        progress = ProgressThrottle(reporter: reporter, file: archive.path, totalBytes: archive.file.size)
    }

    /// The offset in the archive file reached so far.
    var filePosition: Int { range.position }

    /// Inflated bytes handed out so far.
    var bytesProduced: Int { produced }

    /// Itself: `copyBytes` inflates straight into the caller's memory.
    var direct: DirectByteSource? { self }

    func copyBytes(to destination: UnsafeMutablePointer<UInt8>, maximum: Int) throws(IngestError) -> Int {
        guard !ended, maximum > 0 else { return 0 }
        var got = 0
        if let inflater {
            do {
                got = try inflater.inflate(to: destination, maximum: maximum)
            } catch {
                switch error {
                case .input(let error): throw error
                case .inflate(let error): throw failure(error)
                }
            }
        } else {
            let count = min(maximum, entry.compressedSize - produced)
            if count > 0 {
                got = try range.read(into: destination, maximum: count)
                if got < count { throw ZipArchive.cutShort(archive.path) }
            }
        }
        try account(UnsafeBufferPointer(start: destination, count: got))
        return got
    }

    /// Checks and counts bytes just handed out (CRC, size, ratio), or the end of the entry.
    private func account(_ bytes: UnsafeBufferPointer<UInt8>) throws(IngestError) {
        if bytes.count > 0 {
            crc.update(bytes)
            produced += bytes.count
            let inputSoFar = inflater?.totalIn ?? produced
            if produced > archive.limits.ratioFloor, produced / max(1, inputSoFar) > archive.limits.maximumRatio {
                throw ZipArchive.bomb(location, declared: produced, compressed: inputSoFar, limits: archive.limits)
            }
        } else {
            ended = true
            try checkEnd()
        }
        progress?.note(bytesRead: range.position, atEnd: bytes.isEmpty)
    }

    func read(into buffer: inout [UInt8], maximum: Int) throws(IngestError) -> Int {
        guard !ended, maximum > 0 else { return 0 }
        let start = buffer.count
        var got = 0
        if let inflater {
            do {
                got = try inflater.inflate(into: &buffer, maximum: maximum)
            } catch {
                switch error {
                case .input(let error): throw error
                case .inflate(let error): throw failure(error)
                }
            }
        } else {
            let count = min(maximum, entry.compressedSize - produced)
            if count > 0 {
                buffer.reserveCapacity(start + count)
                buffer.append(contentsOf: repeatElement(0, count: count))
                let outcome = buffer.withUnsafeMutableBytes { raw in
                    Result { () throws(IngestError) in try range.read(into: raw.baseAddress! + start, maximum: count) }
                }
                got = try outcome.get()
                buffer.removeLast(count - got)
                if got < count { throw ZipArchive.cutShort(archive.path) }
            }
        }
        let outcome = buffer.withUnsafeBufferPointer { all in
            Result { () throws(IngestError) in try account(UnsafeBufferPointer(rebasing: all[start...])) }
        }
        try outcome.get()
        return got
    }

    private func checkEnd() throws(IngestError) {
        if produced != entry.uncompressedSize {
            throw .input(
                location,
                zh: "该部分解压得到 \(produced) 字节，而目录声明为 \(entry.uncompressedSize) 字节：文件已损坏，请重新导出",
                en: "this part inflates to \(produced) bytes where its directory declares \(entry.uncompressedSize): "
                    + "the file is damaged; export it again")
        }
        if crc.value != entry.crc {
            throw .input(
                location, zh: "该部分的 CRC 校验值不符：内容已损坏，请重新导出",
                en: "this part fails its CRC check: its content is damaged; export the file again")
        }
    }

    private func failure(_ error: InflateError) -> IngestError {
        switch error {
        case .outputLimitExceeded:
            if entry.uncompressedSize < archive.limits.maximumEntrySize {
                return .input(
                    location,
                    zh: "该部分解压后超过它声明的大小 \(entry.uncompressedSize) 字节：文件已损坏或是 ZIP 炸弹，已停止读取",
                    en: "this part inflates beyond the \(entry.uncompressedSize) bytes it declares: the file is "
                        + "damaged or a ZIP bomb, and reading stopped")
            }
            return ZipArchive.bomb(
                location, declared: archive.limits.maximumEntrySize + 1, compressed: inflater?.totalIn ?? 0,
                limits: archive.limits)
        case .truncated:
            return ZipArchive.cutShort(archive.path)
        default:
            return .input(
                location, zh: "压缩数据已损坏（\(error)），无法解压：请重新导出该文件",
                en: "the compressed data is damaged (\(error)) and cannot be inflated: export the file again")
        }
    }
}
