/// Finds measurements in text: numbers with length, weight or capacity units (`60cm`, `1.8米`, `90-130斤`,
/// `20L`) and dimension pairs (`120x60`, `150×200cm`, `5 x 7 ft`).
enum Measurements {
    /// What a unit measures.
    enum Kind: Sendable {
        case length, weight, capacity
    }

    /// Units in lower case; ASCII ones must end a word (`5 mins` is not `5 m`).
    private static let units: [(String, Kind)] = [
        ("厘米", .length), ("公分", .length), ("毫米", .length), ("英寸", .length), ("米", .length), ("寸", .length),
        ("cm", .length), ("mm", .length), ("m", .length), ("inches", .length), ("inch", .length), ("in.", .length),
        ("\"", .length), ("″", .length), ("”", .length), ("ft", .length), ("feet", .length),
        ("公斤", .weight), ("斤", .weight), ("kg", .weight), ("lbs", .weight), ("lb", .weight), ("磅", .weight),
        ("升", .capacity), ("ml", .capacity), ("l", .capacity), ("毫升", .capacity),
    ]

    /// The kinds of measurement found in `text`.
    static func kinds(in text: String) -> Set<Kind> {
        let scalars = Array(text.lowercased().unicodeScalars)
        var found: Set<Kind> = []
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]), index == 0 || !isLetter(scalars[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isDigit(scalars[end]) || scalars[end] == "." { end += 1 }
            var next = end
            while next < scalars.count, scalars[next] == " " { next += 1 }
            if next < scalars.count, "x×*".unicodeScalars.contains(scalars[next]) {
                var after = next + 1
                while after < scalars.count, scalars[after] == " " { after += 1 }
                if after < scalars.count, isDigit(scalars[after]) { found.insert(.length) }
            }
            if let kind = unit(in: scalars, at: next) { found.insert(kind) }
            index = max(end, index + 1)
        }
        return found
    }

    /// Whether `text` has a length (or a dimension pair).
    static func hasLength(in text: String) -> Bool { kinds(in: text).contains(.length) }

    private static func unit(in scalars: [Unicode.Scalar], at start: Int) -> Kind? {
        for (unit, kind) in units {
            let unitScalars = Array(unit.unicodeScalars)
            guard start + unitScalars.count <= scalars.count,
                Array(scalars[start..<start + unitScalars.count]) == unitScalars
            else { continue }
            let end = start + unitScalars.count
            if isLetter(unitScalars[unitScalars.count - 1]), end < scalars.count, isLetter(scalars[end]) { continue }
            return kind
        }
        return nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
    }
}
