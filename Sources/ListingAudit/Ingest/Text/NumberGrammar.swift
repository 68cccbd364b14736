/// The one grammar every number read from an export follows (refund and order amounts, listing prices, quantities),
/// read straight from a cell's UTF-8 bytes. A cell either reads completely under it or is not a number: nothing is
/// guessed from part of a cell (`12abc34`, `19.90.1`, `1e400` and `0x1F` are not numbers).
///
///     amount   = pad ["(" pad] [sign pad] [currency pad] [sign pad] number pad [currency pad] [")" pad]
///     number   = digits [decimal digits]
///              | group {separator group3} [decimal digits]        (group: 1-3 digits, group3: 3 digits)
///     quantity = pad digits ["." zeros] pad [件 | 个 | pcs | pc | x] pad
///
/// `pad` is spaces, tabs, no-break, thin and ideographic spaces; `sign` is `-`, `+` or `−`; `currency` is a symbol
/// (`$ ¥ ￥ € £ 元 ₩ ₹ ₽ ฿ ＄`), an upper-case ISO code such as `CNY` or `EUR`, or one to three capitals before a
/// symbol (`US$`, `HK$`, `CN¥`). Parentheses are the accounting form of a negative number, and exclude a sign.
/// The grouping separator is `,`, `.`, `'` or a space, the same one throughout; `decimal` is `.` or `,`, unlike the
/// grouping separator. A lone separator is read as the export's locale writes it: `.` is a decimal point, `,` is a
/// decimal comma unless exactly three digits follow (`1,299` groups thousands), `'` and a space group thousands.
///
/// Numbers are bounded, so no sum of them can overflow: an amount's whole part has at most 15 digits (below
/// 10^15), a quantity is at most a billion. A larger one reads as `.outOfRange`, which the caller reports as a
/// skipped row like any other unreadable value.
enum NumberGrammar {
    /// The outcome of reading a cell that may be blank.
    enum Reading<Value> {
        case blank
        case value(Value)
        /// Not a number under the grammar.
        case invalid
        /// A number, but too large to be a real amount or quantity.
        case outOfRange
    }

    /// Amounts and prices are below this (15 whole digits).
    static let amountLimit = 1e15
    /// The largest quantity a row may hold.
    static let quantityLimit = 1_000_000_000

    /// The signed value of an amount or price cell.
    static func amount(_ cell: UnsafeBufferPointer<UInt8>) -> Reading<Double> {
        var scanner = NumberScanner(bytes: cell)
        scanner.skipPadding()
        if scanner.atEnd { return .blank }
        let parenthesised = scanner.take(UInt8(ascii: "("))
        if parenthesised { scanner.skipPadding() }
        var negative = scanner.sign()
        if negative != nil { scanner.skipPadding() }
        if scanner.currency() { scanner.skipPadding() }
        if negative == nil, let sign = scanner.sign() {
            negative = sign
            scanner.skipPadding()
        }
        guard !(parenthesised && negative != nil), let number = scanner.number() else { return .invalid }
        scanner.skipPadding()
        if scanner.currency() { scanner.skipPadding() }
        if parenthesised {
            guard scanner.take(UInt8(ascii: ")")) else { return .invalid }
            scanner.skipPadding()
        }
        guard scanner.atEnd else { return .invalid }
        guard number.wholeDigits <= 15 else { return .outOfRange }
        let value = number.value(in: cell)
        return .value(parenthesised || negative == true ? -value : value)
    }

    /// The unit count of a quantity cell.
    static func quantity(_ cell: UnsafeBufferPointer<UInt8>) -> Reading<Int> {
        var scanner = NumberScanner(bytes: cell)
        scanner.skipPadding()
        if scanner.atEnd { return .blank }
        let start = scanner.index
        var value = 0
        var digits = 0
        while let byte = scanner.peek(), NumberScanner.isDigit(byte) {
            if value > 0 || byte != 0x30 { digits += 1 }
            if digits <= 18 { value = value * 10 + Int(byte - 0x30) }
            scanner.index += 1
        }
        guard scanner.index > start else { return .invalid }
        if scanner.take(UInt8(ascii: ".")) {
            guard scanner.peek() == 0x30 else { return .invalid }
            while scanner.take(0x30) {}
        }
        scanner.skipPadding()
        _ = scanner.unitSuffix()
        scanner.skipPadding()
        guard scanner.atEnd else { return .invalid }
        return digits > 10 || value > quantityLimit ? .outOfRange : .value(value)
    }

    /// `amount` of the UTF-8 bytes of `text`.
    static func amount(_ text: String) -> Reading<Double> {
        var text = text
        return text.withUTF8 { amount($0) }
    }

    /// `quantity` of the UTF-8 bytes of `text`.
    static func quantity(_ text: String) -> Reading<Int> {
        var text = text
        return text.withUTF8 { quantity($0) }
    }
}
