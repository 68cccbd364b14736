/// Scores one text (a free-text reason or a comment) clause by clause.
///
/// - Phrases count their weight.
/// - A topic word counts little alone, and much more with a problem or mismatch word in its clause
///   (`颜色` + `不一样`, `colour` + `is off`); a positive word cancels the topics of its clause (`尺码合适`).
/// - A negator cancels the next signal in its clause (`不是质量问题`, `no damage`).
/// - A mismatch without a topic (`跟图片不一样`) means not-as-described.
/// - After a contrast word (`但是`, `就是`, `but`) a clause counts 1.5×.
/// - A buyer naming what they ordered and what came instead is a fulfilment error.
struct ClauseScorer {
    /// Score and decisive words per category, indexed like `RefundCategory.allCases`.
    var scores = [Double](repeating: 0, count: RefundCategory.allCases.count)
    var evidence = [[String]](repeating: [], count: RefundCategory.allCases.count)

    static let topicBonus = 2.5
    static let mismatchWeight = 3.0
    static let fulfilmentWeight = 3.5
    static let emphasis = 1.5
    static let negationReach = 12

    private struct Signal {
        let category: RefundCategory
        let weight: Double
        let range: Range<Int>
    }

    private struct Clause {
        var phrases: [Signal] = []
        var fulfilmentSensitive: [Signal] = []
        var received = false
        var topics: [Signal] = []
        var marker: Range<Int>?
        var mismatch: Range<Int>?
        var positive = false
        var negationEnd: Int?
        var emphasised = false
    }

    /// Adds the signals of `text` to the scores.
    mutating func add(_ text: ReasonText) {
        var clause = Clause()
        var ordered: Range<Int>?
        var received: Range<Int>?
        ReasonLexicon.scan(text) { event in
            switch event {
            case .clauseBreak:
                flush(clause, text)
                clause = Clause()
            case .hit(let hit):
                let negated = clause.negationEnd.map { hit.range.lowerBound - $0 <= Self.negationReach } ?? false
                switch hit.role {
                case .phrase(let category, let weight), .subject(let category, let weight):
                    if negated {
                        clause.negationEnd = nil
                    } else if case .phrase = hit.role {
                        clause.phrases.append(Signal(category: category, weight: weight, range: hit.range))
                    } else {
                        clause.topics.append(Signal(category: category, weight: weight, range: hit.range))
                    }
                case .fulfilmentSensitive(let category, let weight):
                    if negated {
                        clause.negationEnd = nil
                    } else {
                        clause.fulfilmentSensitive.append(Signal(category: category, weight: weight, range: hit.range))
                    }
                case .mismatch: clause.mismatch = clause.mismatch ?? hit.range
                case .problem: clause.marker = clause.marker ?? hit.range
                case .positive:
                    if negated {
                        clause.marker = clause.marker ?? hit.range
                        clause.negationEnd = nil
                    } else {
                        clause.positive = true
                    }
                case .negator: clause.negationEnd = hit.range.upperBound
                case .contrast:
                    flush(clause, text)
                    clause = Clause()
                    clause.emphasised = true
                case .ordered: ordered = ordered ?? hit.range
                case .received:
                    received = received ?? hit.range
                    clause.received = true
                case .neutral: break
                }
            }
        }
        flush(clause, text)
        if let ordered, let received {
            credit(
                .wrongOrMissingItem, Self.fulfilmentWeight,
                text.string(ordered) + "…" + text.string(received))
        }
    }

    /// Adds `weight` to `category` with `word` as evidence.
    mutating func credit(_ category: RefundCategory, _ weight: Double, _ word: String) {
        let index = category.index
        scores[index] += weight
        if evidence[index].count < 4, !evidence[index].contains(word) { evidence[index].append(word) }
    }

    private mutating func flush(_ clause: Clause, _ text: ReasonText) {
        let factor = clause.emphasised ? Self.emphasis : 1
        for phrase in clause.phrases {
            credit(phrase.category, phrase.weight * factor, text.string(phrase.range))
        }
        for signal in clause.fulfilmentSensitive {
            let category = clause.received ? RefundCategory.wrongOrMissingItem : signal.category
            let weight = clause.received ? Self.fulfilmentWeight : signal.weight
            credit(category, weight * factor, text.string(signal.range))
        }
        let marker = clause.marker ?? clause.mismatch
        if clause.positive && marker == nil {
            return
        }
        for topic in clause.topics {
            if let marker {
                let words = text.string(topic.range) + "…" + text.string(marker)
                credit(topic.category, (topic.weight + Self.topicBonus) * factor, words)
            } else {
                credit(topic.category, topic.weight * factor, text.string(topic.range))
            }
        }
        if clause.topics.isEmpty, let mismatch = clause.mismatch {
            credit(.notAsDescribed, Self.mismatchWeight * factor, text.string(mismatch))
        }
    }
}

extension RefundCategory {
    /// The category's position in `allCases`, for score arrays.
    var index: Int {
        switch self {
        case .sizeFit: 0
        case .colourMismatch: 1
        case .notAsDescribed: 2
        case .qualityDefect: 3
        case .damagedInTransit: 4
        case .wrongOrMissingItem: 5
        case .changedMind: 6
        case .deliveryProblem: 7
        case .other: 8
        }
    }
}
