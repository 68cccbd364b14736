/// How one rule family did against the labels.
public struct FamilyScore: Sendable, Equatable {
    /// The family (`size`, `colour`, …).
    public let family: String
    /// Flagged and expected.
    public var truePositives: [String] = []
    /// Flagged but not expected.
    public var falsePositives: [String] = []
    /// Expected but not flagged.
    public var falseNegatives: [String] = []
    /// Neither flagged nor expected.
    public var trueNegatives = 0

    public init(family: String) {
        self.family = family
    }

    /// Share of flagged listings that were expected; `nil` when nothing was flagged.
    public var precision: Double? {
        let flagged = truePositives.count + falsePositives.count
        return flagged == 0 ? nil : Double(truePositives.count) / Double(flagged)
    }

    /// Share of expected listings that were flagged; `nil` when nothing was expected.
    public var recall: Double? {
        let expected = truePositives.count + falseNegatives.count
        return expected == 0 ? nil : Double(truePositives.count) / Double(expected)
    }
}

/// The result of running the rules over a labelled set.
public struct EvaluationReport: Sendable {
    /// One score per labelled family, in label order.
    public let scores: [FamilyScore]
    /// Listings that were labelled.
    public let listingCount: Int
    /// Listing id → the ids of the rules that fired, for explaining disagreements.
    public let firedRules: [String: [String]]

    /// The table: family, TP, FP, FN, TN, precision, recall, in English.
    public var table: String { table(.en) }

    /// The table: family, TP, FP, FN, TN, precision, recall, in `language`.
    public func table(_ language: Language) -> String {
        let english = "family        TP  FP  FN  TN  precision  recall"
        var lines = [language == .zh ? "规则族        TP  FP  FN  TN     精确率  召回率" : english]
        for score in scores {
            let name = score.family.padding(toLength: 12, withPad: " ", startingAt: 0)
            let counts = [score.truePositives.count, score.falsePositives.count, score.falseNegatives.count,
                          score.trueNegatives].map { Self.pad(String($0), 4) }.joined()
            let rates = Self.pad(Self.format(score.precision), 11) + Self.pad(Self.format(score.recall), 8)
            lines.append(name + counts + rates)
        }
        lines.append(language == .zh ? "已标注商品 \(listingCount) 个" : "\(listingCount) labelled listings")
        return lines.joined(separator: "\n")
    }

    /// The listings where rules and labels disagree, with the rules that fired.
    public var disagreements: [String] {
        scores.flatMap { score in
            score.falsePositives.map { "\(score.family) false positive: \($0) [\(rules($0, score.family))]" }
                + score.falseNegatives.map { "\(score.family) missed: \($0)" }
        }
    }

    private func rules(_ id: String, _ family: String) -> String {
        (firedRules[id] ?? []).filter { $0.hasPrefix(family + ".") }.joined(separator: ", ")
    }

    private static func format(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        let rounded = (value * 100).rounded() / 100
        let text = String(rounded)
        return text.count < 4 ? text + String(repeating: "0", count: 4 - text.count) : text
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
