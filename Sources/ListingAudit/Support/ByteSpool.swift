import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An append-only byte log read back once from the start: kept in memory up to `memoryLimit` bytes, then written to
/// an unlinked temporary file, so holding a million listings' results costs a fixed amount of memory. The file
/// disappears with the spool (and with the process, whatever happens to it).
///
/// A full buffer is written on a background queue while the caller fills the next one, so the thread that appends
/// (the one reading the export) never waits for the disk unless two buffers are full. Each buffer is allocated at
/// `memoryLimit` bytes and handed off before it would grow (an array that grows doubles, and a spool that is 32 MiB
/// by its count held 64 MiB buffers, two of them, where this holds two of the limit). If the file cannot be
/// written, everything stays in memory.
final class ByteSpool: @unchecked Sendable {
    private let memoryLimit: Int
    private var buffer: [UInt8] = []
    /// The temporary file (`-1` before the first spill).
    private var descriptor: Int32 = -1
    /// Whether full buffers go to the file: false once creating or writing it failed (the rest stays in memory).
    private var spills = true
    /// Bytes handed to the file (written, or being written by `writer`).
    private var spilled = 0
    private let writer = DispatchQueue(label: "listing-audit.spool")
    /// The bytes the last background write could not write (read only after `writer.sync`).
    private var unwritten: [UInt8]?

    /// - Parameter memoryLimit: the size of a buffer; at most two are held (one filling, one being written).
    init(memoryLimit: Int = 8 << 20) {
        self.memoryLimit = memoryLimit
    }

    deinit {
        writer.sync {}
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends one frame: `header` then `payload`, preceded by their length.
    func append(frame header: [UInt8], _ payload: [UInt8] = []) {
        var length = ByteWriter()
        length.write(header.count + payload.count)
        let size = length.bytes.count + header.count + payload.count
        if spills, !buffer.isEmpty, buffer.count + size > memoryLimit { spill() }
        if spills, buffer.capacity < memoryLimit { buffer.reserveCapacity(memoryLimit) }
        buffer += length.bytes
        buffer += header
        buffer += payload
    }

    /// The bytes the buffer being filled has room for: what the spool holds besides a write in progress.
    var bufferCapacity: Int { buffer.capacity }

    /// How many bytes have been appended: a mark to `truncate` back to.
    var mark: Int { spilled + buffer.count }

    /// Drops everything appended after `mark`.
    func truncate(to mark: Int) {
        finishWriting()
        if mark >= spilled {
            buffer.removeSubrange((mark - spilled)...)
        } else {
            buffer.removeAll(keepingCapacity: true)
            _ = ftruncate(descriptor, off_t(mark))
            spilled = mark
        }
    }

    /// Reads back every frame, in order.
    func forEachFrame(_ body: (inout ByteReader) -> Void) {
        finishWriting()
        var frames = FrameBuffer()
        read { piece in
            frames.feed(piece)
            while var frame = frames.next() { body(&frame) }
        }
    }

    /// Reads everything appended, in order, in pieces of about a megabyte: `body` gets each piece.
    private func read(_ body: (UnsafeRawBufferPointer) -> Void) {
        if spilled > 0 {
            var piece = [UInt8](repeating: 0, count: 1 << 20)
            var offset: off_t = 0
            while offset < spilled {
                let got = piece.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
                guard got > 0 else { break }
                piece.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[..<got])) }
                offset += off_t(got)
            }
        }
        buffer.withUnsafeBytes { body($0) }
    }

    /// Hands the buffer to the background writer (creating and unlinking the file on first use), once the previous
    /// write is done; goes on with a new buffer.
    private func spill() {
        if descriptor < 0 {
            guard let file = UnlinkedFile.create(prefix: "listing-audit-spool") else {
                spills = false
                return
            }
            descriptor = file
        }
        finishWriting()
        guard spills else { return }
        let full = buffer
        buffer = []
        let (file, offset) = (descriptor, spilled)
        spilled += full.count
        writer.async {
            let failed = full.withUnsafeBytes { UnlinkedFile.write($0, to: file, at: offset) } < full.count
            self.unwritten = failed ? full : nil
        }
    }

    /// Waits for the background write; if it failed, takes its bytes back into memory and stops spilling.
    private func finishWriting() {
        writer.sync {}
        guard let bytes = unwritten else { return }
        unwritten = nil
        spilled -= bytes.count
        buffer = bytes + buffer
        _ = ftruncate(descriptor, off_t(spilled))
        spills = false
    }
}

/// Writes values into a byte array in the compact form `ByteReader` reads back.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: UInt8) { bytes.append(value) }

    /// A non-negative integer in 7-bit groups (small numbers take one byte).
    mutating func write(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes += text.utf8
    }

    /// The texts written in full by `writeInterned(_: String)`, by number.
    private var texts = InternedBytes()
    /// The values written in full by `writeInterned(_:)` with an encoder, by number.
    private var values = InternedBytes()

    /// A text that repeats (a phrase, a file): in full the first time, then as the number of its first writing, so
    /// a batch's thousand `详情见图` cost one text and a thousand small numbers.
    mutating func writeInterned(_ text: String) {
        if let number = text.utf8.withContiguousStorageIfAvailable({ internedNumber(of: $0) }) ?? {
            var text = text
            return text.withUTF8 { internedNumber(of: $0) }
        }() {
            write(number + 1)
        } else {
            write(0)
            write(text)
        }
    }

    /// The number of the text `text` when it was written in full before; otherwise `nil`, the text taking the next
    /// number (the caller writes it in full right away, after its length).
    private mutating func internedNumber(of text: UnsafeBufferPointer<UInt8>) -> Int? {
        // The text follows the 0 that marks it new and its length, which `write(_: String)` writes first.
        var length = text.count
        var start = bytes.count + 2
        while length >= 0x80 {
            length >>= 7
            start += 1
        }
        return bytes.withUnsafeBufferPointer { texts.number(of: text, in: $0, start: start) }
    }

    /// A value that repeats (a finding's message), as `encode` writes it: in full after a 0 the first time, then as
    /// the number of its first writing plus one, values numbered apart from texts. The bytes `encode` wrote are taken
    /// back when they repeat earlier ones; a reader decodes a value in full, so it needs no length. Returns the
    /// value's number, for `writeInterned(value:)`.
    @discardableResult
    mutating func writeInterned(_ encode: (inout ByteWriter) -> Void) -> Int {
        let mark = bytes.count
        write(UInt8(0))
        encode(&self)
        let number = bytes.withUnsafeBufferPointer { written in
            values.number(of: UnsafeBufferPointer(rebasing: written[(mark + 1)...]), in: written, start: mark + 1)
        }
        guard let number else { return values.count - 1 }
        bytes.removeSubrange(mark...)
        write(number + 1)
        return number
    }

    /// The value numbered `number` by `writeInterned(_:)` again, as what that writes for a repeat: for a caller that
    /// knows the value repeats one written before, without encoding it again.
    mutating func writeInterned(value number: Int) {
        write(number + 1)
    }

    /// A hash of `bytes`, mixed eight bytes at a time (then the rest one by one, then the length): texts that hash
    /// alike are compared byte for byte, so the hash only needs to tell most texts apart cheaply.
    static func byteHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                hash = (hash ^ UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                index += 8
            }
        }
        while index < bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01B3
            index += 1
        }
        return (hash ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
    }
}

/// Byte strings written into a `ByteWriter`'s bytes, numbered in the order they were first written: each one's byte
/// hash (`ByteWriter.byteHash`) and where its bytes lie, so a repeat is compared with the bytes already written (no
/// copy is kept). A byte hash: `String` hashing normalises Unicode, which costs more than the text.
private struct InternedBytes {
    private var entries: [(hash: UInt64, start: Int, count: Int)] = []
    /// An open-addressing table of those numbers plus one (0: empty), by hash; its size a power of two at least
    /// twice `entries.count`.
    private var slots: [Int] = []

    /// How many byte strings have been numbered.
    var count: Int { entries.count }

    /// The number of the bytes `candidate` when equal bytes were numbered before (they lie in `written`); otherwise
    /// `nil`, and the candidate takes the next number: its bytes are (or will be) at `start` in `written`.
    mutating func number(
        of candidate: UnsafeBufferPointer<UInt8>, in written: UnsafeBufferPointer<UInt8>, start: Int
    ) -> Int? {
        let hash = ByteWriter.byteHash(candidate)
        if slots.count < 2 * (entries.count + 1) { grow() }
        let mask = slots.count - 1
        var slot = Self.slot(of: hash, mask: mask)
        while slots[slot] != 0 {
            let number = slots[slot] - 1
            let entry = entries[number]
            if entry.hash == hash, entry.count == candidate.count,
                candidate.isEmpty
                    || memcmp(written.baseAddress! + entry.start, candidate.baseAddress!, candidate.count) == 0
            {
                return number
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = entries.count + 1
        entries.append((hash, start, candidate.count))
        return nil
    }

    /// Doubles the table (at least 64 slots) and puts every number back by its hash.
    private mutating func grow() {
        slots = [Int](repeating: 0, count: max(64, 2 * slots.count))
        let mask = slots.count - 1
        for (number, entry) in entries.enumerated() {
            var slot = Self.slot(of: entry.hash, mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = number + 1
        }
    }

    /// The first slot to try for `hash` (its high bits folded onto the low ones the mask keeps).
    private static func slot(of hash: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ hash >> 31) & mask }
}

/// Reads what `ByteWriter` wrote.
struct ByteReader {
    private let bytes: ArraySlice<UInt8>
    private var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    /// Whether everything has been read.
    var isAtEnd: Bool { position >= bytes.endIndex }

    mutating func readByte() -> UInt8 {
        defer { position += 1 }
        return bytes[position]
    }

    mutating func readInt() -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = readByte()
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value))
    }

    mutating func readUInt64() -> UInt64 {
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) { value |= UInt64(readByte()) << UInt64(shift) }
        return value
    }

    /// Where the texts read with `readInterned` lie, by number.
    private var interned: [Range<Int>] = []

    /// Reads what `ByteWriter.writeInterned` wrote: the text's number (its first writing's, counted from 0) and where
    /// its bytes lie, so a repeated text is made into a `String` (or escaped) once, if at all.
    mutating func readInterned() -> (number: Int, range: Range<Int>) {
        let number = readInt()
        guard number == 0 else { return (number - 1, interned[number - 1]) }
        interned.append(readTextRange())
        return (interned.count - 1, interned[interned.count - 1])
    }

    /// The bytes not read yet, as an array of their own.
    var remainder: [UInt8] { Array(bytes[position...]) }

    mutating func readString() -> String {
        String(decoding: bytes[readTextRange()], as: UTF8.self)
    }

    /// Reads what `ByteWriter.write(_: String)` wrote without making a `String`: where its UTF-8 bytes lie (indices
    /// of the bytes this reader reads).
    mutating func readTextRange() -> Range<Int> {
        let count = readInt()
        defer { position += count }
        return position..<(position + count)
    }
}

/// Cuts the pieces of a spool back into frames (a frame may straddle two pieces).
private struct FrameBuffer {
    private var pending: [UInt8] = []
    private var position = 0

    mutating func feed(_ piece: UnsafeRawBufferPointer) {
        if position > 0 {
            pending.removeFirst(position)
            position = 0
        }
        pending += piece
    }

    /// The next whole frame's payload, or `nil` until more is fed.
    mutating func next() -> ByteReader? {
        var index = position
        var length = 0
        var shift = 0
        while true {
            guard index < pending.count else { return nil }
            let byte = pending[index]
            length |= Int(byte & 0x7F) << shift
            index += 1
            if byte < 0x80 { break }
            shift += 7
        }
        guard index + length <= pending.count else { return nil }
        position = index + length
        return ByteReader(pending[index..<(index + length)])
    }
}
