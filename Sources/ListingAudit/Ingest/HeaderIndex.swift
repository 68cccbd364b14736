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

    /// The comparison key for a header name: folded (`TextFold`: lower case, full-width parentheses and colons to
    /// ASCII), trimmed, BOM, quotes and `*` dropped, runs of spaces, underscores and hyphens folded to one space.
    public static func normalise(_ name: String) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            let folded = TextFold.fold(scalar.value)
            switch folded {
            case 0xFEFF, 0x22, 0x2A: continue  // BOM " *
            case 0x20, 0x09, 0x5F, 0x2D:  // space tab _ -
                pendingSpace = !out.isEmpty
                continue
            default: break
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            UTF8Scalars.append(folded, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
