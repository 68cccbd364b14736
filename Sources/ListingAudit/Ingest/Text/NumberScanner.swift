/// Reads the pieces of `NumberGrammar` from a cell's bytes, left to right.
struct NumberScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    /// A number's digits as they stand in the cell, and where its decimal separator is.
    struct Number {
        /// The number's bytes in the cell (digits and separators).
        var range: Range<Int>
        /// Digits of the whole part, not counting leading zeros.
        var wholeDigits: Int
        /// Digits after the decimal separator.
        var fractionDigits: Int
        /// All digits (with leading zeros), and their value when there are at most 19 of them.
        var digitCount: Int
        var mantissa: UInt64

        /// The number's (unsigned) value: exact from the mantissa when it has at most 15 digits and the power of ten
        /// is exact, else read from its plain digits by `Double(String)`, which rounds correctly.
        func value(in bytes: UnsafeBufferPointer<UInt8>) -> Double {
            if digitCount <= 15, fractionDigits < NumberScanner.powersOfTen.count {
                return Double(mantissa) / NumberScanner.powersOfTen[fractionDigits]
            }
            var plain: [UInt8] = []
            var remaining = digitCount
            for byte in bytes[range] where NumberScanner.isDigit(byte) {
                if remaining == fractionDigits { plain.append(UInt8(ascii: ".")) }
                plain.append(byte)
                remaining -= 1
            }
            return Double(String(decoding: plain, as: UTF8.self)) ?? .nan
        }
    }

    static let powersOfTen: [Double] = (0...22).map { power in (0..<power).reduce(1.0) { value, _ in value * 10 } }

    var atEnd: Bool { index == bytes.count }

    func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Consumes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        index += 1
        return true
    }

    /// Consumes spaces, tabs, U+00A0, U+2009, U+202F and U+3000.
    mutating func skipPadding() {
        while let length = spaceLength(at: index), length > 0 { index += length }
    }

    /// The length of the space at `offset`, 0 when there is none there, `nil` at the end.
    private func spaceLength(at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        switch bytes[offset] {
        case 0x20, 0x09: return 1
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0xA0 ? 2 : 0
        case 0xE2: return matches([0xE2, 0x80, 0xAF], at: offset) || matches([0xE2, 0x80, 0x89], at: offset) ? 3 : 0
        case 0xE3: return matches([0xE3, 0x80, 0x80], at: offset) ? 3 : 0
        default: return 0
        }
    }

    /// Consumes a sign: `true` for minus, `false` for plus, `nil` (nothing consumed) for neither.
    mutating func sign() -> Bool? {
        if take(UInt8(ascii: "-")) { return true }
        if take(UInt8(ascii: "+")) { return false }
        if matches([0xE2, 0x88, 0x92], at: index) {
            index += 3
            return true
        }
        return nil
    }

    /// Consumes a currency mark: a symbol, an ISO code of three capitals, or one to three capitals and a symbol.
    mutating func currency() -> Bool {
        var letters = 0
        while letters < 4, let byte = peek(letters), byte >= 0x41 && byte <= 0x5A { letters += 1 }
        if letters <= 3, let symbol = symbolLength(at: index + letters) {
            index += letters + symbol
            return true
        }
        guard letters == 3, !(peek(3).map(Self.isLetter) ?? false) else { return false }
        index += 3
        return true
    }

    /// Consumes a unit word after a quantity: 件, 个, pcs, pc or x (any case).
    mutating func unitSuffix() -> Bool {
        for word in Self.unitWords where matchesIgnoringCase(word, at: index) {
            index += word.count
            return true
        }
        return false
    }

    /// Consumes a number, or returns `nil` (with the position unspecified) when none starts here or its separators
    /// break the grammar.
    mutating func number() -> Number? {
        let start = index
        var number = Number(range: start..<start, wholeDigits: 0, fractionDigits: 0, digitCount: 0, mantissa: 0)
        let firstRun = digits(into: &number)
        guard firstRun > 0 else { return nil }
        var separators = 0
        var first: Separator?
        var last: Separator?
        var lastRun = 0
        var earlierGroupsValid = true
        while let found = separator(), let next = peek(found.length), Self.isDigit(next) {
            if let previous = last {
                earlierGroupsValid = earlierGroupsValid && lastRun == 3 && previous == first
            }
            index += found.length
            separators += 1
            if first == nil { first = found.separator }
            last = found.separator
            lastRun = digits(into: &number)
        }
        number.range = start..<index
        guard let first, let last else { return number.withFraction(0) }
        let decimal: Bool
        if separators == 1 {
            switch last {
            case .point: decimal = true
            case .comma: decimal = lastRun != 3
            case .apostrophe, .space: decimal = false
            }
        } else {
            decimal = last != first
        }
        guard earlierGroupsValid else { return nil }
        if decimal {
            guard last == .point || last == .comma else { return nil }
            guard separators == 1 || (firstRun <= 3 && first != last) else { return nil }
            return number.withFraction(lastRun)
        }
        guard firstRun <= 3, lastRun == 3 else { return nil }
        return number.withFraction(0)
    }

    /// A separator inside a number.
    private enum Separator: Equatable { case point, comma, apostrophe, space }

    /// The separator at the position and its length in bytes.
    private func separator() -> (separator: Separator, length: Int)? {
        switch peek() {
        case UInt8(ascii: "."): return (.point, 1)
        case UInt8(ascii: ","): return (.comma, 1)
        case UInt8(ascii: "'"): return (.apostrophe, 1)
        default:
            guard let length = spaceLength(at: index), length > 0 else { return nil }
            return (.space, length)
        }
    }

    /// Consumes a run of digits into `number`; returns how many.
    private mutating func digits(into number: inout Number) -> Int {
        let start = index
        while let byte = peek(), Self.isDigit(byte) {
            if number.digitCount < 19 { number.mantissa = number.mantissa * 10 + UInt64(byte - 0x30) }
            number.digitCount += 1
            if number.wholeDigits > 0 || byte != 0x30 { number.wholeDigits += 1 }
            index += 1
        }
        return index - start
    }

    private static let symbols: [[UInt8]] = [
        [0x24], [0xC2, 0xA5], [0xEF, 0xBF, 0xA5], [0xE2, 0x82, 0xAC], [0xC2, 0xA3], [0xE5, 0x85, 0x83],
        [0xE2, 0x82, 0xA9], [0xE2, 0x82, 0xB9], [0xE2, 0x82, 0xBD], [0xE0, 0xB8, 0xBF], [0xEF, 0xBC, 0x84],
    ]

    private static let unitWords: [[UInt8]] = [
        [0xE4, 0xBB, 0xB6], [0xE4, 0xB8, 0xAA], Array("pcs".utf8), Array("pc".utf8), Array("x".utf8),
    ]

    private func symbolLength(at offset: Int) -> Int? {
        Self.symbols.first { matches($0, at: offset) }?.count
    }

    private func matches(_ word: [UInt8], at offset: Int) -> Bool {
        guard offset + word.count <= bytes.count else { return false }
        for (position, byte) in word.enumerated() where bytes[offset + position] != byte { return false }
        return true
    }

    private func matchesIgnoringCase(_ word: [UInt8], at offset: Int) -> Bool {
        guard offset + word.count <= bytes.count else { return false }
        for (position, byte) in word.enumerated() {
            let cell = bytes[offset + position]
            if cell != byte && !(Self.isLetter(cell) && cell | 0x20 == byte) { return false }
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}

extension NumberScanner.Number {
    /// The number with its last `digits` digits after the decimal separator.
    fileprivate func withFraction(_ digits: Int) -> Self {
        var number = self
        number.fractionDigits = digits
        // Whole digits were counted over every digit; those after the separator are not whole.
        number.wholeDigits = Swift.max(0, wholeDigits - digits)
        return number
    }
}
