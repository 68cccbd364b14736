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

    private func span(around range: Range<Int>, clauses: Bool) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, boundaryLength(endingAt: start, clauses: clauses) == 0 { start -= 1 }
        var end = range.upperBound
        while end < bytes.count, !isBoundary(startingAt: end, clauses: clauses) { end += 1 }
        return start..<end
    }

    /// Whether a sentence (or clause) end starts at byte `index`. Full-width punctuation is folded to ASCII; `。`
    /// (`E3 80 82`) and `、` (`E3 80 81`) are the ends left outside ASCII.
    private func isBoundary(startingAt index: Int, clauses: Bool) -> Bool {
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

    /// The byte length of the sentence (or clause) end that ends right before byte `index`, or 0.
    private func boundaryLength(endingAt index: Int, clauses: Bool) -> Int {
        if isBoundary(startingAt: index - 1, clauses: clauses) { return 1 }
        if index >= 3, bytes[index - 3] == 0xE3, isBoundary(startingAt: index - 3, clauses: clauses) { return 3 }
        return 0
    }
}
