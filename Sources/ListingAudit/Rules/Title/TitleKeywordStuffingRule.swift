/// The title repeats a word to game search: `连衣裙女 连衣裙 夏季连衣裙 碎花连衣裙`, `Dress Women Dress Summer Dress`.
struct TitleKeywordStuffingRule: ListingRule {
    static let description = RuleDescription(
        id: "title.keyword_stuffing",
        severity: .warning,
        title: LocalizedText(zh: "标题堆砌关键词", en: "Keyword stuffing in the title"),
        rationale: LocalizedText(
            zh: "重复堆砌的词挤掉了真正的属性信息，买家看不出商品是什么规格；平台也会把堆砌标题降权。",
            en: "Repeated keywords crowd out the attributes that tell buyers what they get; Amazon suppresses "
                + "titles that repeat a word more than twice and other platforms demote them."),
        fix: LocalizedText(
            zh: "每个词只写一次，把省下的位置留给材质、尺寸、颜色等属性。",
            en: "Use each word once and spend the space on material, size and colour."),
        linkedCategories: [.notAsDescribed, .wrongOrMissingItem],
        readsWords: true,
        triggeringExamples: [
            RuleExample(title: "连衣裙女夏 连衣裙 碎花连衣裙 长款连衣裙"),
            RuleExample(title: "Dress Women Summer Dress Floral Dress Long Dress"),
        ],
        nonTriggeringExamples: [
            // Another language's little words (`de`) repeat in any title of that language.
            RuleExample(title: "Lote de 6 bodies de bebé de manga larga de algodón orgánico"),
            RuleExample(title: "碎花连衣裙女夏 长款 雪纺"),
            RuleExample(title: "Floral Summer Dress for Women, Long, Chiffon"),
            RuleExample(title: "Set of 3 Glass Jars with Lids, 3 Sizes, 3 Colours"),
            // Compatible model codes and the sizes of a set's items are tokens of their own, not repeated words.
            RuleExample(title: "Battery for Acme UX481F, UX481FA, UX481FL, UX481FN"),
            RuleExample(title: "Gift Set: Cleanser 125 ml + Toner 150 ml + Lotion 75 ml"),
            RuleExample(title: "爱可美 护肤三件套（洁面125ml+爽肤水150ml+乳液75ml）"),
            RuleExample(title: "适用 Acme UX481F UX481FA UX481FL 笔记本电池"),
        ])

    /// English words that may repeat freely.
    static let stopWords: Set<String> = [
        "and", "for", "the", "with", "of", "to", "in", "on", "a", "an", "or", "by", "at", "from", "&",
    ]

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let limit = facts.settings.maximumTitleWordRepeats
        guard facts.titleTraits.mostRepeats > limit,
            let (word, count) = mostRepeated(in: facts.title.folded, limit: limit), count > limit
        else { return nil }
        return finding(facts, at: .title, message: .stuffing(word, count: count), evidence: "\(word) × \(count)")
    }

    /// The word (English, see `TokenState`) or 2–4 character run (Chinese) that repeats most, longest first on ties.
    /// Chinese runs are only counted when some pair of characters repeats more than `limit` times (every longer run
    /// that does starts with such a pair), which keeps ordinary titles free of substring bookkeeping.
    private func mostRepeated(in title: FoldedText, limit: Int) -> (String, Int)? {
        var counts: [String: Int] = [:]
        var word = String.UnicodeScalarView()
        var runs: [[Unicode.Scalar]] = [[]]
        var scalars: [Unicode.Scalar] = []
        var index = 0
        while index < title.count {
            let (value, width) = title.scalar(at: index)
            scalars.append(Unicode.Scalar(value) ?? " ")
            index += width
        }
        var token = TokenState()
        for scalar in scalars + [" "] {
            if token.extend(with: scalar.value) {
                word.append(scalar)
                continue
            }
            if !word.isEmpty, token.end(letters: word.count), !Self.stopWords.contains(String(word)) {
                counts[String(word), default: 0] += 1
            }
            word = String.UnicodeScalarView()
            token.separate(by: scalar.value)
            if scalar.isCJK {
                runs[runs.count - 1].append(scalar)
            } else if runs.last?.isEmpty == false {
                runs.append([])
            }
        }
        guard Self.hasRepeatedBigram(in: runs, moreThan: limit) else { return best(counts) }
        for length in 2...4 {
            var seen: [String: Int] = [:]
            for run in runs where run.count >= length {
                for start in 0...(run.count - length) {
                    var key = String.UnicodeScalarView()
                    key.append(contentsOf: run[start..<(start + length)])
                    seen[String(key), default: 0] += 1
                }
            }
            counts.merge(seen) { $1 }
        }
        return best(counts)
    }

    /// The most repeated key, longest first on ties, then alphabetical.
    private func best(_ counts: [String: Int]) -> (String, Int)? {
        counts.max { lhs, rhs in
            lhs.value != rhs.value ? lhs.value < rhs.value
                : lhs.key.unicodeScalars.count != rhs.key.unicodeScalars.count
                    ? lhs.key.unicodeScalars.count < rhs.key.unicodeScalars.count : lhs.key > rhs.key
        }.map { ($0.key, $0.value) }
    }
}

extension TitleKeywordStuffingRule {
    /// The stop words' bytes, up to eight packed in one number, the first byte highest (the bytes of a word are
    /// never 0, so words of different lengths differ): the title's tally leaves them out of its word keys.
    static let stopWordKeys: [UInt64] = stopWords.map { word in
        word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Whether two adjacent Chinese characters occur together more than `limit` times.
    fileprivate static func hasRepeatedBigram(in runs: [[Unicode.Scalar]], moreThan limit: Int) -> Bool {
        var counts: [UInt64: Int] = [:]
        for run in runs where run.count >= 2 {
            for index in 1..<run.count {
                let key = UInt64(run[index - 1].value) << 32 | UInt64(run[index].value)
                counts[key, default: 0] += 1
                if counts[key, default: 0] > limit { return true }
            }
        }
        return false
    }
}

/// Splits a title into word tokens, one scalar at a time. A token is a whole run of letters and digits, so a model
/// code (`UX481FA`, `dv6`) or a measure (`125ml`) is one token, never its letter prefix `ux` or unit `ml`. Tokens
/// with a digit are codes, numbers and measures, and a word just after a number (`125 ml`, only spaces between
/// them) is its unit: neither counts as a repeated word, since a title lists compatible models and the sizes of a
/// set's items by right.
struct TokenState {
    private var hasDigit = false
    private var hasLetter = false
    private var afterNumber = false

    /// Adds `value` to the token when it is a letter or digit; `false` when it ends the token.
    @inline(__always)
    mutating func extend(with value: UInt32) -> Bool {
        if TextFold.isDigit(value) {
            hasDigit = true
            return true
        }
        guard TextFold.isWordLetter(value) else { return false }
        hasLetter = true
        return true
    }

    /// Adds an ASCII letter or digit, told by the caller (`extend(with:)` of a scalar known to be one).
    @inline(__always)
    mutating func extend(asciiDigit: Bool) {
        if asciiDigit { hasDigit = true } else { hasLetter = true }
    }

    /// Ends a token of `letters` scalars: whether it is a word that counts (two scalars or more, no digit, not the
    /// unit of a number).
    mutating func end(letters: Int) -> Bool {
        defer {
            hasDigit = false
            hasLetter = false
        }
        if hasDigit {
            afterNumber = !hasLetter
            return false
        }
        let unit = afterNumber
        afterNumber = false
        return letters >= 2 && !unit
    }

    /// Notes a separator between tokens: anything but a space parts a number from the word after it.
    mutating func separate(by value: UInt32) {
        if value != 0x20 { afterNumber = false }
    }
}

extension FindingMessage {
    fileprivate static func stuffing(_ word: String, count: Int) -> FindingMessage {
        FindingMessage(.stuffing, count, words: [word])
    }

    /// `stuffing`'s text.
    static func stuffingText(_ message: FindingMessage, _ language: Language) -> String {
        let (word, count) = (message.words[0], message.first)
        return switch language {
        case .zh: "标题中“\(word)”重复了 \(count) 次"
        case .en: "The title repeats \"\(word)\" \(count) times"
        }
    }
}
