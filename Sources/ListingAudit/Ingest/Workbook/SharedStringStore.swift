#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decoded shared strings, numbered in the order they are added, kept in blocks of consecutive strings so that their
/// memory is bounded at any workbook size.
///
/// Sealed blocks stay in memory while they total at most `Budget.resident` bytes — a small workbook never touches the
/// disk. Beyond that every sealed block goes to an unlinked scratch file (`UnlinkedFile`) and is read back on demand
/// through a cache of at most `Budget.cache` bytes; what stays in memory per block is its first string's number and
/// its place in the file. Rows ask mostly for the strings just decoded (the block being filled) and for a few early
/// ones used all the time (colours, sizes), which the cache keeps. If the scratch file cannot be created or written,
/// the strings stay in memory.
struct SharedStringStore {
    /// How many bytes the store may hold in memory.
    struct Budget: Sendable {
        /// Bytes of sealed blocks kept in memory before they are written to the scratch file.
        var resident = 24 << 20
        /// Bytes of blocks read back from the scratch file kept for re-use.
        var cache = 16 << 20
        /// Bytes (text and string ends) at which a block is sealed.
        var block = 64 << 10
    }

    /// What is known of a string besides its text.
    struct Note: OptionSet, Sendable {
        let rawValue: UInt32
        /// It held bytes that are not UTF-8 (replaced with U+FFFD).
        static let repaired = Note(rawValue: 1 << 31)
        /// It was longer than `FieldLimit.maximumBytes` and was cut.
        static let cut = Note(rawValue: 1 << 30)
        /// The bits of an end that hold notes, not the offset.
        static let all: Note = [.repaired, .cut]
    }

    private let budget: Budget
    /// Names the workbook part in messages.
    private let label: String
    /// The block strings are added to.
    private var open: StringBlock
    /// The sealed blocks, in order.
    private var sealed: [SealedBlock] = []
    /// Bytes of sealed blocks held in memory.
    private(set) var residentBytes = 0
    /// The scratch file, from the first spill on.
    private var scratch: ScratchFile?
    private var scratchEnd = 0
    /// Whether sealed blocks go to the scratch file once `budget.resident` is reached: false once creating or writing
    /// it failed.
    private var spills = true
    private var cache: BlockCache
    /// The block of the last look-up.
    private var last: StringBlock
    /// How many strings have been added.
    private(set) var count = 0

    init(label: String, budget: Budget = Budget()) {
        self.label = label
        self.budget = budget
        open = StringBlock(first: 0)
        last = open
        cache = BlockCache(limit: budget.cache)
    }

    /// Whether some blocks live in the scratch file.
    var hasSpilled: Bool { scratchEnd > 0 }

    /// Bytes held by cached blocks read back from the scratch file.
    var cachedBytes: Int { cache.bytes }

    /// Adds the next string (at most `FieldLimit.maximumBytes`, so a block's offsets fit beside the note bits).
    mutating func add(_ text: UnsafeBufferPointer<UInt8>, note: Note) {
        open.bytes.append(contentsOf: text)
        open.ends.append(UInt32(open.bytes.count) | note.rawValue)
        count += 1
        if open.size >= budget.block { seal() }
    }

    /// Appends string `index` (below `count`) to `out`; returns its notes.
    /// - Throws: `.unusableInput` when the scratch file cannot be read back.
    @inline(__always)
    mutating func append(_ index: Int, to out: inout [UInt8]) throws(IngestError) -> Note {
        if index < last.first || index >= last.first + last.ends.count {
            last = try block(holding: index)
        }
        return last.append(index - last.first, to: &out)
    }

    /// The block that holds string `index`.
    private mutating func block(holding index: Int) throws(IngestError) -> StringBlock {
        if index >= open.first { return open }
        // The last sealed block whose first string is at most `index`.
        var low = 0
        var high = sealed.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if sealed[middle].first <= index { low = middle } else { high = middle }
        }
        switch sealed[low].place {
        case .resident(let block):
            return block
        case .spilled(let offset, let size):
            if let block = cache.block(low) { return block }
            let next = low + 1 < sealed.count ? sealed[low + 1].first : open.first
            let block = try read(first: sealed[low].first, count: next - sealed[low].first, at: offset, size: size)
            cache.insert(block, as: low)
            return block
        }
    }

    /// Seals the open block: kept in memory within `budget.resident`, else written to the scratch file.
    private mutating func seal() {
        let block = open
        open = StringBlock(first: count)
        if spills, scratch == nil, residentBytes + block.size > budget.resident { startSpilling() }
        if spills, scratch != nil, let offset = write(block) {
            sealed.append(SealedBlock(first: block.first, place: .spilled(offset: offset, size: block.size)))
        } else {
            residentBytes += block.size
            sealed.append(SealedBlock(first: block.first, place: .resident(block)))
        }
    }

    /// Creates the scratch file and moves the resident blocks into it.
    private mutating func startSpilling() {
        guard let file = UnlinkedFile.create(prefix: "listing-audit-strings") else {
            spills = false
            return
        }
        scratch = ScratchFile(descriptor: file)
        for index in sealed.indices {
            guard spills, case .resident(let block) = sealed[index].place, let offset = write(block) else { continue }
            sealed[index].place = .spilled(offset: offset, size: block.size)
            residentBytes -= block.size
        }
    }

    /// Writes `block` (its ends, then its text) at the end of the scratch file; `nil` (and no more spilling) when
    /// the write failed.
    private mutating func write(_ block: StringBlock) -> Int? {
        guard let file = scratch?.descriptor else { return nil }
        let offset = scratchEnd
        let endBytes = block.ends.count * 4
        let wrote =
            block.ends.withUnsafeBytes { UnlinkedFile.write($0, to: file, at: offset) } == endBytes
            && block.bytes.withUnsafeBytes { UnlinkedFile.write($0, to: file, at: offset + endBytes) }
                == block.bytes.count
        guard wrote else {
            spills = false
            return nil
        }
        scratchEnd += block.size
        return offset
    }

    /// Reads back the block of `count` strings from `first` written at `offset`.
    private func read(first: Int, count: Int, at offset: Int, size: Int) throws(IngestError) -> StringBlock {
        var raw = [UInt8](repeating: 0, count: size)
        var done = 0
        let file = scratch?.descriptor ?? -1
        while done < size {
            let got = raw.withUnsafeMutableBytes {
                pread(file, $0.baseAddress! + done, size - done, off_t(offset + done))
            }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else {
                let reason = got < 0
                    ? SystemError.last() : LocalizedText(zh: "文件比写入的短", en: "it is shorter than written")
                throw .input(
                    label, zh: "无法读回共享字符串的临时文件（\(reason.zh)）：请检查临时目录所在磁盘",
                    en: "the scratch file of the shared strings could not be read back (\(reason.en)): "
                        + "check the disk of the temporary folder")
            }
            done += got
        }
        let block = StringBlock(first: first)
        block.ends = raw.withUnsafeBytes { bytes in
            (0..<count).map { bytes.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self) }
        }
        block.bytes = Array(raw[(count * 4)...])
        return block
    }
}

/// Consecutive shared strings back to back, and where each ends.
final class StringBlock {
    /// The number of the block's first string.
    let first: Int
    var bytes: [UInt8] = []
    /// Per string: its end in `bytes`, with its `SharedStringStore.Note` in the high bits.
    var ends: [UInt32] = []

    init(first: Int) {
        self.first = first
    }

    /// Bytes the block takes in the scratch file (and about as many in memory).
    var size: Int { bytes.count + ends.count * 4 }

    /// Appends string `slot` of the block to `out`; returns its notes.
    @inline(__always)
    func append(_ slot: Int, to out: inout [UInt8]) -> SharedStringStore.Note {
        let mask = ~SharedStringStore.Note.all.rawValue
        let start = slot == 0 ? 0 : Int(ends[slot - 1] & mask)
        let end = Int(ends[slot] & mask)
        bytes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
        return SharedStringStore.Note(rawValue: ends[slot] & ~mask)
    }
}

/// The descriptor of an unlinked scratch file, closed with the last reference to it.
private final class ScratchFile {
    let descriptor: Int32

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}

/// A sealed block: its first string and where it is.
private struct SealedBlock {
    enum Place {
        case resident(StringBlock)
        case spilled(offset: Int, size: Int)
    }

    let first: Int
    var place: Place
}

/// Blocks read back from the scratch file, at most `limit` bytes of them; the least recently used goes first.
private struct BlockCache {
    let limit: Int
    private var entries: [Int: (block: StringBlock, used: Int)] = [:]
    private(set) var bytes = 0
    private var clock = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Sealed block `number`, when cached.
    mutating func block(_ number: Int) -> StringBlock? {
        guard let block = entries[number]?.block else { return nil }
        clock += 1
        entries[number]?.used = clock
        return block
    }

    /// Keeps `block` as sealed block `number`, dropping the least recently used blocks beyond `limit`.
    mutating func insert(_ block: StringBlock, as number: Int) {
        while bytes + block.size > limit, let oldest = entries.min(by: { $0.value.used < $1.value.used }) {
            bytes -= oldest.value.block.size
            entries[oldest.key] = nil
        }
        clock += 1
        entries[number] = (block, clock)
        bytes += block.size
    }
}
