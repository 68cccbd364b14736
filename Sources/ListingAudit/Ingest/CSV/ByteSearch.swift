#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the first of four byte values in a buffer, sixteen bytes at a time (vector arithmetic), then eight.
enum ByteSearch {
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Sixteen bytes, compared at once.
    typealias Block = SIMD16<UInt8>

    /// High bit set in each lane of `block` that is zero, and in no other: lanes are bytes, so no borrow crosses
    /// from one to the next. (Lane-wise arithmetic compiles to vector instructions; the `.==` comparison of this
    /// toolchain is compiled lane by lane.) Lower bits of other lanes may be set: mask the result with 0x80 in every
    /// lane.
    @inline(__always)
    static func zeroLanes(_ block: Block) -> Block { (block &- Block(repeating: 1)) & ~block }

    /// `block`'s lanes as two words, the first eight bytes in the first (little-endian, as the word searches
    /// below read them).
    @inline(__always)
    static func words(_ block: Block) -> SIMD2<UInt64> { unsafeBitCast(block, to: SIMD2<UInt64>.self) }

    /// High bit set in each zero byte of `word`; the lowest one set is exact (used to locate the first match).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & 0x8080_8080_8080_8080 }

    /// High bit set in each zero byte of `word`, every one exact (no borrow crosses a byte), for masks that are
    /// combined or read past their lowest bit.
    @inline(__always)
    static func exactZeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word) & ~low
    }

    /// High bit set in each byte of `word` equal to `byte`, every one exact (`exactZeroBytes`).
    @inline(__always)
    static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 { exactZeroBytes(word ^ (ones &* UInt64(byte))) }

    /// The index of the first byte from `start` equal to `a`, `b`, `c` or `d`, or `buffer.count`.
    @inline(__always)
    static func first(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8,
                      _ d: UInt8) -> Int {
        guard let base = buffer.baseAddress else { return start }
        let count = buffer.count
        let raw = UnsafeRawPointer(base)
        var index = start
        if index + 16 <= count {
            let (blockA, blockB, blockC, blockD) = (Block(repeating: a), Block(repeating: b), Block(repeating: c),
                                                    Block(repeating: d))
            repeat {
                let block = raw.loadUnaligned(fromByteOffset: index, as: Block.self)
                let hits = words((zeroLanes(block ^ blockA) | zeroLanes(block ^ blockB) | zeroLanes(block ^ blockC)
                    | zeroLanes(block ^ blockD)) & Block(repeating: 0x80))
                if hits[0] != 0 { return index + hits[0].trailingZeroBitCount >> 3 }
                if hits[1] != 0 { return index + 8 + hits[1].trailingZeroBitCount >> 3 }
                index += 16
            } while index + 16 <= count
        }
        let (wordA, wordB, wordC, wordD) = (UInt64(a) &* ones, UInt64(b) &* ones, UInt64(c) &* ones, UInt64(d) &* ones)
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let hits = zeroBytes(word ^ wordA) | zeroBytes(word ^ wordB) | zeroBytes(word ^ wordC)
                | zeroBytes(word ^ wordD)
            if hits != 0 { return index + hits.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte == a || byte == b || byte == c || byte == d { return index }
            index += 1
        }
        return count
    }
}

extension ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack` at or after `start`, or `nil`.
    static func find(
        _ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from start: Int = 0
    ) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        let bytes = haystack.bindMemory(to: UInt8.self)
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            index = ByteSearch.first(in: bytes, from: index, first, first, first, first)
            guard index <= last else { return nil }
            if memcmp(haystack.baseAddress! + index, needle.baseAddress!, needle.count) == 0 { return index }
            index += 1
        }
        return nil
    }
}
