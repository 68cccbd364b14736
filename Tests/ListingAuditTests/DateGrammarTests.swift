import Foundation
import Testing

@testable import ListingAudit

/// Refund and order dates read strictly: real calendar dates in the forms exports write, with an optional time and
/// zone; impossible dates and words are unreadable, never guessed.
struct DateGrammarTests {
    @Test(arguments: [
        ("2026-03-05", "2026-03-05"), ("2026/03/05", "2026-03-05"), ("2026.03.05", "2026-03-05"),
        ("2026/3/5", "2026-03-05"), ("2026.9.30", "2026-09-30"), ("2026年3月5日", "2026-03-05"),
        ("  2026-03-05 ", "2026-03-05"), ("2026/03/01 10:12:33", "2026-03-01 10:12:33"),
        ("2026-11-23 20:09", "2026-11-23 20:09"), ("2026-02-03T09:14:22+00:00", "2026-02-03T09:14:22+00:00"),
        ("2026-02-28 10:00:00 +0100", "2026-02-28 10:00:00 +0100"), ("2026-01-05 9:05:00", "2026-01-05 9:05:00"),
        ("2026-01-05T09:05:00.123Z", "2026-01-05T09:05:00.123Z"), ("2026-01-05 09:05 UTC", "2026-01-05 09:05 UTC"),
        ("2026年3月5日 10:20:30", "2026-03-05 10:20:30"), ("2026-01-05T09:05:00-05", "2026-01-05T09:05:00-05"),
        ("2024-02-29", "2024-02-29"), ("2000-02-29", "2000-02-29"),
    ])
    func readsTheFormsExportsWrite(_ written: String, _ iso: String) {
        #expect(DateGrammar.read(written) == .value(iso))
        #expect(!unreadable(written))
    }

    @Test(arguments: [
        "2025-13-45", "yesterday", "2025-02-29", "1900-02-29", "2026-04-31", "2026-00-10", "2026-01-00",
        "2026-03/05", "2026-3-5x", "20260305", "03/05/2026", "2026-03-05 25:00", "2026-03-05 10:60",
        "2026-03-05 10:00:61", "2026-03-05T", "2026-03-05 +0100", "2026-03-05 10:00 +1500", "2026-03-05 10:00 PST",
        "2026年13月1日", "2026年2月30日", "45321", "-2026-03-05", "２０２６-03-05",
    ])
    func refusesWhatIsNoRealDate(_ written: String) {
        #expect(DateGrammar.read(written) == .invalid)
        #expect(unreadable(written))
    }

    @Test func blankIsBlank() {
        #expect(DateGrammar.read("") == .blank)
        #expect(DateGrammar.read("   ") == .blank)
        #expect(!unreadable("") && !unreadable("   "))
    }

    @Test func aBareNumberIsASerialDateOnlyFromAWorkbook() {
        #expect(DateGrammar.read("46086", serials: true) == .value("2026-03-05"))
        #expect(DateGrammar.read("46086.5", serials: true) == .value("2026-03-05"))
        #expect(DateGrammar.read("46086") == .invalid)
        #expect(DateGrammar.read("0", serials: true) == .invalid)
        #expect(DateGrammar.read("99999999", serials: true) == .invalid)
        #expect(DateGrammar.read("2026-03-05", serials: true) == .value("2026-03-05"))
        #expect(!unreadable("46086.5", serials: true) && unreadable("46086") && unreadable("0", serials: true))
    }

    @Test func leapYearsFollowTheGregorianRule() {
        #expect(DateGrammar.isLeap(2024) && DateGrammar.isLeap(2000) && DateGrammar.isLeap(2400))
        #expect(!DateGrammar.isLeap(2025) && !DateGrammar.isLeap(1900) && !DateGrammar.isLeap(2100))
        #expect(DateGrammar.days(inMonth: 2, of: 2024) == 29 && DateGrammar.days(inMonth: 2, of: 2026) == 28)
        #expect(DateGrammar.days(inMonth: 4, of: 2026) == 30 && DateGrammar.days(inMonth: 12, of: 2026) == 31)
    }

    /// The 19-byte shortcut (`isReadableTimestamp`) agrees with the full grammar on timestamps with random digits
    /// (impossible months, days, hours and seconds among them) and now and then a separator or digit replaced.
    @Test func theTimestampShortcutReadsAsTheGrammarDoes() {
        var random = SeededGenerator(seed: 0xDA7E_2026)
        let replacements = Array("0123456789-:T /.xZ".utf8)
        var shortcutAnswers = 0
        for _ in 0..<20_000 {
            let template = random.below(2) == 0 ? "dddd-dd-dd dd:dd:dd" : "dddd-dd-ddTdd:dd:dd"
            var bytes = Array(template.utf8).map { byte -> UInt8 in
                guard byte == UInt8(ascii: "d") else { return byte }
                // Mostly low digits, so month, day and time are often real.
                return UInt8(ascii: "0") + UInt8(random.below(4) == 0 ? random.below(10) : random.below(3))
            }
            bytes[0] = UInt8(ascii: "0") + UInt8(random.below(3) + 1)
            if random.below(5) == 0 {
                bytes[random.below(bytes.count)] = replacements[random.below(replacements.count)]
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let invalid = DateGrammar.read(text) == .invalid
            let shortcut = bytes.withUnsafeBufferPointer { DateGrammar.isReadableTimestamp($0) }
            if let shortcut {
                shortcutAnswers += 1
                #expect(shortcut == !invalid, "\(text)")
            }
            #expect(unreadable(text) == invalid, "\(text)")
        }
        #expect(shortcutAnswers > 10_000)
    }

    /// `DateGrammar.isUnreadable` on the bytes of `text`, as the refund reader calls it.
    private func unreadable(_ text: String, serials: Bool = false) -> Bool {
        var text = text
        return text.withUTF8 { DateGrammar.isUnreadable($0, serials: serials) }
    }
}
