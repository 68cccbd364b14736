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
        let outcome = Outcome<Failure>()
        let thread = Thread {
            do throws(Failure) { try first() } catch { outcome.failure = error }
            outcome.finish()
        }
        thread.start()
        var failure: Failure?
        do throws(Failure) { try second() } catch { failure = error }
        outcome.waitUntilFinished()
        if let failure = outcome.failure ?? failure { throw failure }
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

/// What the other thread of `Concurrently.run` ends with, read once it has finished.
private final class Outcome<Failure: Error>: @unchecked Sendable {
    private let condition = NSCondition()
    private var finished = false
    /// Set by the other thread before `finish`, read after `waitUntilFinished`.
    var failure: Failure?

    func finish() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    func waitUntilFinished() {
        condition.lock()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
