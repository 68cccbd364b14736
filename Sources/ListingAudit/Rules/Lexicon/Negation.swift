/// Recognises a negation written right before a term: `不起球`, `无色差`, `不含聚酯纤维`, `not premium`,
/// `no polyester`, `without cotton`, `non-toxic`.
enum Negation {
    /// Chinese negators, folded; the longest that ends right before the term (allowing one space) counts.
    private static let chinese: [[Unicode.Scalar]] = [
        "不含任何", "无任何", "不含有", "不存在", "不会有", "不含", "没有", "不是", "并非", "不会", "绝不", "从不",
        "不", "无", "没", "非", "零",
    ].map { Array($0.unicodeScalars) }
    /// English negating words (the word right before the term, or two before with `any` / `a`).
    private static let english: Set<String> = ["no", "not", "non", "without", "never", "zero", "nor"]

    /// Whether a negation ends right before scalar offset `start`.
    static func precedes(_ start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var end = start
        if end > 0, scalars[end - 1] == " " || scalars[end - 1] == "-" { end -= 1 }
        for negator in chinese where negator.count <= end {
            let from = end - negator.count
            if Array(scalars[from..<end]) == negator { return true }
        }
        var words: [String] = []
        var index = end
        while words.count < 2 {
            while index > 0, scalars[index - 1] == " " || scalars[index - 1] == "-" { index -= 1 }
            var from = index
            while from > 0, scalars[from - 1].isASCIILetter { from -= 1 }
            guard from < index else { break }
            words.append(TermList.string(Array(scalars[from..<index])))
            index = from
        }
        guard let last = words.first else { return false }
        if english.contains(last) { return true }
        if last == "any" || last == "a", words.count > 1 { return english.contains(words[1]) }
        return false
    }
}
