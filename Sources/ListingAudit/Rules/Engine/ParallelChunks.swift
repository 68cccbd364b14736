import Foundation

/// Splits `0..<count` into contiguous chunks and maps them on every core with `concurrentPerform`, returning the
/// results in chunk order (so output order never depends on scheduling).
struct ParallelChunks: Sendable {
    let ranges: [Range<Int>]

    /// Chunks of at least `minimumChunk` items, about four per core so uneven chunks balance out.
    init(count: Int, minimumChunk: Int = 256) {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let size = max(minimumChunk, (count + cores * 4 - 1) / max(1, cores * 4))
        ranges = stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// `transform` applied to every chunk, in parallel; results in chunk order.
    func map<T: Sendable>(_ transform: @Sendable (Range<Int>) -> T) -> [T] {
        guard ranges.count > 1 else { return ranges.map(transform) }
        let results = ResultSlots<T>(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
            results.store(transform(ranges[chunk]), at: chunk)
        }
        return results.values()
    }
}

/// Write-once slots filled from `concurrentPerform`; each index is written by exactly one iteration.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [T] { slots.compactMap { $0 } }
}
