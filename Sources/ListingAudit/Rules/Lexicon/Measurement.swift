/// A number with a unit quoted from a text: `60cm`, `约 1.5 公斤`, `30x40x50 cm`, `5000mAh`; `65%` is not one, but a
/// percentage of a named ingredient is (`100% essential oils`: a share).
public struct Measurement: Sendable, Hashable {
    /// The first number.
    public let value: Double
    /// What the unit measures.
    public let dimension: UnitDimension
    /// Byte offsets in the folded text.
    public let range: Range<Int>
    /// The text it was found in.
    private let folded: FoldedText

    /// The measurement of `dimension` at `range` of `folded`, whose first number is `value`.
    init(value: Double, dimension: UnitDimension, range: Range<Int>, in folded: FoldedText) {
        self.value = value
        self.dimension = dimension
        self.range = range
        self.folded = folded
    }

    /// The text as written, number(s) and unit: quoted on demand.
    public var text: String { folded.quote(range) }

    /// Measurements are equal when written the same, with the same value, dimension and range.
    public static func == (lhs: Measurement, rhs: Measurement) -> Bool {
        lhs.value == rhs.value && lhs.dimension == rhs.dimension && lhs.range == rhs.range && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(value)
        hasher.combine(dimension)
        hasher.combine(range)
    }
}

/// Finds numbers followed by a unit, in folded text: full-width digits and units count.
public enum MeasurementScanner {
    /// Every measurement in `text`, left to right.
    public static func measurements(in text: String) -> [Measurement] {
        measurements(in: FoldedText(text))
    }

    /// Every measurement in folded text.
    public static func measurements(in text: FoldedText) -> [Measurement] {
        var found: [Measurement] = []
        text.bytes.withUnsafeBufferPointer { bytes in
            scan(bytes) { range, dimension in
                let value = Self.value(in: bytes, from: range.lowerBound)
                found.append(Measurement(value: value, dimension: dimension, range: range, in: text))
                return true
            }
        }
        return found
    }

    /// Whether `text` has a measurement of one of `dimensions` (stops at the first).
    static func contains(_ dimensions: [UnitDimension], in text: FoldedText) -> Bool {
        var found = false
        scan(text.bytes) { _, dimension in
            found = dimensions.contains(dimension)
            return !found
        }
        return found
    }

    /// Calls `body(range, dimension)` for each measurement in folded `bytes`, left to right, while it returns true.
    static func scan(_ bytes: [UInt8], _ body: (Range<Int>, UnitDimension) -> Bool) {
        bytes.withUnsafeBufferPointer { scan($0, body) }
    }

    /// Calls `body(range, dimension)` for each measurement in folded `bytes`, left to right, while it returns true.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, UnitDimension) -> Bool) {
        let units = MeasurementUnits.spellings
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else {
                index = nextDigit(in: bytes, from: index + 1)
                continue
            }
            let start = index
            let afterNumber = number(in: bytes, from: index)
            let end = skipCompoundNumbers(in: bytes, from: afterNumber)
            let unitStart = skipSpaces(in: bytes, from: end)
            if let (unitEnd, dimension) = units.unit(in: bytes, at: unitStart)
                ?? hyphenatedUnit(in: bytes, at: end, units) ?? share(in: bytes, at: unitStart)
            {
                guard body(start..<unitEnd, dimension) else { return }
                index = unitEnd
            } else {
                index = max(end, start + 1)
            }
        }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// The index of the first ASCII digit from `index` (at most `bytes.count`) on, or `bytes.count`: eight bytes at
    /// a time, then byte by byte.
    static func nextDigit(in buffer: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var position = index
        if let base = buffer.baseAddress {
            while position + 8 <= buffer.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
                let digits = digitBits(word)
                if digits != 0 { return position + digits.trailingZeroBitCount / 8 }
                position += 8
            }
        }
        while position < buffer.count, !isDigit(buffer[position]) { position += 1 }
        return position
    }

    /// The high bit of each byte of `word` that is an ASCII digit (`0x30`–`0x39`), every other bit clear. Each byte
    /// is read on its own: its low seven bits plus `0x50` reach the high bit from `0x30` on, plus `0x46` from `0x3A`
    /// on, and neither sum carries into the next byte.
    @inline(__always)
    static func digitBits(_ word: UInt64) -> UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let fromZero = low &+ 0x5050_5050_5050_5050
        let pastNine = low &+ 0x4646_4646_4646_4646
        return fromZero & ~pastNine & ~word & 0x8080_8080_8080_8080
    }

    /// Reads `12`, `1.5`, `1,000` from `index`; returns the offset after it.
    private static func number(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var position = index
        var sawPoint = false
        while position < bytes.count {
            let byte = bytes[position]
            if isDigit(byte) {
            } else if byte == 0x2E || byte == 0x2C, position + 1 < bytes.count, isDigit(bytes[position + 1]),
                !(byte == 0x2E && sawPoint)
            {
                if byte == 0x2E { sawPoint = true }
            } else {
                break
            }
            position += 1
        }
        return position
    }

    /// The value of the number at `index`: its digits and decimal point, thousands commas left out.
    private static func value(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Double {
        let end = number(in: bytes, from: index)
        var whole = 0
        var digits = 0
        for byte in bytes[index..<end] where byte != 0x2C {
            guard byte != 0x2E, digits < 15 else {
                let text = String(decoding: bytes[index..<end].filter { $0 != 0x2C }, as: UTF8.self)
                return Double(text) ?? 0
            }
            whole = whole * 10 + Int(byte - 0x30)
            digits += 1
        }
        return Double(whole)
    }

    /// The byte length of the joiner at `index`, 0 when none is: joiners make ranges and dimensions one
    /// measurement (`-70`, `~70`, `x40x50`, `*40`, `/70`, `至70`, `到70`).
    @inline(__always)
    private static func joinerLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x2D, 0x7E, 0x78, 0x2A, 0x2F: return 1
        // `至` (E8 87 B3) and `到` (E5 88 B0).
        case 0xE8: return index + 2 < bytes.count && bytes[index + 1] == 0x87 && bytes[index + 2] == 0xB3 ? 3 : 0
        case 0xE5: return index + 2 < bytes.count && bytes[index + 1] == 0x88 && bytes[index + 2] == 0xB0 ? 3 : 0
        default: return 0
        }
    }

    /// Skips joined numbers after a number (see `joinerLength`), so ranges and dimensions read as one.
    private static func skipCompoundNumbers(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var position = index
        while true {
            let joinerAt = skipSpaces(in: bytes, from: position)
            guard joinerAt < bytes.count else { return position }
            let joiner = joinerLength(in: bytes, at: joinerAt)
            guard joiner > 0 else { return position }
            let numberAt = skipSpaces(in: bytes, from: joinerAt + joiner)
            guard numberAt < bytes.count, isDigit(bytes[numberAt]) else { return position }
            position = number(in: bytes, from: numberAt)
        }
    }

    /// Skips at most two spaces.
    @inline(__always)
    private static func skipSpaces(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var position = index
        while position < bytes.count, bytes[position] == 0x20, position - index < 2 { position += 1 }
        return position
    }

    /// A Latin unit of two letters or more joined to its number by a hyphen, as in compound adjectives
    /// (`22-inch wig`, `5-litre tank`); one letter (`4-h`) is too often something else. (Folding turns a hyphen
    /// between letters into a space, never one after a digit.)
    private static func hyphenatedUnit(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ units: UnitSpellings
    ) -> (Int, UnitDimension)? {
        guard index + 1 < bytes.count, bytes[index] == 0x2D, bytes[index + 1] &- 0x61 < 26,
            let (end, dimension) = units.unit(in: bytes, at: index + 1), end - index > 2
        else { return nil }
        return (end, dimension)
    }

    /// A percentage sign at `index` followed by the word it is a share of (`% essential oils`), unless that word
    /// makes it a claim or a price (`% natural`, `% off`); the range ends after the word. The words of
    /// `MeasurementUnits.notShares` are lowercase ASCII letters, and no scalar outside ASCII is canonically equivalent
    /// to one: a word with a letter outside ASCII (`% хлопок`) is none of them, told with no `String` made.
    private static func share(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, UnitDimension)? {
        guard index < bytes.count, bytes[index] == 0x25 else { return nil }
        let start = skipSpaces(in: bytes, from: index + 1)
        var end = start
        var isASCII = true
        while end < bytes.count {
            let (value, width) = UTF8Scalars.decode(bytes, at: end)
            guard TextFold.isWordLetter(value) else { break }
            isASCII = isASCII && value < 0x80
            end += width
        }
        guard end - start >= 2 else { return nil }
        if isASCII, MeasurementUnits.notShares.contains(String(decoding: bytes[start..<end], as: UTF8.self)) {
            return nil
        }
        return (end, .share)
    }
}
