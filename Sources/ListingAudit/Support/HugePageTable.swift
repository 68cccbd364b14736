#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An immutable table of `UInt16`s read at random, one dependent load after another (the phrase automaton's
/// transitions), kept where the processor finds it fastest.
///
/// A table of several MiB read at random misses the processor's address-translation cache on most loads when it lies
/// in 4 KiB pages, and each load waits for the one before it. On Linux a table of at least `hugePageSize` bytes is
/// therefore placed on 2 MiB boundaries and marked for transparent huge pages (`MADV_HUGEPAGE`; systems that allow
/// them only where asked, the usual setting, then give it a few 2 MiB pages); anywhere else, or when the kernel
/// declines, it is ordinary memory and reads the same.
final class HugePageTable: @unchecked Sendable {
    // Safe to share: written once in `init`, only read afterwards.

    /// The entries.
    let entries: UnsafeBufferPointer<UInt16>
    /// Whether the memory was asked for huge pages (for tests).
    let askedForHugePages: Bool
    /// Whether the memory came from `posix_memalign` (released by `free`), not from Swift's allocator.
    private let fromPosixMemalign: Bool

    /// The size of a huge page, and the smallest table worth one.
    static let hugePageSize = 2 << 20

    /// A table of `count` entries, every one of them written by `fill` (integers need no initialising first).
    init(count: Int, fill: (UnsafeMutableBufferPointer<UInt16>) -> Void) {
        let byteCount = count * MemoryLayout<UInt16>.stride
        var raw: UnsafeMutableRawPointer?
        var asked = false
        #if os(Linux)
        if byteCount >= Self.hugePageSize {
            let rounded = (byteCount + Self.hugePageSize - 1) / Self.hugePageSize * Self.hugePageSize
            if posix_memalign(&raw, Self.hugePageSize, rounded) == 0, let memory = raw {
                // Advice only: a kernel without transparent huge pages refuses, and the memory stays as it is.
                asked = madvise(memory, rounded, MADV_HUGEPAGE) == 0
            } else {
                raw = nil
            }
        }
        #endif
        fromPosixMemalign = raw != nil
        let memory = raw ?? UnsafeMutableRawPointer.allocate(
            byteCount: max(byteCount, 1), alignment: MemoryLayout<UInt16>.alignment)
        let table = UnsafeMutableBufferPointer(start: memory.bindMemory(to: UInt16.self, capacity: count), count: count)
        fill(table)
        entries = UnsafeBufferPointer(table)
        askedForHugePages = asked
    }

    deinit {
        let memory = UnsafeMutableRawPointer(mutating: entries.baseAddress)
        if fromPosixMemalign { free(memory) } else { memory?.deallocate() }
    }
}
