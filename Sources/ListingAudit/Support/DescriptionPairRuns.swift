import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Sorted runs of `DescriptionPair`s in one unlinked temporary file, read back merged in order: how the shop facts
/// of a ten-million-listing export are counted without holding 160 MB of pairs. The file disappears with the value
/// (and with the process, whatever happens to it).
final class DescriptionPairRuns: @unchecked Sendable {
    /// One sorted run: where it starts in its file and how many pairs it holds.
    struct Run: Sendable {
        let file: DescriptionPairRuns
        let offset: Int
        let count: Int
    }

    fileprivate let descriptor: Int32
    private var length = 0

    /// Opens a new temporary file; `nil` when none can be created.
    init?() {
        guard let descriptor = UnlinkedFile.create(prefix: "listing-audit-pairs") else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Writes `pairs` (sorted) as a run; `nil` when the file cannot be written.
    func append(_ pairs: [DescriptionPair]) -> Run? {
        let size = pairs.count * MemoryLayout<DescriptionPair>.stride
        let written = pairs.withUnsafeBytes { UnlinkedFile.write($0, to: descriptor, at: length) }
        guard written == size else {
            _ = ftruncate(descriptor, off_t(length))
            return nil
        }
        defer { length += size }
        return Run(file: self, offset: length, count: pairs.count)
    }

    /// Calls `body` with every pair of `runs` and of `sorted` (pairs in memory, sorted), in order.
    static func merge(_ runs: [Run], _ sorted: [DescriptionPair], _ body: (DescriptionPair) -> Void) {
        var cursors = runs.map(RunCursor.init) + [RunCursor(sorted)]
        // A binary min-heap of the cursors' current pairs.
        var heap = cursors.indices.filter { cursors[$0].current != nil }
        func less(_ left: Int, _ right: Int) -> Bool { cursors[heap[left]].current! < cursors[heap[right]].current! }
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let (left, right) = (2 * parent + 1, 2 * parent + 2)
                var smallest = parent
                if left < heap.count, less(left, smallest) { smallest = left }
                if right < heap.count, less(right, smallest) { smallest = right }
                guard smallest != parent else { return }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
        while let top = heap.first {
            body(cursors[top].current!)
            cursors[top].advance()
            if cursors[top].current == nil {
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
            }
            if !heap.isEmpty { siftDown(0) }
        }
    }
}

/// Reads one run in pieces of 4,096 pairs (or walks the pairs kept in memory).
private struct RunCursor {
    private let run: DescriptionPairRuns.Run?
    private var buffer: [DescriptionPair]
    private var position = 0
    /// Pairs of the run not yet read into `buffer`.
    private var unread: Int

    init(_ run: DescriptionPairRuns.Run) {
        self.run = run
        buffer = []
        unread = run.count
        refill()
    }

    init(_ sorted: [DescriptionPair]) {
        run = nil
        buffer = sorted
        unread = 0
    }

    /// The pair at the cursor; `nil` at the end of the run.
    var current: DescriptionPair? { position < buffer.count ? buffer[position] : nil }

    mutating func advance() {
        position += 1
        if position == buffer.count, unread > 0 { refill() }
    }

    private mutating func refill() {
        guard let run else { return }
        let stride = MemoryLayout<DescriptionPair>.stride
        let count = min(4096, unread)
        let start = run.offset + (run.count - unread) * stride
        buffer = [DescriptionPair](unsafeUninitializedCapacity: count) { pairs, initialised in
            let bytes = UnsafeMutableRawBufferPointer(pairs)
            var done = 0
            while done < count * stride {
                let got = pread(
                    run.file.descriptor, bytes.baseAddress! + done, count * stride - done,
                    off_t(start + done))
                if got <= 0 { break }
                done += got
            }
            initialised = done / stride
        }
        unread -= count
        position = 0
    }
}
