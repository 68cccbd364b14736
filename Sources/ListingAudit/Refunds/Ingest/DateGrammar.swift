/// The dates of refund and order exports, read strictly: a real calendar date (month 1–12, a day the month has,
/// 29 February only in leap years) in one of the forms exports write, optionally followed by a time of day and a
/// zone. Anything else — `2025-13-45`, `yesterday`, `03/05/2026` (day and month cannot be told apart) — is
/// unreadable, never guessed.
///
/// The forms: `2026-03-05`, `2026/3/5`, `2026.03.05` (one separator throughout), `2026年3月5日`; then, after a space
/// or `T`, `9:05`, `09:05:30` or `09:05:30.123`; then `Z`, `UTC`, `GMT`, `+08:00`, `+0800` or `-05`, with or without
/// a space before it. A bare number is an Excel serial date only where the caller says the cell came from a
/// workbook (`serials`), as a workbook writes a date cell without a date style.
enum DateGrammar {
    /// What a date cell holds.
    enum Reading: Equatable {
        case blank
        /// The date in ISO form (`2026-03-05`), followed by the time and zone as written (`2026-03-05 10:12:33`,
        /// `2026-02-03T09:14:22+00:00`); a serial date is given as its ISO date.
        case value(String)
        case invalid
    }

    /// Reads `text` (see the type).
    static func read(_ text: String, serials: Bool = false) -> Reading {
        var text = text
        return text.withUTF8 { read($0, serials: serials) }
    }

    /// Reads the UTF-8 bytes of a cell (see the type).
    static func read(_ cell: UnsafeBufferPointer<UInt8>, serials: Bool = false) -> Reading {
        switch scan(cell, serials: serials) {
        case .blank: return .blank
        case .invalid: return .invalid
        case .serial(let reading): return reading
        case .date(let date, let rest):
            let rest = String(decoding: UnsafeBufferPointer(rebasing: cell[rest]), as: UTF8.self)
            return .value(iso(date.year, date.month, date.day) + rest)
        }
    }

    /// Whether the UTF-8 bytes of a cell hold something that is neither blank nor a date `read` reads: `read(cell)
    /// == .invalid`, without writing out the date it reads.
    static func isUnreadable(_ cell: UnsafeBufferPointer<UInt8>, serials: Bool = false) -> Bool {
        if let readable = isReadableTimestamp(cell) { return !readable }
        return switch scan(cell, serials: serials) {
        case .invalid, .serial(.invalid): true
        case .blank, .serial, .date: false
        }
    }

    /// For the form nearly every export writes, `2026-03-05 09:05:30` (or with `T`) exactly, whether it is a real
    /// date and time, read straight from the 19 bytes as `scan` would read them; `nil` for any other form. It runs
    /// for every row of an export of millions, where `scan` costs some 600 instructions a cell. Never a serial
    /// date, which is a bare number.
    ///
    /// The bytes are read as three words (0–7, 8–15 and 11–18, the last overlapping the second), so the separators
    /// are compared and the fourteen digits checked and turned into values a word at a time, not byte by byte.
    static func isReadableTimestamp(_ cell: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard cell.count == 19, let bytes = cell.baseAddress else { return nil }
        let raw = UnsafeRawPointer(bytes)
        // Little-endian words: byte `i` of a word is its bits `8 * i ..< 8 * i + 8`.
        let dateWord = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))  // `2026-03-`
        let middleWord = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))  // `05 09:05`
        let timeWord = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 11, as: UInt64.self))  // `09:05:30`
        let space = UInt8(truncatingIfNeeded: middleWord >> 16)
        guard dateWord & ~Self.dateDigitLanes == 0x2D00_002D_0000_0000, space == 0x20 || space == UInt8(ascii: "T"),
            timeWord & ~Self.timeDigitLanes == 0x0000_3A00_003A_0000,
            let dateDigits = Self.digitValues(dateWord, lanes: Self.dateDigitLanes),
            // Bytes 8 and 9 (the day) are the middle word's only digits the other two words lack.
            let dayDigits = Self.digitValues(middleWord, lanes: 0xFFFF),
            let timeDigits = Self.digitValues(timeWord, lanes: Self.timeDigitLanes)
        else { return nil }
        // Lane `i` of a word of pairs is ten times digit `i` plus digit `i + 1`: the two-digit numbers.
        let datePairs = dateDigits &* 10 &+ dateDigits >> 8
        let timePairs = timeDigits &* 10 &+ timeDigits >> 8
        func lane(_ word: UInt64, _ index: Int) -> Int { Int(truncatingIfNeeded: word >> (8 * index) & 0xFF) }
        let year = lane(datePairs, 0) * 100 + lane(datePairs, 2)
        let month = lane(datePairs, 5)
        let day = lane(dayDigits &* 10 &+ dayDigits >> 8, 0)
        let hour = lane(timePairs, 0)
        let minute = lane(timePairs, 3)
        let second = lane(timePairs, 6)
        return year >= 1000 && (1...12).contains(month) && day >= 1 && day <= days(inMonth: month, of: year)
            && hour < 24 && minute < 60 && second <= 60
    }

    /// The digit bytes of `2026-03-` and of `09:05:30`, as lanes of a little-endian word.
    private static let dateDigitLanes: UInt64 = 0x00FF_FF00_FFFF_FFFF
    private static let timeDigitLanes: UInt64 = 0xFFFF_00FF_FF00_FFFF
    /// `0` in every lane.
    private static let zeros: UInt64 = 0x3030_3030_3030_3030

    /// The values of the digit bytes of `word` at `lanes` (every other lane 0), or `nil` when one of those bytes
    /// is not an ASCII digit. A lane is a digit when its high half is 3 and stays 3 with 6 added (0x30–0x39);
    /// once every high half is 3, adding 6 carries into no other lane.
    @inline(__always)
    private static func digitValues(_ word: UInt64, lanes: UInt64) -> UInt64? {
        let digits = word & lanes | zeros & ~lanes
        let highs: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
        guard digits & highs == zeros, (digits &+ 0x0606_0606_0606_0606) & highs == zeros else { return nil }
        return digits &- zeros
    }

    /// What a cell holds, before any text is made of it.
    private enum Scan {
        case blank, invalid
        case serial(Reading)
        /// A calendar date, then the time and zone as written at `rest` of the cell.
        case date((year: Int, month: Int, day: Int), rest: Range<Int>)
    }

    private static func scan(_ cell: UnsafeBufferPointer<UInt8>, serials: Bool) -> Scan {
        var start = 0
        var end = cell.count
        while start < end, isSpace(cell[start]) { start += 1 }
        while end > start, isSpace(cell[end - 1]) { end -= 1 }
        if start == end { return .blank }
        var scanner = Scanner(bytes: UnsafeBufferPointer(rebasing: cell[start..<end]))
        if serials, let serial = scanner.serial() { return .serial(serial) }
        guard let date = scanner.date(), scanner.time(), scanner.zone(), scanner.atEnd else { return .invalid }
        return .date((date.year, date.month, date.day), rest: (start + date.length)..<end)
    }

    /// Whether `year` is a leap year of the Gregorian calendar.
    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    /// The number of days of `month` (1–12) in `year`.
    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0xA0 }

    /// A cursor over a trimmed cell.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var atEnd: Bool { index == bytes.count }

        /// `count` to `count`… digits (at most `maximum`) as a number, or `nil` (the cursor is left where it was).
        mutating func number(minimum: Int, maximum: Int) -> Int? {
            var value = 0
            var digits = 0
            while index + digits < bytes.count, digits < maximum {
                let byte = bytes[index + digits]
                guard byte >= 0x30, byte <= 0x39 else { break }
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            }
            guard digits >= minimum else { return nil }
            // More digits than allowed make the whole field something else.
            if index + digits < bytes.count, bytes[index + digits] >= 0x30, bytes[index + digits] <= 0x39 {
                return nil
            }
            index += digits
            return value
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func take(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { return false }
            index += count
            return true
        }

        /// The date at the start, and how many bytes it takes.
        mutating func date() -> (year: Int, month: Int, day: Int, length: Int)? {
            guard let year = number(minimum: 4, maximum: 4), year >= 1000 else { return nil }
            let month: Int
            let day: Int
            if take("年") {
                guard let m = number(minimum: 1, maximum: 2), take("月"), let d = number(minimum: 1, maximum: 2),
                    take("日")
                else { return nil }
                (month, day) = (m, d)
            } else {
                guard index < bytes.count else { return nil }
                let separator = bytes[index]
                guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".")
                else { return nil }
                index += 1
                guard let m = number(minimum: 1, maximum: 2), take(separator), let d = number(minimum: 1, maximum: 2)
                else { return nil }
                (month, day) = (m, d)
            }
            guard (1...12).contains(month), day >= 1, day <= DateGrammar.days(inMonth: month, of: year) else {
                return nil
            }
            return (year, month, day, index)
        }

        /// An optional time of day after a space or `T`; false when one starts but is not a time.
        mutating func time() -> Bool {
            guard !atEnd else { return true }
            var spaced = false
            while index < bytes.count, DateGrammar.isSpace(bytes[index]) {
                index += 1
                spaced = true
            }
            guard spaced || take(UInt8(ascii: "T")) else { return false }
            guard let hour = number(minimum: 1, maximum: 2), hour < 24, take(UInt8(ascii: ":")),
                let minute = number(minimum: 2, maximum: 2), minute < 60
            else { return false }
            if take(UInt8(ascii: ":")) {
                guard let second = number(minimum: 2, maximum: 2), second <= 60 else { return false }
                if take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) {
                    guard number(minimum: 1, maximum: 9) != nil else { return false }
                }
            }
            return true
        }

        /// An optional zone after the time; false when something else follows.
        mutating func zone() -> Bool {
            while index < bytes.count, DateGrammar.isSpace(bytes[index]) { index += 1 }
            guard !atEnd else { return true }
            if take(UInt8(ascii: "Z")) || take("UTC") || take("GMT") { return atEnd || offset() }
            return offset()
        }

        /// `+08:00`, `+0800`, `+08`, `+8`, `-05:00`.
        private mutating func offset() -> Bool {
            guard take(UInt8(ascii: "+")) || take(UInt8(ascii: "-")) else { return false }
            let start = index
            guard let value = number(minimum: 1, maximum: 4) else { return false }
            let (hours, minutes): (Int, Int)
            switch index - start {
            case 4: (hours, minutes) = (value / 100, value % 100)
            case 3: return false
            default:
                guard take(UInt8(ascii: ":")) else {
                    (hours, minutes) = (value, 0)
                    break
                }
                guard let written = number(minimum: 2, maximum: 2) else { return false }
                (hours, minutes) = (value, written)
            }
            return hours <= 14 && minutes < 60 && atEnd
        }

        /// A whole-number Excel serial date (1900 system) from 1 (1900-01-01) to 2,958,465 (9999-12-31), with an
        /// optional time fraction; `nil` when the cell is not a bare number.
        mutating func serial() -> Reading? {
            var end = 0
            var dot = false
            while end < bytes.count {
                let byte = bytes[end]
                if byte == UInt8(ascii: "."), !dot, end > 0 {
                    dot = true
                } else if byte < 0x30 || byte > 0x39 {
                    return nil
                }
                end += 1
            }
            guard let value = Double(String(decoding: bytes, as: UTF8.self)) else { return nil }
            guard value >= 1, value < 2_958_466, let text = CellNumber.dateText(value, format: .date, date1904: false)
            else { return .invalid }
            return .value(text)
        }
    }
}
