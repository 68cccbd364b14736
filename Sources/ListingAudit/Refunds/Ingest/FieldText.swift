/// Parsers for the loosely written values of refund and order exports: money, quantities, dates.
enum FieldText {
    /// The outcome of reading a cell that may be blank.
    enum Parsed<Value> {
        case blank
        case value(Value)
        case invalid
    }

    /// An amount such as `¥1,299.00`, `89.0 EUR`, `$ 12`, `-12.50`, `89,50 €` or `1.299,00`.
    /// Currency symbols and codes are dropped; the sign is dropped (refund exports write refunds as negatives).
    static func amount(_ text: String) -> Parsed<Double> {
        var digits: [UInt8] = []
        var sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte)
                sawDigit = true
            case UInt8(ascii: "."), UInt8(ascii: ","):
                digits.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "$"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "'"):
                continue
            case 0x80...0xFF:
                // Multi-byte scalars: ¥ ￥ € £ 元 and full-width spaces are currency marks or padding.
                continue
            default:
                return .invalid
            }
        }
        if !sawDigit { return text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } ? .blank : .invalid }
        let separators = digits.indices.filter { digits[$0] == UInt8(ascii: ".") || digits[$0] == UInt8(ascii: ",") }
        var plain: [UInt8] = []
        if let last = separators.last {
            let decimalAt: Int?
            let lastIsComma = digits[last] == UInt8(ascii: ",")
            let digitsAfter = digits.count - last - 1
            if separators.count == 1, lastIsComma, digitsAfter == 3 {
                decimalAt = nil  // 1,299: a thousands separator
            } else if separators.count > 1, digits[separators[0]] == digits[last] {
                decimalAt = nil  // 1,299,000 or 1.299.000
            } else {
                decimalAt = last
            }
            for (index, byte) in digits.enumerated() {
                if index == decimalAt {
                    plain.append(UInt8(ascii: "."))
                } else if byte != UInt8(ascii: ".") && byte != UInt8(ascii: ",") {
                    plain.append(byte)
                }
            }
        } else {
            plain = digits
        }
        guard let value = Double(String(decoding: plain, as: UTF8.self)), value.isFinite else { return .invalid }
        return .value(value)
    }

    /// A unit count such as `2`, `2.0`, `2件`; blank is 1 unit.
    static func quantity(_ text: String) -> Parsed<Int> {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return .blank }
        var number = trimmed
        for suffix in ["件", "个", "pcs", "pc", "x"] where number.hasSuffix(suffix) {
            number = String(number.dropLast(suffix.count)).trimmingWhitespace()
        }
        if let whole = Int(number), whole >= 0 { return .value(whole) }
        if let real = Double(number), real >= 0, real == real.rounded(), real < 1e9 { return .value(Int(real)) }
        return .invalid
    }

    /// A date as written, with `2026/03/05` and `2026.03.05` forms normalised to ISO `2026-03-05`; `nil` if blank.
    static func date(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return nil }
        let bytes = Array(trimmed.utf8)
        guard bytes.count >= 8, bytes[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            bytes[4] == UInt8(ascii: "/") || bytes[4] == UInt8(ascii: ".")
        else { return trimmed }
        let separator = bytes[4]
        var out: [UInt8] = []
        var inDatePart = true
        for byte in bytes {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "T") { inDatePart = false }
            out.append(inDatePart && byte == separator ? UInt8(ascii: "-") : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The kind of after-sales request from a 售后类型 / type cell, or from Taobao's 是否需要退货 (是/否).
    static func refundType(_ text: String) -> RefundType {
        let value = text.trimmingWhitespace().lowercased()
        if value.isEmpty { return .unknown }
        if value.contains("换货") || value.contains("exchange") { return .exchange }
        if value.contains("仅退款") || value == "否" || value == "refund only" || value == "refund_only"
            || value == "refund" || value == "仅退款(未发货)" || value == "not returned"
        {
            return .refundOnly
        }
        if value.contains("退货") || value == "是" || value.contains("return") { return .returnAndRefund }
        return .unknown
    }
}
