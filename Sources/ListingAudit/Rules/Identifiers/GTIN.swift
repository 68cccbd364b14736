/// GS1 trade item numbers: GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14, each ending in a mod-10 check
/// digit. Only cells written as a number are judged: SKUs, `n/a` and other text are not GTINs and not guessed at.
public enum GTIN {
    /// What is wrong with a number given as a GTIN.
    public enum Problem: Equatable, Sendable {
        /// Not 8, 12, 13 or 14 digits (long numbers of the wrong length are often a platform's own variant ids).
        case length(Int)
        /// The last digit is not the check digit of the others.
        case checkDigit(found: UInt8, expected: UInt8)
        /// Valid once zeros are put back in front: a spreadsheet read it as a number and dropped them.
        case lostLeadingZeros(Int)
        /// All zeros: a placeholder.
        case placeholder
    }

    /// The GTIN lengths.
    public static let lengths = [8, 12, 13, 14]

    /// The digits of `text` when it is written as a number: spaces and hyphens between digits and a leading
    /// apostrophe (spreadsheets add one to keep zeros) are allowed; `nil` for anything else.
    public static func digits(_ text: String) -> [UInt8]? {
        var digits: [UInt8] = []
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte - UInt8(ascii: "0"))
            case UInt8(ascii: " "), UInt8(ascii: "-"): continue
            case UInt8(ascii: "'") where index == 0: continue
            default: return nil
            }
        }
        return digits.isEmpty ? nil : digits
    }

    /// What is wrong with `text` as a GTIN; `nil` when it is a valid one or not written as a number.
    public static func problem(_ text: String) -> Problem? {
        guard let digits = digits(text) else { return nil }
        if digits.allSatisfy({ $0 == 0 }) { return .placeholder }
        if lengths.contains(digits.count) {
            let expected = checkDigit(of: digits.dropLast())
            let found = digits[digits.count - 1]
            return expected == found ? nil : .checkDigit(found: found, expected: expected)
        }
        // A spreadsheet drops the zeros in front of a UPC or EAN (one or two, from the next length up).
        if digits.count >= 7, let length = lengths.first(where: { $0 > digits.count }), length - digits.count <= 2 {
            let padded = Array(repeating: UInt8(0), count: length - digits.count) + digits
            if checkDigit(of: padded.dropLast()) == padded[length - 1] { return .lostLeadingZeros(length) }
        }
        return .length(digits.count)
    }

    /// The mod-10 check digit of `body` (the digits before it): weights 3 and 1 alternating from the right.
    public static func checkDigit(of body: ArraySlice<UInt8>) -> UInt8 {
        var sum = 0
        for (offset, digit) in body.reversed().enumerated() {
            sum += Int(digit) * (offset.isMultiple(of: 2) ? 3 : 1)
        }
        return UInt8((10 - sum % 10) % 10)
    }
}
