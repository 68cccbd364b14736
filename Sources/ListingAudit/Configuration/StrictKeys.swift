/// Rejects unknown keys while decoding a config, naming the key and the nearest known one.
enum StrictKeys {
    private struct AnyKey: CodingKey {
        let stringValue: String
        let intValue: Int?
        init(stringValue: String) {
            self.stringValue = stringValue
            intValue = nil
        }
        init?(intValue: Int) {
            stringValue = String(intValue)
            self.intValue = intValue
        }
    }

    /// Throws for the first key of the object at `decoder` not in `allowed`: `ConfigurationError.retiredKey` when
    /// `retired` names the key that replaced it, else `ConfigurationError.unknownKey`.
    static func check(_ decoder: any Decoder, allowed: [String], retired: [String: String] = [:]) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue })
        where !allowed.contains(key.stringValue) {
            if let replacement = retired[key.stringValue] {
                throw ConfigurationError.retiredKey(
                    key: path(decoder.codingPath, key.stringValue),
                    replacement: path(decoder.codingPath, replacement))
            }
            throw ConfigurationError.unknownKey(
                key: path(decoder.codingPath, key.stringValue), suggestion: nearest(key.stringValue, in: allowed))
        }
    }

    /// `thresholds.minimumImages` from a coding path and a key.
    static func path(_ codingPath: [any CodingKey], _ key: String) -> String {
        (codingPath.map(\.stringValue) + [key]).joined(separator: ".")
    }

    /// The candidate closest to `name` when it is close enough to be a likely typo.
    static func nearest(_ name: String, in candidates: [String]) -> String? {
        let lowered = name.lowercased()
        guard let best = candidates.min(by: {
            EditDistance.between($0.lowercased(), lowered) < EditDistance.between($1.lowercased(), lowered)
        }) else { return nil }
        return EditDistance.between(best.lowercased(), lowered) <= max(2, name.count / 3) ? best : nil
    }
}

/// Levenshtein distance, for "did you mean" hints.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
