/// A number with a unit quoted from a text: `60cm`, `约 1.5 公斤`, `30x40x50 cm`, `5000mAh`, `65%` is not one.
public struct Measurement: Sendable, Hashable {
    /// The text as written, number(s) and unit.
    public let text: String
    /// The first number.
    public let value: Double
    /// What the unit measures.
    public let dimension: UnitDimension
    /// Scalar offsets in the text.
    public let range: Range<Int>
}

/// Finds numbers followed by a unit. Works on folded scalars: full-width digits and units count.
public enum MeasurementScanner {
    /// Every measurement in `text`, left to right.
    public static func measurements(in text: String) -> [Measurement] {
        measurements(in: FoldedText(text))
    }

    /// Every measurement in already folded text.
    public static func measurements(in text: FoldedText) -> [Measurement] {
        let scalars = text.folded
        var found: [Measurement] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index].isASCIIDigit else {
                index += 1
                continue
            }
            let start = index
            let (value, afterNumber) = number(in: scalars, from: index)
            var end = afterNumber
            end = skipCompoundNumbers(in: scalars, from: end)
            let unitStart = skipSpaces(in: scalars, from: end)
            if let (unitEnd, dimension) = unit(in: scalars, at: unitStart) ?? hyphenatedUnit(in: scalars, at: end) {
                let range = start..<unitEnd
                found.append(Measurement(text: text.quote(range), value: value, dimension: dimension, range: range))
                index = unitEnd
            } else {
                index = max(end, start + 1)
            }
        }
        return found
    }

    /// Reads `12`, `1.5`, `1,000` from `index`; returns the value and the offset after it.
    private static func number(in scalars: [Unicode.Scalar], from index: Int) -> (Double, Int) {
        var digits = ""
        var position = index
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar.isASCIIDigit {
                digits.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == ",", position + 1 < scalars.count, scalars[position + 1].isASCIIDigit,
                !(scalar == "." && digits.contains("."))
            {
                if scalar == "." { digits.append(".") }
            } else {
                break
            }
            position += 1
        }
        return (Double(digits) ?? 0, position)
    }

    /// Skips `-70`, `~70`, `x40x50`, `*40`, `至70`, `/70` after a number, so ranges and dimensions read as one.
    private static func skipCompoundNumbers(in scalars: [Unicode.Scalar], from index: Int) -> Int {
        var position = index
        let joiners: Set<Unicode.Scalar> = ["-", "~", "x", "*", "/", "至", "到", "×"]
        while true {
            let joinerAt = skipSpaces(in: scalars, from: position)
            guard joinerAt < scalars.count, joiners.contains(scalars[joinerAt]) else { return position }
            let numberAt = skipSpaces(in: scalars, from: joinerAt + 1)
            guard numberAt < scalars.count, scalars[numberAt].isASCIIDigit else { return position }
            position = number(in: scalars, from: numberAt).1
        }
    }

    private static func skipSpaces(in scalars: [Unicode.Scalar], from index: Int) -> Int {
        var position = index
        while position < scalars.count, scalars[position] == " ", position - index < 2 { position += 1 }
        return position
    }

    /// A Latin unit of two letters or more joined to its number by a hyphen, as in compound adjectives
    /// (`22-inch wig`, `5-litre tank`); one letter (`4-h`) is too often something else.
    private static func hyphenatedUnit(in scalars: [Unicode.Scalar], at index: Int) -> (Int, UnitDimension)? {
        guard index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1].isASCIILetter,
            let (end, dimension) = unit(in: scalars, at: index + 1), end - index > 2
        else { return nil }
        return (end, dimension)
    }

    /// The unit at `index`, if any: the longest spelling that fits, Latin units ending at a word boundary.
    private static func unit(in scalars: [Unicode.Scalar], at index: Int) -> (Int, UnitDimension)? {
        guard index < scalars.count, let list = MeasurementUnits.byFirstScalar[scalars[index]] else { return nil }
        for (spelling, dimension) in list where index + spelling.count <= scalars.count {
            guard Array(scalars[index..<(index + spelling.count)]) == spelling else { continue }
            let end = index + spelling.count
            if let last = spelling.last, last.isASCIILetter, end < scalars.count, scalars[end].isASCIILetter {
                continue
            }
            return (end, dimension)
        }
        return nil
    }
}
