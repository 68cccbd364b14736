/// The result of running the rules over real listings labelled by pointer: per half, a score per family, and the
/// listings where rules and labels disagree.
public struct RealEvaluationReport: Sendable {
    /// One listing and family where the rules and the label disagree.
    public struct Disagreement: Sendable, Equatable {
        public let file: String
        public let listingID: String
        public let half: RealListingLabels.Half
        public let family: String
        /// The label: whether a reviewer expects the family to flag the listing.
        public let expected: Bool
        /// The family's rules that fired on the listing (empty when the family did not flag it).
        public let rules: [String]

        /// `dev  FILE  ID  family: expected 1, got 0 [rules]`, in `language`.
        public func line(_ language: Language) -> String {
            let (want, got) = (expected ? "1" : "0", expected ? "0" : "1")
            let fired = rules.isEmpty ? "" : " [\(rules.joined(separator: ", "))]"
            return language == .zh
                ? "\(half.name(.zh))  \(file)  \(listingID)  \(family)：标注 \(want)，规则 \(got)\(fired)"
                : "\(half.name(.en))  \(file)  \(listingID)  \(family): expected \(want), got \(got)\(fired)"
        }
    }

    /// The scores of each half that has labels, `dev` first; the ids in them are `file#listing_id`.
    public let halves: [(half: RealListingLabels.Half, report: EvaluationReport)]
    /// Every disagreement, in label order.
    public let disagreements: [Disagreement]

    init(labels: RealListingLabels, fired: [String: [String: [String]]]) {
        var halves: [(half: RealListingLabels.Half, report: EvaluationReport)] = []
        var disagreements: [Disagreement] = []
        for half in RealListingLabels.Half.allCases {
            let entries = labels.entries.filter { $0.half == half }
            guard !entries.isEmpty else { continue }
            var scores = labels.families.map(FamilyScore.init)
            var firedRules: [String: [String]] = [:]
            for entry in entries {
                let key = entry.file + "#" + entry.listingID
                let rules = fired[entry.file]?[entry.listingID] ?? []
                firedRules[key] = rules
                for index in scores.indices {
                    let family = scores[index].family
                    guard let expected = entry.expected[family] else { continue }
                    let familyRules = rules.filter { $0.hasPrefix(family + ".") }
                    switch (!familyRules.isEmpty, expected) {
                    case (true, true): scores[index].truePositives.append(key)
                    case (true, false): scores[index].falsePositives.append(key)
                    case (false, true): scores[index].falseNegatives.append(key)
                    case (false, false): scores[index].trueNegatives += 1
                    }
                    if familyRules.isEmpty == expected {
                        disagreements.append(
                            Disagreement(
                                file: entry.file, listingID: entry.listingID, half: half, family: family,
                                expected: expected, rules: familyRules))
                    }
                }
            }
            halves.append((half, EvaluationReport(scores: scores, listingCount: entries.count, firedRules: firedRules)))
        }
        self.halves = halves
        self.disagreements = disagreements
    }

    /// The score of `family` on `half`, if that half is labelled for it.
    public func score(_ family: String, on half: RealListingLabels.Half) -> FamilyScore? {
        halves.first { $0.half == half }?.report.scores.first { $0.family == family }
    }

    /// One table per half in `only` (every half when `nil`), each under its name, in `language`.
    public func table(_ language: Language, only: RealListingLabels.Half? = nil) -> String {
        halves.filter { only == nil || $0.half == only }.map { half, report in
            let title = half.name(language)
            return (language == .zh ? "\(title)：" : "\(title) half:") + "\n" + report.table(language)
        }.joined(separator: "\n\n")
    }
}

extension RealListingLabels.Half {
    /// `dev` / `test`, or 开发集 / 测试集.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.dev, .zh): "开发集"
        case (.test, .zh): "测试集"
        default: rawValue
        }
    }
}
