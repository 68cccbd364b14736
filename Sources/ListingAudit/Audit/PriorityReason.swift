/// What `ListingPriority.why` says, from the few numbers it needs: the reason of a ranked listing is written for
/// every row of `priorities.csv` without making the whole row.
struct PriorityReason {
    var findingCount: Int
    var topRuleID: String?
    var topRuleTitle: LocalizedText?
    var hasHistory: Bool
    var maxSeverity: Severity?
    var linkedRefunds: Int
    var dominantCategory: RefundCategory?
    var preventableRefunds: Double
    var orders: Int?
    var expectedLinkedRefunds: Double
    var refundsTotal: Int
    var refundExportGiven: Bool

    init(
        findingCount: Int, topRuleID: String?, topRuleTitle: LocalizedText?, hasHistory: Bool, maxSeverity: Severity?,
        linkedRefunds: Int, dominantCategory: RefundCategory?, preventableRefunds: Double, orders: Int?,
        expectedLinkedRefunds: Double, refundsTotal: Int, refundExportGiven: Bool
    ) {
        self.findingCount = findingCount
        self.topRuleID = topRuleID
        self.topRuleTitle = topRuleTitle
        self.hasHistory = hasHistory
        self.maxSeverity = maxSeverity
        self.linkedRefunds = linkedRefunds
        self.dominantCategory = dominantCategory
        self.preventableRefunds = preventableRefunds
        self.orders = orders
        self.expectedLinkedRefunds = expectedLinkedRefunds
        self.refundsTotal = refundsTotal
        self.refundExportGiven = refundExportGiven
    }

    /// The reason of `row`.
    init(_ row: ListingPriority) {
        findingCount = row.findingCount
        topRuleID = row.topRuleID
        topRuleTitle = row.topRuleTitle
        hasHistory = row.hasHistory
        maxSeverity = row.maxSeverity
        linkedRefunds = row.linkedRefunds
        dominantCategory = row.dominantCategory
        preventableRefunds = row.preventableRefunds
        orders = row.orders
        expectedLinkedRefunds = row.expectedLinkedRefunds
        refundsTotal = row.refundsTotal
        refundExportGiven = row.refundExportGiven
    }

    /// The line in `language`.
    func text(_ language: Language) -> String { String(decoding: line(language).bytes, as: UTF8.self) }

    /// The line in `language` as UTF-8, for the `priorities.csv` row of every listing: the same pieces as
    /// `text` joins, written into one byte array (`ReasonLine`) instead of appended to a `String` piece by piece.
    func line(_ language: Language) -> ReasonLine {
        if findingCount == 0 {
            return lineWithoutFindings(language)
        }
        let rule = topRuleTitle?.text(language) ?? topRuleID ?? ""
        guard hasHistory else {
            let severity = maxSeverity.map { ListingPriority.severityLabel($0).text(language) } ?? ""
            if !refundExportGiven {
                return switch language {
                case .zh: "未提供退款数据：\(findingCount)个问题，最严重为\(severity)：\(rule)"
                case .en: "No refund export given: \(count: findingCount, "finding"), worst \(severity): \(rule)"
                }
            }
            return switch language {
            case .zh: "新品（暂无订单和退款）：\(findingCount)个问题，最严重为\(severity)：\(rule)"
            case .en:
                "New product (no orders or refunds yet): \(count: findingCount, "finding"), worst \(severity): \(rule)"
            }
        }
        guard linkedRefunds > 0, let category = dominantCategory else {
            return switch language {
            case .zh: "\(findingCount)个问题（\(rule)），但暂无关联退款"
            case .en: "\(count: findingCount, "finding") (\(rule)) but no refunds linked to them yet"
            }
        }
        let label = category.label.text(language)
        if let orders, orders > 0 {
            // Plain words here; the shrunk rate and the baseline are in the report's statistics (docs/ranking.md).
            let own = Double(linkedRefunds) / Double(orders)
            let expected = expectedLinkedRefunds / Double(orders)
            return switch language {
            case .zh:
                "\(orders)单中\(linkedRefunds)笔关联退款（\(percent: own)，无此问题的同类商品为\(percent: expected)），"
                    + "主要为\(label)；原因：\(rule)；修改后约可减少\(number: preventableRefunds)笔"
            case .en:
                "\(count: linkedRefunds, "linked refund") in \(count: orders, "order") "
                    + "(\(percent: own); similar listings without the problem: \(percent: expected)), mostly \(label); "
                    + "cause: \(rule); a fix could prevent about \(number: preventableRefunds)"
            }
        }
        if orders == 0 {
            return switch language {
            case .zh: "无订单；\(linkedRefunds)笔关联退款，主要为\(label)；原因：\(rule)"
            case .en:
                "No orders; \(count: linkedRefunds, "linked refund"), mostly \(label); cause: \(rule)"
            }
        }
        let expected = expectedLinkedRefunds
        let prevent = preventableRefunds
        return switch language {
        case .zh:
            "\(linkedRefunds)笔关联退款（同类商品平均\(number: expected)笔），主要为\(label)；原因：\(rule)；"
                + "修改后约可减少\(number: prevent)笔"
        case .en:
            "\(count: linkedRefunds, "linked refund") (average listing \(number: expected)), mostly \(label); "
                + "cause: \(rule); a fix could prevent about \(number: prevent)"
        }
    }

    /// What `line` writes, told apart without its texts: the sentence `line` picks and the numbers it prints (each
    /// `Double` by its bits, so `-0.0` and `0.0` stay apart), other fields left at zero; the top rule by `rule`, the
    /// caller's number for it (`-1` for none). Two reasons with the same key have the same line in every language,
    /// so `priorities.csv` renders each distinct line once (`RankedRows`): it must read the fields `line` reads,
    /// branch for branch (`PriorityReasonLineTests.equalKeysHaveEqualLines`).
    func sentenceKey(rule: Int32) -> SentenceKey {
        var key = SentenceKey()
        key.findingCount = findingCount
        key.hasHistory = hasHistory
        if findingCount == 0 {
            key.refundsTotal = refundsTotal
            key.category = dominantCategory
            return key
        }
        key.rule = rule
        guard hasHistory else {
            key.severity = maxSeverity
            key.refundExportGiven = refundExportGiven
            return key
        }
        key.linkedRefunds = linkedRefunds
        key.category = dominantCategory
        guard linkedRefunds > 0, dominantCategory != nil else { return key }
        key.orders = orders
        if orders == 0 { return key }
        key.expected = expectedLinkedRefunds.bitPattern
        key.preventable = preventableRefunds.bitPattern
        return key
    }

    /// See `sentenceKey(rule:)`.
    struct SentenceKey {
        var findingCount = 0
        var rule: Int32 = -1
        var hasHistory = false
        var refundExportGiven = false
        var severity: Severity?
        var category: RefundCategory?
        var linkedRefunds = 0
        var refundsTotal = 0
        var orders: Int?
        var expected: UInt64 = 0
        var preventable: UInt64 = 0

        /// Calls `body` with the key as bytes, one field per eight bytes (the flags, the severity and the category
        /// packed with the rule), so that two keys have the same bytes exactly when their fields are equal: keyed
        /// by its bytes, a line is found with `ByteKeyTable`'s hash (SipHash over the fields cost ~900 instructions
        /// a row).
        func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            let severityCode: UInt64 =
                switch severity {
                case nil: 0
                case .advice: 1
                case .warning: 2
                case .error: 3
                }
            let flags = (hasHistory ? 1 : 0) | (refundExportGiven ? 2 : 0) | (orders == nil ? 0 : 4) | severityCode << 3
            let categoryCode = UInt64(category.map { $0.ordinal + 1 } ?? 0)
            let packed = UInt64(UInt32(bitPattern: rule)) | flags << 32 | categoryCode << 48
            var words = (
                UInt64(bitPattern: Int64(findingCount)), packed, UInt64(bitPattern: Int64(linkedRefunds)),
                UInt64(bitPattern: Int64(refundsTotal)), UInt64(bitPattern: Int64(orders ?? 0)), expected, preventable)
            return withUnsafeBytes(of: &words) { body($0.assumingMemoryBound(to: UInt8.self)) }
        }
    }

    private func lineWithoutFindings(_ language: Language) -> ReasonLine {
        guard refundsTotal > 0, let category = dominantCategory else {
            let text = hasHistory
                ? LocalizedText(zh: "未发现问题，暂无退款", en: "No findings, no refunds")
                : LocalizedText(zh: "未发现问题（新品）", en: "No findings (new product)")
            return "\(text.text(language))"
        }
        let advice: LocalizedText
        switch category {
        case _ where category.isFulfilment:
            advice = LocalizedText(zh: "请检查包装、快递或仓库", en: "check packing, courier or warehouse")
        case .changedMind, .other:
            advice = LocalizedText(zh: "属正常退货，商品页无需修改", en: "ordinary returns, nothing to fix in the listing")
        default:
            advice = LocalizedText(zh: "商品页未见问题，请检查货源或质量", en: "listing looks fine: check the supplier or product")
        }
        return switch language {
        case .zh: "未发现商品页问题；\(refundsTotal)笔退款，主要为\(category.label.zh)：\(advice.zh)"
        case .en:
            "No listing findings; \(count: refundsTotal, "refund"), mostly \(category.label.en): \(advice.en)"
        }
    }
}

/// A reason line built as UTF-8 from a string literal with interpolations (`"\(orders)单中…"`): literals and
/// interpolated texts are copied as bytes, numbers written digit by digit, so a line costs one array. Counts
/// (`\(count: n, "refund")`) and percentages (`\(percent: rate)`) are written as `ListingPriority.count` and
/// `.percent` write them; `\(number: value)` writes a whole number without decimals, others with one.
///
/// A line is made for every distinct reason of `priorities.csv`, most of a shop's rows at a million listings: its
/// literals are static strings copied as they lie, each line has room for a whole reason from the start, and a
/// line written over two source lines (`+`) is joined into the first one's room.
struct ReasonLine: ExpressibleByStringInterpolation {
    var bytes: [UInt8]

    init(stringLiteral value: StaticString) {
        bytes = value.withUTF8Buffer { Array($0) }
    }

    init(stringInterpolation: StringInterpolation) {
        bytes = stringInterpolation.bytes
    }

    /// `left` followed by `right` (a line written over two source lines), in `left`'s room.
    static func + (left: consuming ReasonLine, right: ReasonLine) -> ReasonLine {
        left.bytes.append(contentsOf: right.bytes)
        return left
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        /// Room for a reason's longest usual line (some 250 bytes, the rule's title included), so that neither
        /// writing it nor joining its second part grows the array.
        private static let lineRoom = 320

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(max(literalCapacity + 24 * interpolationCount, Self.lineRoom))
        }

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func appendInterpolation(_ text: String) {
            var text = text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }

        /// A whole number as `String(value)` writes it.
        mutating func appendInterpolation(_ value: Int) {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            appendDigits(UInt64(value.magnitude), minimumDigits: 1)
        }

        /// `ListingPriority.count(value, noun)`: `1 refund`, `2 refunds`.
        mutating func appendInterpolation(count value: Int, _ noun: StaticString) {
            appendInterpolation(value)
            bytes.append(UInt8(ascii: " "))
            noun.withUTF8Buffer { bytes.append(contentsOf: $0) }
            if value != 1 { bytes.append(UInt8(ascii: "s")) }
        }

        /// `ListingPriority.percent(value)`: `12.3%`.
        mutating func appendInterpolation(percent value: Double) {
            appendFixed(value * 100, digits: 1)
            bytes.append(UInt8(ascii: "%"))
        }

        /// `3`, `2.5`: a whole number (to one decimal) without decimals, others with one; a value that is not finite
        /// or beyond 10^15 is printed as it is (`AuditNumbers.fixed`), never converted to `Int` (which traps).
        mutating func appendInterpolation(number value: Double) {
            let rounded = (value * 10).rounded() / 10
            if abs(rounded) < 1e15 && rounded == rounded.rounded() {
                appendInterpolation(Int(rounded))
            } else {
                appendFixed(abs(rounded) < 1e15 ? rounded : value, digits: 1)
            }
        }

        /// `AuditNumbers.fixed(value, digits: digits)`, from its digits (`AuditNumbers.units`) when it has them.
        private mutating func appendFixed(_ value: Double, digits: Int) {
            guard let units = AuditNumbers.units(value, digits: digits) else {
                appendInterpolation(AuditNumbers.fixed(value, digits: digits))
                return
            }
            if value.sign == .minus { bytes.append(UInt8(ascii: "-")) }
            var scale: UInt64 = 1
            for _ in 0..<digits { scale *= 10 }
            appendDigits(units / scale, minimumDigits: 1)
            guard digits > 0 else { return }
            bytes.append(UInt8(ascii: "."))
            appendDigits(units % scale, minimumDigits: digits)
        }

        /// `value` in decimal, padded with zeros to `minimumDigits`: each digit appended from the first, by the
        /// power of ten of its place.
        private mutating func appendDigits(_ value: UInt64, minimumDigits: Int) {
            var count = 1
            var place: UInt64 = 1
            while value / place >= 10 {
                count += 1
                place *= 10
            }
            for _ in count..<max(count, minimumDigits) { bytes.append(UInt8(ascii: "0")) }
            while place > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / place % 10))
                place /= 10
            }
        }
    }
}
