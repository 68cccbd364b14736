/// How a numeric cell is shown, decided from its number format (`styles.xml`): as a date, a time, a date and time,
/// a percentage, or a plain number.
///
/// Dates and times are given in ISO form (`2026-11-19`, `2026-11-19 14:03`, `14:03:05`; seconds when the format
/// shows them) whatever the format's own pattern, so every date reads the same way downstream; percentages as `25%`;
/// other numbers in plain decimal form without grouping (`1299.5`, not `1,299.50`), integers without a fraction.
enum CellFormat: Equatable, Sendable {
    case number
    case date
    case time(seconds: Bool)
    case dateTime(seconds: Bool)
    case percent(decimals: Int)

    /// The format of built-in number format `id` (ECMA-376 §18.8.30, with the CJK date formats 27–36 and 50–58).
    static func builtIn(_ id: Int) -> CellFormat {
        switch id {
        case 9: .percent(decimals: 0)
        case 10: .percent(decimals: 2)
        case 14...17, 27...31, 34...36, 50...58: .date
        case 18, 20, 32: .time(seconds: false)
        case 19, 21, 33, 45...47: .time(seconds: true)
        case 22: .dateTime(seconds: false)
        default: .number
        }
    }

    /// The format a custom format code shows: quoted text, escaped characters, colours and conditions are ignored;
    /// `y`, `d` (or `m` beside them) mean a date, `h`, `s` and elapsed `[h]` a time.
    static func custom(_ code: String) -> CellFormat {
        // Only the first section (positive numbers) decides.
        var letters: [UInt8] = []
        var bytes = Array(code.utf8).makeIterator()
        var percentZeros = -1
        var afterPoint = false
        var sawPercent = false
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: ";"):
                break
            case UInt8(ascii: "\""):
                while let quoted = bytes.next(), quoted != UInt8(ascii: "\"") {}
                continue
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                _ = bytes.next()
                continue
            case UInt8(ascii: "["):
                var inside: [UInt8] = []
                while let bracketed = bytes.next(), bracketed != UInt8(ascii: "]") { inside.append(bracketed | 0x20) }
                if let first = inside.first, inside.allSatisfy({ $0 == first }),
                    first == UInt8(ascii: "h") || first == UInt8(ascii: "m") || first == UInt8(ascii: "s")
                {
                    letters.append(UInt8(ascii: "h"))
                }
                continue
            case UInt8(ascii: "%"):
                sawPercent = true
                continue
            case UInt8(ascii: "."):
                afterPoint = true
                percentZeros = 0
                continue
            case UInt8(ascii: "0"), UInt8(ascii: "#"):
                if afterPoint { percentZeros += 1 }
                continue
            default:
                letters.append(byte | 0x20)
                continue
            }
            break
        }
        let has = { (letter: Character) in letters.contains(letter.asciiValue!) }
        let isTime = has("h") || has("s")
        let isDate = has("y") || has("d") || has("m") && !isTime
        if isDate && isTime { return .dateTime(seconds: has("s")) }
        if isDate { return .date }
        if isTime { return .time(seconds: has("s")) }
        if sawPercent { return .percent(decimals: max(0, percentZeros)) }
        return .number
    }
}

/// Renders the `<v>` text of a numeric cell as `CellFormat` says.
enum CellNumber {
    /// Appends the cell's text for raw value `raw` (the bytes of `<v>`) to `out`.
    static func render(_ raw: UnsafeBufferPointer<UInt8>, format: CellFormat, date1904: Bool, into out: inout [UInt8]) {
        if case .number = format, isPlainInteger(raw) {
            out.append(contentsOf: raw)
            return
        }
        guard let value = Double(Substring(XMLBytes.string(raw))), value.isFinite else {
            out.append(contentsOf: raw)
            return
        }
        switch format {
        case .number:
            appendNumber(value, to: &out)
        case .percent(let decimals):
            let scaled = value * 100
            let factor = pow10(decimals)
            appendNumber((scaled * factor).rounded() / factor, to: &out)
            out.append(UInt8(ascii: "%"))
        case .date, .time, .dateTime:
            guard let text = dateText(value, format: format, date1904: date1904) else {
                appendNumber(value, to: &out)
                return
            }
            out.append(contentsOf: text.utf8)
        }
    }

    private static func pow10(_ power: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(power, 15) { result *= 10 }
        return result
    }

    /// `-?digits` of at most 15 digits.
    private static func isPlainInteger(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !raw.isEmpty, raw.count <= 16 else { return false }
        let start = raw[0] == UInt8(ascii: "-") ? 1 : 0
        guard start < raw.count else { return false }
        for index in start..<raw.count where raw[index] < 0x30 || raw[index] > 0x39 { return false }
        return true
    }

    /// The shortest decimal text that reads back as `value`; integers below 10^15 without a fraction or exponent.
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        if value == value.rounded(), abs(value) < 1e15 {
            out.append(contentsOf: String(Int64(value)).utf8)
            return
        }
        var text = "\(value)"
        if text.contains("e") {
            // Small magnitudes in plain form (0.00001234), as a sheet shows them.
            if abs(value) < 1, abs(value) >= 1e-9 {
                text = plainFraction(value)
            }
        }
        out.append(contentsOf: text.utf8)
    }

    private static func plainFraction(_ value: Double) -> String {
        var digits = 9
        var text = ""
        while digits <= 17 {
            let factor = pow10(min(digits, 15)) * (digits > 15 ? pow10(digits - 15) : 1)
            let scaled = (abs(value) * factor).rounded()
            if scaled / factor == abs(value) || digits == 17 {
                var fraction = String(Int64(scaled))
                while fraction.count < digits { fraction = "0" + fraction }
                while fraction.hasSuffix("0") { fraction.removeLast() }
                text = (value < 0 ? "-" : "") + "0." + fraction
                break
            }
            digits += 1
        }
        return text
    }

    /// The ISO text of serial date `value`, or `nil` when it is outside the years 1900–9999.
    static func dateText(_ value: Double, format: CellFormat, date1904: Bool) -> String? {
        guard value >= 0, value < 2_958_466 else { return nil }
        var days = Int(value.rounded(.down))
        var seconds = Int(((value - Double(days)) * 86400).rounded())
        if seconds >= 86400 {
            days += 1
            seconds -= 86400
        }
        var showSeconds = true
        switch format {
        case .time(let withSeconds), .dateTime(let withSeconds): showSeconds = withSeconds || seconds % 60 != 0
        default: break
        }
        let clock = format2(seconds / 3600) + ":" + format2(seconds / 60 % 60)
            + (showSeconds ? ":" + format2(seconds % 60) : "")
        if case .time = format { return clock }
        let date: (Int, Int, Int)
        if date1904 {
            date = civil(fromDays: days + daysFrom1970(1904, 1, 1))
        } else if days == 60 {
            date = (1900, 2, 29)  // Lotus 1-2-3's day that never was, kept by Excel
        } else {
            let epoch = days < 60 ? daysFrom1970(1899, 12, 31) : daysFrom1970(1899, 12, 30)
            date = civil(fromDays: days + epoch)
        }
        let day = "\(date.0)-" + format2(date.1) + "-" + format2(date.2)
        if case .date = format { return day }
        return day + " " + clock
    }

    private static func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Days from 1970-01-01 to the given civil date (Howard Hinnant's algorithm).
    static func daysFrom1970(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The civil date `days` after 1970-01-01.
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
