import Foundation

/// Two pieces of work at once: one on a thread of its own, one on the calling thread. The audit builds the shop-level
/// evidence this way while the ranking sorts (`Concurrently.values`).
enum Concurrently {
    /// Runs `first` on a new thread while `second` runs on the calling thread, and returns once both have finished.
    /// - Throws: as if they had run one after the other: `first`'s error, else `second`'s. Each runs to its end
    ///   whatever the other does.
    static func run<Failure: Error>(
        _ first: @escaping @Sendable () throws(Failure) -> Void, alongside second: () throws(Failure) -> Void
    ) throws(Failure) {
        let running = start(first)
        var failure: Failure?
        do throws(Failure) { try second() } catch { failure = error }
        try running.wait()
        if let failure { throw failure }
    }

    /// Starts `work` on a thread of its own and returns at once; `wait` on what it returns. The audit writes
    /// `findings.csv` this way while it reads the refunds (`AuditOutputFolder.writeInBackground`).
    static func start<Failure: Error>(
        _ work: @escaping @Sendable () throws(Failure) -> Void
    ) -> ConcurrentWork<Failure> {
        let running = ConcurrentWork<Failure>()
        Thread {
            do throws(Failure) { try work() } catch { running.failure = error }
            running.finish()
        }.start()
        return running
    }
}

extension Concurrently {
    /// Computes `first` on a new thread while `second` runs on the calling thread, and returns both values once
    /// both have finished. The audit builds the shop-level evidence this way while the ranking sorts.
    static func values<First: Sendable, Second>(
        _ first: @escaping @Sendable () -> First, alongside second: () -> Second
    ) -> (First, Second) {
        let slot = ValueSlot<First>()
        var secondValue: Second?
        run({ () throws(Never) in slot.value = first() }, alongside: { () throws(Never) in secondValue = second() })
        // `run` returns once both have run to their end: both values are set.
        return (slot.value!, secondValue!)
    }
}

/// What the other thread of `Concurrently.values` computed, read once it has finished.
private final class ValueSlot<Value>: @unchecked Sendable {
    var value: Value?
}

/// Work running on a thread of its own (`Concurrently.start`): `wait` returns once it has finished, throwing what it
/// threw.
final class ConcurrentWork<Failure: Error>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var finished = false
    /// Set by the work's thread before `finish`, read only after it.
    fileprivate var failure: Failure?

    fileprivate init() {}

    fileprivate func finish() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    /// Waits until the work has finished, and throws what it threw.
    func wait() throws(Failure) {
        condition.lock()
        while !finished { condition.wait() }
        condition.unlock()
        if let failure { throw failure }
    }
}
