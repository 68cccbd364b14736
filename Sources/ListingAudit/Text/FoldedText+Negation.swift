extension FoldedText {
    /// Chinese negators, folded; the one that ends right before a phrase (allowing one space) negates it.
    private static let chineseNegators: [[UInt8]] = [
        "不含任何", "无任何", "不含有", "不存在", "不会有", "不含", "没有", "不是", "并非", "不会", "绝不", "从不",
        "不", "无", "没", "非", "零",
    ].map { Array($0.utf8) }
    /// The lowest and highest lead byte of the last character of a Chinese negator: a phrase after any other byte
    /// (nearly every English one) needs no comparison with the negators.
    private static let chineseNegatorLeads: ClosedRange<UInt8> = {
        let leads = chineseNegators.map { $0[$0.count - 3] }
        return leads.min()!...leads.max()!
    }()
    /// English negating words (the word right before the phrase, or two before with `any` / `a`).
    private static let englishNegators: [[UInt8]] = ["no", "not", "non", "without", "never", "zero", "nor"]
        .map { Array($0.utf8) }

    /// Whether a negation is written right before byte `start`: `不起球`, `无色差`, `不含聚酯纤维`, `not premium`,
    /// `no polyester`, `without cotton`, `non-toxic`, `not any`. Reads the bytes in place, with no copy.
    public func isNegated(at start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var end = start
            if end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2D { end -= 1 }
            if end >= 3, Self.chineseNegatorLeads.contains(bytes[end - 3]) {
                for negator in Self.chineseNegators where negator.count <= end {
                    if Self.equal(bytes, (end - negator.count)..<end, negator) { return true }
                }
            }
            // The two words before the phrase, the nearer first.
            var words: (Range<Int>?, Range<Int>?) = (nil, nil)
            var index = end
            for word in 0..<2 {
                while index > 0, bytes[index - 1] == 0x20 || bytes[index - 1] == 0x2D { index -= 1 }
                var from = index
                while from > 0, bytes[from - 1] &- 0x61 < 26 { from -= 1 }
                guard from < index else { break }
                if word == 0 { words.0 = from..<index } else { words.1 = from..<index }
                index = from
            }
            guard let last = words.0 else { return false }
            if Self.isEnglishNegator(bytes, last) { return true }
            if let before = words.1, Self.equal(bytes, last, Self.any) || Self.equal(bytes, last, Self.article) {
                return Self.isEnglishNegator(bytes, before)
            }
            return false
        }
    }

    private static let any = Array("any".utf8)
    private static let article = Array("a".utf8)

    /// Whether `range` of `bytes` holds one of `englishNegators`.
    private static func isEnglishNegator(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        englishNegators.contains { equal(bytes, range, $0) }
    }

    /// Whether `range` of `bytes` holds exactly `word`.
    @inline(__always)
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: [UInt8]) -> Bool {
        guard range.count == word.count else { return false }
        for offset in 0..<word.count where bytes[range.lowerBound + offset] != word[offset] { return false }
        return true
    }
}
