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

    /// Reads back every frame, in order. Returns whether everything appended came back as whole frames: `false` when
    /// the file read back short (or failed) or the bytes end inside a frame, after `body` had every whole frame.
    @discardableResult
    func forEachFrame(_ body: (inout ByteReader) -> Void) -> Bool {
        finishWriting()
        var frames = FrameBuffer()
        let whole = read { piece in
            frames.feed(piece)
            while var frame = frames.next() { body(&frame) }
        }
        return whole && frames.isEmpty
    }

    /// Reads everything appended, in order, in pieces of about a megabyte: `body` gets each piece. Returns whether
    /// the file gave back every byte written to it.
    private func read(_ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        var whole = true
        if spilled > 0 {
            var piece = [UInt8](repeating: 0, count: 1 << 20)
            var offset: off_t = 0
            while offset < spilled {
                let got = piece.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
                guard got > 0 else {
                    whole = false
                    break
                }
                piece.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[..<got])) }
                offset += off_t(got)
            }
        }
        buffer.withUnsafeBytes { body($0) }
        return whole
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

/// Cuts the pieces of a spool back into frames (a frame may straddle two pieces).
private struct FrameBuffer {
    private var pending: [UInt8] = []
    private var position = 0

    /// Whether every byte fed has been handed out in a frame.
    var isEmpty: Bool { position == pending.count }

    mutating func feed(_ piece: UnsafeRawBufferPointer) {
        if position > 0 {
            pending.removeFirst(position)
            position = 0
        }
        pending += piece
    }

    /// The next whole frame's payload, or `nil` until more is fed. A damaged length (negative, or of more than ten
    /// groups) never completes a frame: what is left stays pending, and the spool is found not whole.
    mutating func next() -> ByteReader? {
        var index = position
        var length = 0
        var shift = 0
        while true {
            guard index < pending.count, shift < 64 else { return nil }
            let byte = pending[index]
            length |= Int(byte & 0x7F) << shift
            index += 1
            if byte < 0x80 { break }
            shift += 7
        }
        guard length >= 0, length <= pending.count - index else { return nil }
        position = index + length
        return ByteReader(pending[index..<(index + length)])
    }
}
