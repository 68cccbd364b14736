import Foundation

/// A report file written on a thread of its own (`AuditOutputFolder.writeInBackground`): the thread runs the write
/// and records what it threw; `wait` returns once it has finished.
final class BackgroundWriter: @unchecked Sendable {
    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var finished = false
    /// What the write threw; set by its thread before `finished`, read only after it.
    private var failure: AuditError?

    /// Starts writing `file` with `body` on a new thread.
    init(file: OutputFile, _ body: @escaping @Sendable (OutputFile) throws(AuditError) -> Void) {
        Thread { [self] in
            var failure: AuditError?
            do throws(AuditError) { try body(file) } catch { failure = error }
            condition.lock()
            self.failure = failure
            finished = true
            condition.signal()
            condition.unlock()
        }.start()
    }

    /// Waits until the write has finished, and throws what it threw.
    func wait() throws(AuditError) {
        condition.lock()
        while !finished { condition.wait() }
        let failure = failure
        condition.unlock()
        if let failure { throw failure }
    }
}
