extension FoldedText {
    /// Chinese negators, folded; the one that ends right before a phrase (allowing one space) negates it.
    private static let chineseNegators: [[UInt8]] = [
        "不含任何", "无任何", "不含有", "不存在", "不会有", "不含", "没有", "不是", "并非", "不会", "绝不", "从不",
        "不", "无", "没", "非", "零",
    ].map { Array($0.utf8) }
    /// English negating words (the word right before the phrase, or two before with `any` / `a`).
    private static let englishNegators: Set<[UInt8]> = Set(
        ["no", "not", "non", "without", "never", "zero", "nor"].map { Array($0.utf8) })

    /// Whether a negation is written right before byte `start`: `不起球`, `无色差`, `不含聚酯纤维`, `not premium`,
    /// `no polyester`, `without cotton`, `non-toxic`, `not any`.
    public func isNegated(at start: Int) -> Bool {
        var end = start
        if end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2D { end -= 1 }
        for negator in Self.chineseNegators where negator.count <= end {
            if bytes[(end - negator.count)..<end].elementsEqual(negator) { return true }
        }
        var words: [ArraySlice<UInt8>] = []
        var index = end
        while words.count < 2 {
            while index > 0, bytes[index - 1] == 0x20 || bytes[index - 1] == 0x2D { index -= 1 }
            var from = index
            while from > 0, bytes[from - 1] &- 0x61 < 26 { from -= 1 }
            guard from < index else { break }
            words.append(bytes[from..<index])
            index = from
        }
        guard let last = words.first else { return false }
        if Self.englishNegators.contains(Array(last)) { return true }
        if last.elementsEqual("any".utf8) || last.elementsEqual("a".utf8), words.count > 1 {
            return Self.englishNegators.contains(Array(words[1]))
        }
        return false
    }
}
