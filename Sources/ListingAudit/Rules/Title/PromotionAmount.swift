/// An amount taken off the price, said in a title: `20% OFF`, `$30 off`, `8折`. `off` and `折` are offers only right
/// after such an amount (`off-white` and `三折叠伞` are no offer); the amount is read back from the word, in the
/// folded bytes the title was scanned in.
enum PromotionAmount {
    /// The words that follow an amount (`ListingPhrase.Promotion.afterAmount`).
    static let words = ["off", "折"]

    /// Where the amount before the word at `start` begins, if one is there: a percentage (`20%`, `20 %`), a price
    /// after a currency sign (`$30`, `€5`, `£10`, `¥50`), or, before `折`, a number of tenths (`8折`, `7.5折`).
    static func amountStart(in bytes: [UInt8], before start: Int) -> Int? {
        var end = start
        if end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return nil }
        if bytes[end - 1] == UInt8(ascii: "%") {
            let digits = numberStart(in: bytes, before: end - 1)
            return digits < end - 1 ? digits : nil
        }
        let digits = numberStart(in: bytes, before: end)
        guard digits < end else { return nil }
        // `折` (3 bytes, E6 8A 98) takes tenths alone; `off` needs a currency sign before the number.
        if bytes[start] == 0xE6 { return digits }
        return currencyStart(in: bytes, before: digits)
    }

    /// The start of the digits (with `.` and `,`) ending at `end`; `end` when there are none.
    private static func numberStart(in bytes: [UInt8], before end: Int) -> Int {
        var start = end
        while start > 0, TextFold.isDigit(UInt32(bytes[start - 1]))
            || (start - 1 > 0 && (bytes[start - 1] == UInt8(ascii: ".") || bytes[start - 1] == UInt8(ascii: ","))
                && TextFold.isDigit(UInt32(bytes[start - 2])))
        {
            start -= 1
        }
        return start
    }

    /// The start of the currency sign ending at `end` (`$`, `€`, `£`, `¥`, `￥`), if there is one.
    private static func currencyStart(in bytes: [UInt8], before end: Int) -> Int? {
        for sign in currencySigns where sign.count <= end {
            if bytes[(end - sign.count)..<end].elementsEqual(sign) { return end - sign.count }
        }
        return nil
    }

    private static let currencySigns: [[UInt8]] = ["$", "€", "£", "¥", "￥"].map { Array($0.utf8) }
}
