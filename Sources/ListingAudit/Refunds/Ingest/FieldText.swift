/// Parsers for the loosely written values of refund and order exports: money, quantities, dates.
enum FieldText {
    /// The outcome of reading a cell that may be blank.
    typealias Parsed<Value> = NumberGrammar.Reading<Value>

    /// An amount under `NumberGrammar`, such as `¥1,299.00`, `89.0 EUR`, `$ 12`, `-12.50`, `89,50 €`, `1.299,00` or
    /// `(12.50)`; the sign is dropped (refund exports write refunds as negatives).
    static func amount(_ text: String) -> Parsed<Double> {
        var text = text
        return text.withUTF8 { amount($0) }
    }

    /// A unit count under `NumberGrammar`, such as `2`, `2.0`, `2件`; blank is 1 unit.
    static func quantity(_ text: String) -> Parsed<Int> {
        NumberGrammar.quantity(text)
    }

    /// Why a row whose `zh`/`en` cell holds `value` is skipped: not a number under `NumberGrammar`, or (when
    /// `outOfRange`) a number too large to be real. The value is quoted abbreviated.
    static func unreadable(zh: String, en: String, value: String, outOfRange: Bool) -> LocalizedText {
        let value = value.abbreviated(to: 40)
        if outOfRange {
            return LocalizedText(zh: "\(zh)“\(value)”超出可信范围", en: "\(en) '\(value)' is out of range")
        }
        return LocalizedText(zh: "\(zh)“\(value)”不是数字", en: "\(en) '\(value)' is not a number")
    }

    /// A date under `DateGrammar`, in ISO form (`2026/03/05 10:12` is `2026-03-05 10:12`); `nil` if blank or not a
    /// real date (those are counted per file as `UnreadableDates`).
    static func date(_ text: String) -> String? {
        if case .value(let date) = DateGrammar.read(text) { return date }
        return nil
    }

    /// The kind of after-sales request from a 售后类型 / type cell, or from Taobao's 是否需要退货 (是/否).
    static func refundType(_ text: String) -> RefundType {
        if text.isEmpty { return .unknown }
        if let known = knownTypes[text] { return known }
        let value = text.trimmingWhitespace().lowercased()
        if value.containsExactly("换货") || value.containsExactly("exchange") { return .exchange }
        if value.containsExactly("仅退款") || value == "否" || value == "refund only" || value == "refund_only"
            || value == "refund" || value == "仅退款(未发货)" || value == "not returned"
        {
            return .refundOnly
        }
        if value.containsExactly("退货") || value == "是" || value.containsExactly("return") { return .returnAndRefund }
        return .unknown
    }

    private static let knownTypes: [String: RefundType] = [
        "仅退款": .refundOnly, "退货退款": .returnAndRefund, "换货": .exchange, "是": .returnAndRefund, "否": .refundOnly,
        "refund_only": .refundOnly, "return_and_refund": .returnAndRefund, "exchange": .exchange,
    ]
}
