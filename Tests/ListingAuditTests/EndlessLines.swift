import Foundation
@testable import ListingAudit

/// A field that never ends: `size` bytes of 99 `x` and a line break, made as they are read and never held, for
/// tests of what a reader keeps of a quote never closed.
final class EndlessLines: ByteSource {
    /// Bytes still to give.
    private(set) var left: Int
    private let line = Array(repeating: UInt8(ascii: "x"), count: 99) + [0x0A]

    init(size: Int) { left = size }

    func read(into buffer: inout [UInt8], maximum: Int) throws(IngestError) -> Int {
        guard left > 0 else { return 0 }
        let count = min(left, max(maximum / line.count, 1) * line.count)
        for _ in 0..<count / line.count { buffer.append(contentsOf: line) }
        left -= count
        return count
    }

    /// The process's peak resident memory so far, in MiB.
    static func peakMiB() -> Int {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss >> 10
    }
}
