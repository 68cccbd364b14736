import Testing

@testable import ListingAudit

/// The shortcuts every refund row's date and amount cells take (`DateGrammar.isReadableTimestamp`, read a word at a
/// time; `FieldText.amount`'s plain decimals, each byte tested once) answer what the byte-by-byte readers they
/// replaced answered (kept here as references), for every byte at every place of a timestamp and for seeded amounts.
@Suite struct RefundCellShortcutTests {
    /// The timestamp shortcut as it read before: the separators, then each digit byte by byte.
    private func referenceTimestamp(_ cell: [UInt8]) -> Bool? {
        guard cell.count == 19, cell[4] == UInt8(ascii: "-"), cell[7] == UInt8(ascii: "-"),
            cell[10] == 0x20 || cell[10] == UInt8(ascii: "T"), cell[13] == UInt8(ascii: ":"),
            cell[16] == UInt8(ascii: ":")
        else { return nil }
        var above: UInt = 0
        func digits(_ start: Int, _ count: Int) -> Int {
            var value: UInt = 0
            for index in start..<(start + count) {
                let digit = UInt(cell[index]) &- 0x30
                above = max(above, digit)
                value = value &* 10 &+ digit
            }
            return Int(truncatingIfNeeded: value)
        }
        let (year, month, day) = (digits(0, 4), digits(5, 2), digits(8, 2))
        let (hour, minute, second) = (digits(11, 2), digits(14, 2), digits(17, 2))
        guard above <= 9 else { return nil }
        return year >= 1000 && (1...12).contains(month) && day >= 1
            && day <= DateGrammar.days(inMonth: month, of: year) && hour < 24 && minute < 60 && second <= 60
    }

    private func shortcut(_ cell: [UInt8]) -> Bool? {
        cell.withUnsafeBufferPointer { DateGrammar.isReadableTimestamp($0) }
    }

    /// Timestamps at the edges of what is real (29 February, second 60, hour 24, month 0 and 13, 31 April, years
    /// 0999 and 1000), each with every byte at every place replaced by every byte value: digits next to `0` and
    /// `9` (`/`, `:`), bytes that carry or borrow across a word's lanes (0x00, 0xFF, 0xCA, 0xC6), separators
    /// swapped. Every answer is the reference's, and every answer given agrees with the full grammar.
    @Test func everyByteAtEveryPlaceReadsAsBefore() {
        let stamps = [
            "2024-02-29 23:59:60", "2025-02-29 12:00:00", "2026-03-05T09:05:30", "2026-04-31 00:00:00",
            "2026-00-10 10:10:10", "2026-13-10 10:10:10", "2026-12-31 24:00:00", "0999-01-01 00:00:00",
            "1000-01-01 00:00:00", "9999-12-31 23:59:59", "2100-02-29 01:02:03", "2000-02-29 00:60:00",
        ]
        var answered = 0
        for stamp in stamps {
            let bytes = Array(stamp.utf8)
            #expect(shortcut(bytes) == referenceTimestamp(bytes), "\(stamp)")
            for place in 0..<bytes.count {
                for value in 0...255 {
                    var cell = bytes
                    cell[place] = UInt8(value)
                    let answer = shortcut(cell)
                    #expect(answer == referenceTimestamp(cell), "\(stamp) with byte \(value) at \(place)")
                    guard let answer else { continue }
                    answered += 1
                    let invalid = cell.withUnsafeBufferPointer { DateGrammar.read($0) } == .invalid
                    #expect(answer == !invalid, "\(stamp) with byte \(value) at \(place)")
                }
            }
        }
        #expect(answered > 12 * 19 * 5)
        // One byte more or less is another form.
        #expect(shortcut(Array("2026-03-05 09:05:3".utf8)) == nil)
        #expect(shortcut(Array("2026-03-05 09:05:300".utf8)) == nil)
    }

    /// The plain-decimal reading as it was: one loop over the bytes, three tests a byte.
    private func referencePlainDecimal(_ cell: [UInt8]) -> Double? {
        var index = cell[0] == UInt8(ascii: "-") ? 1 : 0
        var mantissa: Int64 = 0
        var digits = 0
        var fractionDigits = -1
        while index < cell.count {
            let byte = cell[index]
            if byte >= 0x30 && byte <= 0x39 {
                mantissa = mantissa &* 10 &+ Int64(byte - 0x30)
                digits += 1
                if fractionDigits >= 0 { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), fractionDigits < 0, digits > 0 {
                fractionDigits = 0
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, digits <= 15, fractionDigits != 0 else { return nil }
        var power = 1.0
        for _ in 0..<max(fractionDigits, 0) { power *= 10 }
        return fractionDigits < 0 ? Double(mantissa) : Double(mantissa) / power
    }

    /// `FieldText.amount` as it read before: the reference plain decimal, else the grammar.
    private func referenceAmount(_ cell: [UInt8]) -> String {
        if cell.isEmpty { return "blank" }
        if let value = referencePlainDecimal(cell) { return "value \(value.bitPattern)" }
        return cell.withUnsafeBufferPointer { reading(NumberGrammar.amount($0), absolute: true) }
    }

    private func reading(_ reading: FieldText.Parsed<Double>, absolute: Bool = false) -> String {
        switch reading {
        case .value(let value): "value \((absolute ? abs(value) : value).bitPattern)"
        case .blank: "blank"
        case .invalid: "invalid"
        case .outOfRange: "out of range"
        }
    }

    /// Seeded cells of digits, points and minus signs (one to twenty bytes: sixteen digits and more, `12.`, `.5`,
    /// `-`, `1.2.3`, `-0`, leading zeros), now and then with a byte that is not part of a plain decimal, read as
    /// before, bit for bit.
    @Test func amountsReadAsBefore() {
        var random = SeededGenerator(seed: 0xA307_2026)
        let plain = Array("0123456789".utf8)
        let others = Array(".-+, e¥$x\u{00}\u{7F}".utf8) + [0x2F, 0x3A, 0xFF, 0xC0]
        var plainValues = 0
        for _ in 0..<60_000 {
            var cell: [UInt8] = random.below(4) == 0 ? [UInt8(ascii: "-")] : []
            let whole = random.below(10)
            for _ in 0..<whole { cell.append(plain[random.below(plain.count)]) }
            if random.below(3) > 0 {
                cell.append(UInt8(ascii: "."))
                for _ in 0..<random.below(8) { cell.append(plain[random.below(plain.count)]) }
            }
            if random.below(8) == 0 {
                let byte = others[random.below(others.count)]
                if cell.isEmpty { cell.append(byte) } else { cell.insert(byte, at: random.below(cell.count + 1)) }
            }
            if cell.isEmpty { continue }
            let expected = referenceAmount(cell)
            if referencePlainDecimal(cell) != nil { plainValues += 1 }
            let read = cell.withUnsafeBufferPointer { reading(FieldText.amount($0)) }
            #expect(read == expected, "\(String(decoding: cell, as: UTF8.self))")
        }
        #expect(plainValues > 20_000)
    }
}
