import Testing

@testable import ListingAudit

/// `LineDigits` keeps a line number's digits from row to row and adds one to them for the next line; its digits
/// must be the number's as `String` writes them, whether it got there by adding one or by a jump.
@Suite struct LineDigitsTests {
    private func text(_ digits: LineDigits) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: LineDigits.writtenBytes) { room in
            let count = digits.write(to: room.baseAddress!)
            return String(decoding: UnsafeBufferPointer(rebasing: room[..<count]), as: UTF8.self)
        }
    }

    @Test func consecutiveLinesAddOneAcrossEveryCarry() {
        var digits = LineDigits()
        // From the first line through the carries into a fifth digit, each digit rolled over by adding one.
        for line in 0...12_000 {
            digits.set(line)
            #expect(text(digits) == String(line), "\(line)")
        }
        // Long runs of nines roll over into a new first digit.
        for start in [999_999 - 2, 9_999_999_999 - 1, 999_999_999_999_999_999 - 1] {
            for line in start...(start + 3) {
                digits.set(line)
                #expect(text(digits) == String(line), "\(line)")
            }
        }
    }

    @Test func jumpsAndRepeatsWriteTheNumber() {
        var digits = LineDigits()
        var random = SeededGenerator(seed: 0x11E5)
        for _ in 0..<2_000 {
            let line = random.below(3) == 0 ? Int.max - random.below(9) : random.below(1_000_000)
            digits.set(line)
            #expect(text(digits) == String(line))
            // The same line again (a row that repeats its line), then the next.
            digits.set(line)
            #expect(text(digits) == String(line))
            if line < Int.max {
                digits.set(line + 1)
                #expect(text(digits) == String(line + 1))
            }
        }
        // A shorter number after a longer one leaves none of the longer one's digits.
        digits.set(123_456)
        digits.set(7)
        #expect(text(digits) == "7")
    }
}
