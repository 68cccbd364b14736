extension FoldedText {
    /// Scalars that end a sentence.
    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "!", "?", "！", "？", ";", "；", "\n", "\r"]
    /// Scalars that end a clause (a sentence's parts).
    private static let clauseEnds: Set<Unicode.Scalar> = sentenceEnds.union([",", "，", "、", "|", "/"])

    /// The sentence holding `range`: bounded by `。！？!?;；`, line breaks, or `.` followed by a space.
    public func sentence(around range: Range<Int>) -> Range<Int> {
        span(around: range, ends: Self.sentenceEnds)
    }

    /// The clause holding `range`: a sentence further cut at commas, `、`, `|` and `/`.
    public func clause(around range: Range<Int>) -> Range<Int> {
        span(around: range, ends: Self.clauseEnds)
    }

    /// Whether `range` holds an ASCII digit.
    public func containsDigit(in range: Range<Int>) -> Bool {
        folded[range].contains { $0.isASCIIDigit }
    }

    private func span(around range: Range<Int>, ends: Set<Unicode.Scalar>) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, !isBoundary(at: start - 1, ends: ends) { start -= 1 }
        var end = range.upperBound
        while end < folded.count, !isBoundary(at: end, ends: ends) { end += 1 }
        return start..<end
    }

    private func isBoundary(at index: Int, ends: Set<Unicode.Scalar>) -> Bool {
        let scalar = folded[index]
        if ends.contains(scalar) { return true }
        return scalar == "." && index + 1 < folded.count && folded[index + 1] == " "
    }
}
