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
            RuleExample(title: "Paquete de 10 bodies de algodón orgánico de manga corta de bebé"),
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
    private static let stopWords: Set<String> = [
        "and", "for", "the", "with", "of", "to", "in", "on", "a", "an", "or", "by", "at", "from", "&",
    ]

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let limit = facts.settings.maximumTitleWordRepeats
        guard Self.mayRepeat(facts.title.folded.bytes, moreThan: limit),
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
    /// The stop words' bytes, packed as `packed(_:)` packs a word.
    private static let stopWordKeys: [UInt64] = stopWords.map { word in
        var word = word
        return word.withUTF8 { packed($0[...]) }
    }

    /// Whether some word (see `TokenState`; not a stop word) or some pair of adjacent Chinese characters occurs more
    /// than `limit` times in the folded title: a byte-level test that clears ordinary titles before any counting (a
    /// longer repeated run always starts with such a pair). Words are compared by a hash of their bytes: two words
    /// that only share a hash make the test pass, which costs `mostRepeated`'s count, never a finding.
    static func mayRepeat(_ bytes: [UInt8], moreThan limit: Int) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            // Room for every word (two bytes or more, and a separator) and every pair of Chinese characters (three
            // bytes each) the title holds, on the stack for a title: no array is made and freed per title.
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: buffer.count / 2 + 1) { words in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: buffer.count / 3 + 1) { pairs in
                    let (wordCount, pairCount) = keys(of: buffer, words: words, pairs: pairs)
                    return repeats(words, count: wordCount, moreThan: limit)
                        || repeats(pairs, count: pairCount, moreThan: limit)
                }
            }
        }
    }

    /// Writes the hash of each word of `title` that counts to `words` and each pair of adjacent Chinese characters
    /// (both scalars in one number) to `pairs`, in one pass over the bytes; how many of each.
    private static func keys(
        of title: UnsafeBufferPointer<UInt8>, words: UnsafeMutableBufferPointer<UInt64>,
        pairs: UnsafeMutableBufferPointer<UInt64>
    ) -> (words: Int, pairs: Int) {
        let stopWords = stopWordKeys
        var (wordCount, pairCount) = (0, 0)
        // Where the word being read starts; -1 between words.
        var wordStart = -1
        var token = TokenState()
        // The Chinese character before, 0 when the scalar before was none (no Chinese character is 0).
        var previousCJK: UInt32 = 0
        var index = 0
        while index <= title.count {
            // An ASCII byte is its scalar; past the end, a space ends the last word.
            var (value, width) = (UInt32(0x20), 1)
            if index < title.count {
                value = UInt32(title[index])
                if value >= 0x80 { (value, width) = UTF8Scalars.decode(title, at: index) }
            }
            // A Chinese character is no word letter (`TextFold.isWordLetter` leaves out the scripts written without
            // spaces): it is told first, and only from U+3400 on.
            let isCJK = value >= 0x3400 && TextFold.isCJK(value)
            if !isCJK, token.extend(with: value) {
                if wordStart < 0 { wordStart = index }
            } else {
                if wordStart >= 0 {
                    let word = title[wordStart..<index]
                    if token.end(letters: word.count), word.count > 8 || !stopWords.contains(packed(word)) {
                        words[wordCount] = hash(word)
                        wordCount += 1
                    }
                    wordStart = -1
                }
                token.separate(by: value)
            }
            if isCJK {
                if previousCJK != 0 {
                    pairs[pairCount] = UInt64(previousCJK) << 32 | UInt64(value)
                    pairCount += 1
                }
                previousCJK = value
            } else {
                previousCJK = 0
            }
            index += width
        }
        return (wordCount, pairCount)
    }

    /// Whether some key occurs more than `limit` times among `keys`.
    private static func repeats(_ keys: UnsafeMutableBufferPointer<UInt64>, count: Int, moreThan limit: Int) -> Bool {
        guard count > limit, let keys = keys.baseAddress else { return false }
        for position in 0..<count {
            let key = keys[position]
            var repeats = 1
            for other in (position + 1)..<count where keys[other] == key { repeats += 1 }
            if repeats > limit { return true }
        }
        return false
    }

    /// Up to eight bytes as one number, the first byte highest (the bytes of a word are never 0, so words of
    /// different lengths differ).
    private static func packed(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> UInt64 {
        word.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// FNV-1a of a word's bytes.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> UInt64 {
        word.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
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
private struct TokenState {
    private var hasDigit = false
    private var hasLetter = false
    private var afterNumber = false

    /// Adds `value` to the token when it is a letter or digit; `false` when it ends the token.
    mutating func extend(with value: UInt32) -> Bool {
        if TextFold.isDigit(value) {
            hasDigit = true
            return true
        }
        guard TextFold.isWordLetter(value) else { return false }
        hasLetter = true
        return true
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
