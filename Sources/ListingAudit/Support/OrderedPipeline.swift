import Foundation

/// Runs jobs on other threads while the caller goes on producing them, and hands their results back on the caller's
/// thread in the order the jobs were submitted. At most `limit` jobs are outstanding (running, or finished and not
/// yet handed back): `submit` waits while that many are, so memory follows the limit, not the number of jobs.
///
/// The listing pass (the reading thread parses the next batch while earlier batches are checked) and the refund and
/// order stages (chunks of rows classified and matched on every core) both run through it.
final class OrderedPipeline<Output: Sendable>: @unchecked Sendable {
    private let limit: Int
    private let condition = NSCondition()
    /// Results finished and not yet handed back, by job number (guarded by `condition`).
    private var finished: [Int: Output] = [:]
    /// Jobs submitted and not yet handed back (guarded by `condition`).
    private var outstanding = 0
    private var submitted = 0
    private var delivered = 0

    /// - Parameter limit: jobs outstanding at most (two or three keep two cores busy beside the producer).
    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Starts `job` on another thread once fewer than `limit` jobs are outstanding, handing over (in order) the
    /// results finished meanwhile.
    func submit(_ job: @escaping @Sendable () -> Output, deliver: (Output) -> Void) {
        while true {
            drain(deliver)
            condition.lock()
            if outstanding < limit {
                outstanding += 1
                condition.unlock()
                break
            }
            if finished[delivered] == nil { condition.wait() }
            condition.unlock()
        }
        let number = submitted
        submitted += 1
        DispatchQueue.global().async {
            let output = job()
            self.condition.lock()
            self.finished[number] = output
            self.condition.signal()
            self.condition.unlock()
        }
    }

    /// Jobs outstanding by default: two per core, enough to keep the workers busy while the caller reads and consumes.
    static var defaultLimit: Int { 2 * ProcessInfo.processInfo.activeProcessorCount }

    /// Reads inputs with `next` until it returns `nil`, runs `transform` on each on another thread, and calls
    /// `consume` with the results in input order; `next` and `consume` run on the calling thread.
    static func run<Input: Sendable>(
        limit: Int = defaultLimit, next: () -> Input?, transform: @escaping @Sendable (Input) -> Output,
        consume: (Output) -> Void
    ) {
        let pipeline = OrderedPipeline(limit: limit)
        while let input = next() { pipeline.submit({ transform(input) }, deliver: consume) }
        pipeline.finish(deliver: consume)
    }

    /// Waits for every job and hands over the remaining results, in order.
    func finish(deliver: (Output) -> Void) {
        while true {
            drain(deliver)
            condition.lock()
            if outstanding == 0 {
                condition.unlock()
                return
            }
            if finished[delivered] == nil { condition.wait() }
            condition.unlock()
        }
    }

    /// Hands over the results that are next in order and finished.
    private func drain(_ deliver: (Output) -> Void) {
        while true {
            condition.lock()
            let output = finished.removeValue(forKey: delivered)
            if output != nil {
                delivered += 1
                outstanding -= 1
            }
            condition.unlock()
            guard let output else { return }
            deliver(output)
        }
    }
}
