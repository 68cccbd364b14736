/// Why the history folder could not be written.
public enum HistoryError: Error, Equatable, CustomStringConvertible {
    /// The folder could not be created or the snapshot not written; `reason` is the system's message.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "Cannot write audit history \(path): \(reason)"
        }
    }
}

/// Something in the history folder that was not used; reported, never fatal.
public enum HistoryWarning: Error, Equatable, Sendable, CustomStringConvertible {
    /// A snapshot that is truncated, corrupt, or from a newer format.
    case unreadableSnapshot(path: String, reason: String)
    /// A temporary file an interrupted audit left behind; earlier snapshots are intact. An audit (which holds the
    /// history folder's lock) removes it; reading the history without the lock only warns.
    case interruptedWrite(path: String)

    public var description: String {
        switch self {
        case .unreadableSnapshot(let path, let reason):
            "warning: skipped audit history snapshot \(path): \(reason)"
        case .interruptedWrite(let path):
            "warning: \(path) was left by an interrupted audit; earlier history is intact, and the audit removes it"
        }
    }
}
