/// `[-]digits[.digits]` with at most 15 digits, read straight from a cell's bytes: the form most prices and refund
/// amounts take, read for every row of an export of millions before `NumberGrammar` is asked about anything else.
/// Both the digits (below 2^53) and the power of ten (at most 10^15) are exact doubles, so their quotient is the
/// correctly rounded value `Double(String)` gives.
enum PlainDecimal {
    /// The cell's value without its sign and whether a `-` led it, or `nil` for any other form (a blank cell, a lone
    /// `-` or `.`, a point with no digit on either side, more than 15 digits, any other byte). The whole part and the
    /// fraction are each read in a loop that tests a byte once (a byte below `0` wraps above 9).
    ///
    /// `isAmountText`: the cell is the text `AuditNumbers.amount` writes for its value (no sign, a point and two
    /// decimals, no zero before another whole digit: `AmountCell.isWrittenAsRead`), told by the same scan, so that
    /// `refunds.csv` copies the cell without reading it again.
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> (magnitude: Double, negative: Bool, isAmountText: Bool)? {
        let count = cell.count
        guard count > 0 else { return nil }
        let negative = cell[0] == UInt8(ascii: "-")
        var index = negative ? 1 : 0
        if let cents = cents(cell, from: index) {
            let isAmountText = !negative && (count == 4 || cell[0] != UInt8(ascii: "0"))
            return (Double(cents) / 100, negative, isAmountText)
        }
        var mantissa: Int64 = 0
        let wholeStart = index
        while index < count, case let digit = cell[index] &- UInt8(ascii: "0"), digit < 10 {
            mantissa = mantissa &* 10 &+ Int64(digit)
            index += 1
        }
        let wholeDigits = index - wholeStart
        guard index < count else {
            return wholeDigits > 0 && wholeDigits <= 15 ? (Double(mantissa), negative, false) : nil
        }
        guard cell[index] == UInt8(ascii: "."), wholeDigits > 0 else { return nil }
        index += 1
        let fractionStart = index
        while index < count, case let digit = cell[index] &- UInt8(ascii: "0"), digit < 10 {
            mantissa = mantissa &* 10 &+ Int64(digit)
            index += 1
        }
        let fractionDigits = index - fractionStart
        guard index == count, fractionDigits > 0, wholeDigits + fractionDigits <= 15 else { return nil }
        let isAmountText = !negative && fractionDigits == 2 && (wholeDigits == 1 || cell[0] != UInt8(ascii: "0"))
        return (Double(mantissa) / NumberScanner.powersOfTen[fractionDigits], negative, isAmountText)
    }

    /// The digits of `cell` from `start` without the point, when they are one to thirteen whole digits, a point and
    /// two decimals (`449.68`: 44968), the form of nearly every amount: read with the point's place known, the two
    /// decimals without a loop, and divided by a constant hundred, not by a power of ten looked up in a table
    /// behind a lazy initialiser. `nil` for any other form, which `read` reads digit by digit.
    @inline(__always)
    private static func cents(_ cell: UnsafeBufferPointer<UInt8>, from start: Int) -> Int64? {
        let count = cell.count
        let wholeEnd = count &- 3
        guard wholeEnd > start, wholeEnd &- start <= 13, cell[wholeEnd] == UInt8(ascii: ".") else { return nil }
        let tens = cell[wholeEnd &+ 1] &- UInt8(ascii: "0")
        let units = cell[wholeEnd &+ 2] &- UInt8(ascii: "0")
        guard tens < 10, units < 10 else { return nil }
        var whole: Int64 = 0
        for index in start..<wholeEnd {
            let digit = cell[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            whole = whole &* 10 &+ Int64(digit)
        }
        return whole &* 100 &+ Int64(tens &* 10 &+ units)
    }
}
