import Dispatch
import Foundation

/// Runs a transform over a stream of chunks on the global concurrent queue and hands the results back in the
/// order the chunks came: chunks are read and results used in file order on the calling thread, while the work
/// in between runs on every core. At most `window` chunks are in flight, so memory follows the chunk size, not the
/// input's.
enum OrderedPipeline {
    /// Chunks in flight: two per core, enough to keep the workers busy while the calling thread reads and consumes.
    static let defaultWindow = 2 * ProcessInfo.processInfo.activeProcessorCount

    /// Reads chunks with `next` until it returns `nil`, runs `transform` on each on a worker thread, and calls
    /// `consume` with the results in the order of the chunks. `next` and `consume` run on the calling thread;
    /// results are consumed as soon as they are ready and in order, and reading waits while `window` are pending.
    static func run<Chunk: Sendable, Result: Sendable>(
        window: Int = defaultWindow, next: () -> Chunk?, transform: @escaping @Sendable (Chunk) -> Result,
        consume: (Result) -> Void
    ) {
        var pending: [Slot<Result>] = []
        func consumeReady(waiting: Bool) {
            while let slot = pending.first {
                if waiting || pending.count >= max(window, 1) {
                    slot.done.wait()
                } else if slot.done.wait(timeout: .now()) == .timedOut {
                    return
                }
                pending.removeFirst()
                consume(slot.result!)
            }
        }
        while let chunk = next() {
            let slot = Slot<Result>()
            DispatchQueue.global().async {
                slot.result = transform(chunk)
                slot.done.signal()
            }
            pending.append(slot)
            consumeReady(waiting: false)
        }
        consumeReady(waiting: true)
    }
}

/// The result of one chunk: written by its worker before `done` is signalled, read by the caller after.
private final class Slot<Result>: @unchecked Sendable {
    var result: Result?
    let done = DispatchSemaphore(value: 0)
}
