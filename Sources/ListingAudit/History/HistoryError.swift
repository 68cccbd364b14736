/// Why the history folder could not be written.
public enum HistoryError: Error, Equatable, CustomStringConvertible {
    /// The folder could not be created or the snapshot not written; `reason` is the system's reason.
    case cannotWrite(path: String, reason: LocalizedText)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "Cannot write audit history \(path): \(reason.en)"
        }
    }
}

/// Something in the history folder that was not used; reported, never fatal.
public enum HistoryWarning: Error, Equatable, Sendable, CustomStringConvertible {
    /// A snapshot that cannot be read, is truncated or corrupt, or is from a newer format.
    case unreadableSnapshot(path: String, reason: LocalizedText)
    /// A temporary file an interrupted audit left behind; earlier snapshots are intact. An audit (which holds the
    /// history folder's lock) removes it; reading the history without the lock only warns.
    case interruptedWrite(path: String)

    public var description: String { message(.en) }

    /// The warning in `language`, starting with the word for a warning.
    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.unreadableSnapshot(let path, let reason), .en):
            "warning: skipped audit history snapshot \(path): \(reason.en)"
        case (.unreadableSnapshot(let path, let reason), .zh):
            "警告：已跳过审计历史快照 \(path)：\(reason.zh)"
        case (.interruptedWrite(let path), .en):
            "warning: \(path) was left by an interrupted audit; earlier history is intact, and the audit removes it"
        case (.interruptedWrite(let path), .zh):
            "警告：\(path) 是一次中断的审计留下的；之前的历史记录完好，审计会删除它"
        }
    }

    /// A snapshot that cannot be read at all.
    static func cannotRead(_ path: String, _ reason: LocalizedText) -> HistoryWarning {
        .unreadableSnapshot(path: path, reason: reason)
    }

    /// A snapshot cut short or damaged.
    static func incomplete(_ path: String) -> HistoryWarning {
        .unreadableSnapshot(path: path, reason: LocalizedText(
            zh: "快照不完整（被截断或已损坏）", en: "not a complete snapshot (truncated or corrupt)"))
    }

    /// A snapshot in a newer format than this version reads.
    static func newer(_ path: String, schema: Int) -> HistoryWarning {
        .unreadableSnapshot(path: path, reason: LocalizedText(
            zh: "由更新的版本写入（格式 \(schema)），请升级 listing-audit",
            en: "written by a newer version (format \(schema))"))
    }
}
