/// Finds columns by name in a header row, tolerant of case, surrounding spaces, a stray BOM and full-width
/// punctuation, so adapters can name each field by its aliases across platforms and languages.
public struct HeaderIndex: Sendable {
    /// The header cells as written.
    public let names: [String]
    private let positions: [String: Int]

    public init(_ names: [String]) {
        self.names = names
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            let key = Self.normalise(name)
            if positions[key] == nil { positions[key] = index }
        }
        self.positions = positions
    }

    /// The index of the first alias present, or `nil`.
    public func column(_ aliases: String...) -> Int? { column(aliases) }

    /// The index of the first alias present, or `nil`.
    public func column(_ aliases: [String]) -> Int? {
        for alias in aliases {
            if let index = positions[Self.normalise(alias)] { return index }
        }
        return nil
    }

    /// Whether every alias group has at least one member present.
    public func hasAll(_ groups: [[String]]) -> Bool {
        groups.allSatisfy { column($0) != nil }
    }

    /// The comparison key for a header name: trimmed, BOM and quotes dropped, lower-cased, full-width
    /// parentheses and colons folded to ASCII, runs of spaces/underscores/hyphens folded to one space.
    public static func normalise(_ name: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\u{FEFF}", "\"", "*": continue
            case " ", "\t", "_", "-", "\u{3000}":
                pendingSpace = !out.isEmpty
                continue
            default: break
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "（": out.append("(")
            case "）": out.append(")")
            case "：": out.append(":")
            default: out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return out
    }
}
