extension FoldedText {
    /// The sentence holding `range`: bounded by `。！？!?;；`, line breaks, or `.` followed by a space.
    public func sentence(around range: Range<Int>) -> Range<Int> {
        span(around: range, clauses: false)
    }

    /// The clause holding `range`: a sentence further cut at commas, `、`, `|` and `/`.
    public func clause(around range: Range<Int>) -> Range<Int> {
        span(around: range, clauses: true)
    }

    /// Whether `range` holds an ASCII digit.
    public func containsDigit(in range: Range<Int>) -> Bool {
        bytes[range].contains { $0 &- 0x30 < 10 }
    }

    /// Whether the sentence holding `range` holds an ASCII digit: `containsDigit(in: sentence(around: range))`,
    /// read outward from `range` and stopped at the first digit, with no pass over the sentence once its bounds are
    /// found.
    public func sentenceContainsDigit(around range: Range<Int>) -> Bool {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "a range outside the text")
        return bytes.withUnsafeBufferPointer { bytes in
            func isDigit(_ index: Int) -> Bool { bytes[index] &- 0x30 < 10 }
            for index in range where isDigit(index) { return true }
            var start = range.lowerBound
            while start > 0, Self.boundaryLength(in: bytes, endingAt: start, clauses: false) == 0 {
                start -= 1
                if isDigit(start) { return true }
            }
            var end = range.upperBound
            while end < bytes.count, !Self.isBoundary(in: bytes, startingAt: end, clauses: false) {
                if isDigit(end) { return true }
                end += 1
            }
            return false
        }
    }

    /// The sentence (or clause) holding `range`, its ends found in the bytes read through one buffer: no bounds
    /// check of the array a byte (`range` is checked to lie in the text first).
    private func span(around range: Range<Int>, clauses: Bool) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "a range outside the text")
        return bytes.withUnsafeBufferPointer { bytes in
            var start = range.lowerBound
            while start > 0, Self.boundaryLength(in: bytes, endingAt: start, clauses: clauses) == 0 { start -= 1 }
            var end = range.upperBound
            while end < bytes.count, !Self.isBoundary(in: bytes, startingAt: end, clauses: clauses) { end += 1 }
            return start..<end
        }
    }

    /// Whether a sentence (or clause) end starts at byte `index` (below `bytes.count`). Full-width punctuation is
    /// folded to ASCII; `。` (`E3 80 82`) and `、` (`E3 80 81`) are the ends left outside ASCII.
    @inline(__always)
    private static func isBoundary(
        in bytes: UnsafeBufferPointer<UInt8>, startingAt index: Int, clauses: Bool
    ) -> Bool {
        switch bytes[index] {
        case 0x21, 0x3F, 0x3B, 0x0A, 0x0D: return true  // ! ? ; LF CR
        case 0x2E: return index + 1 < bytes.count && bytes[index + 1] == 0x20
        case 0x2C, 0x7C, 0x2F: return clauses  // , | /
        case 0xE3:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return false }
            return bytes[index + 2] == 0x82 || clauses && bytes[index + 2] == 0x81
        default: return false
        }
    }

    /// The byte length of the sentence (or clause) end right before byte `index` (1 to `bytes.count`), or 0.
    @inline(__always)
    private static func boundaryLength(
        in bytes: UnsafeBufferPointer<UInt8>, endingAt index: Int, clauses: Bool
    ) -> Int {
        if isBoundary(in: bytes, startingAt: index - 1, clauses: clauses) { return 1 }
        if index >= 3, bytes[index - 3] == 0xE3, isBoundary(in: bytes, startingAt: index - 3, clauses: clauses) {
            return 3
        }
        return 0
    }
}
