/// What the title rules and the shop's product stems read of a title, found in one pass as the title is folded
/// (`TitleTally`): no rule reads the title again to count its words, capitals or width.
struct TitleTraits {
    /// How often the most frequent counted word (see `TokenState`; not a stop word) or pair of adjacent Chinese
    /// characters occurs in the folded title; 0 when it has neither. Words are told by a hash of their folded
    /// scalars, so two words that share a hash count as one: a figure that may be too high, which costs
    /// `title.keyword_stuffing` its exact count, never a finding.
    let mostRepeats: Int
    /// The title's words in Latin letters as written (runs of two ASCII letters or more with no digit in the run;
    /// `TitleAllCapsRule`): how many.
    let latinWords: Int
    /// The letters of those words.
    let latinLetters: Int
    /// Whether every one of those words is in capitals (`true` when there is none).
    let latinAllUpper: Bool
    /// The title's Chinese characters as written (`TextFold.isCJK`).
    let chinese: Int
    /// The title's width (a Chinese character of U+4E00–U+9FFF counting 2) and length in characters, when every
    /// scalar is a character on its own (`SimpleText.isSimple`, or a pictograph that no scalar joins, perhaps with
    /// the emoji presentation selector after it: `✨`, `❤️`); `nil` otherwise, when only its `Character`s tell.
    let simpleMeasure: (width: Int, length: Int)?
    /// FNV-1a over the UTF-8 of the title stem (`ShopKeys.titleStem`).
    let stemHash: UInt64
    /// Whether every scalar of the stem is ASCII or a unified Chinese character (no decomposition, composes with
    /// nothing), so `stemHash` is the stem's key (`ShopKeys.stemKey`).
    let stemIsComposed: Bool

    /// `title` folded, and its traits, in one pass over its scalars.
    static func folded(_ title: String) -> (text: FoldedText, traits: TitleTraits) {
        withTally(room: title.utf8.count) { tally in
            let text = FoldedText(title, tally: &tally)
            return (text, tally.finish())
        }
    }

    /// Calls `body` with a tally whose room for word and pair keys, on the stack for a title, fits a title of
    /// `bytes` UTF-8 bytes: every key takes three bytes of it or more (a word two bytes and a separator, a pair a
    /// Chinese character of three). Should a title hold more keys than its room, the tally takes it to repeat a word
    /// (`mostRepeats` is `Int.max`) and the rule counts the title exactly.
    static func withTally<Result>(room bytes: Int, _ body: (inout TitleTally) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bytes / 2 + 2) { keys in
            var tally = TitleTally(keys: keys)
            return body(&tally)
        }
    }
}

/// Reads a title's traits (`TitleTraits`) scalar by scalar as `FoldedText` folds it. The word keys and Chinese pairs
/// are read from the folded scalars (a hyphen the fold turns into a space afterwards parts the same words, and no
/// word follows a number right before it), the capitals and width from the scalars as written.
struct TitleTally: ScalarTally {
    /// Where word keys are written from the start and pair keys from the end; valid during the tally's use.
    private let keys: UnsafeMutableBufferPointer<UInt64>
    private var wordCount = 0
    private var pairCount = 0
    /// Whether a key found no room (then every repeat is assumed).
    private var overflowed = false

    // The word being read: its state, byte length, hash, bytes packed (when ASCII, up to eight) and whether it has
    // a scalar that is not ASCII.
    private var token = TokenState()
    private var inWord = false
    private var wordBytes = 0
    private var wordHash: UInt64 = 0
    private var wordPacked: UInt64 = 0
    private var wordIsASCII = true
    /// The Chinese character before, 0 when the scalar before was none.
    private var previousCJK: UInt32 = 0

    // The Latin run being read (as written) and the words so far.
    private var run = 0
    private var runUpper = true
    private var runDigit = false
    private var latinWords = 0
    private var latinLetters = 0
    private var latinAllUpper = true
    private var chinese = 0

    // The simple measure: whether every scalar is simple, how many characters, how many Chinese of U+4E00–U+9FFF,
    // and `length` just after a pictograph (-1 when the scalar before was none).
    private var isSimple = true
    private var length = 0
    private var wideChinese = 0
    private var pictographEnd = -1

    // The stem: done once complete; its words and Chinese characters so far, whether in a word, a space due before
    // its next part, its hash, and whether every part is composed as it stands.
    private var stemDone = false
    private var stemWords = 0
    private var stemChinese = 0
    private var stemInWord = false
    private var stemSpaceDue = false
    private var stemHash: UInt64 = 0xCBF2_9CE4_8422_2325
    private var stemIsComposed = true

    init(keys: UnsafeMutableBufferPointer<UInt64>) {
        self.keys = keys
    }

    /// Ends the title: the traits of the scalars given.
    mutating func finish() -> TitleTraits {
        endWord()
        endRun()
        return TitleTraits(
            mostRepeats: mostRepeats, latinWords: latinWords, latinLetters: latinLetters,
            latinAllUpper: latinAllUpper, chinese: chinese,
            simpleMeasure: isSimple ? (length + wideChinese, length) : nil, stemHash: stemHash,
            stemIsComposed: stemIsComposed)
    }

    @inline(__always)
    mutating func add(ascii folded: UInt8, written: UInt8) {
        addASCII(folded: UInt32(folded), written: UInt32(written))
    }

    /// The word's eight bytes in order, by a counted loop: a `stride` loop called the library's generic step for
    /// every byte, not inlined.
    @inline(__always)
    mutating func add(asciiWord folded: UInt64, written: UInt64) {
        var shift: UInt64 = 0
        while shift < 64 {
            addASCII(
                folded: UInt32(truncatingIfNeeded: folded &>> shift) & 0xFF,
                written: UInt32(truncatingIfNeeded: written &>> shift) & 0xFF)
            shift &+= 8
        }
    }

    @inline(__always)
    mutating func add(written: UInt32, folded: UInt32) {
        // As written: no Latin letter or digit (an ASCII scalar folds to ASCII, so `written` is not ASCII).
        endRun()
        if TextFold.isCJK(written) { chinese &+= 1 }
        if SimpleText.isSimple(written) {
            length &+= 1
        } else if Self.isLonePictograph(written) {
            length &+= 1
            pictographEnd = length
        } else if written == 0xFE0F && length == pictographEnd {
            // The emoji presentation selector is part of the pictograph's character.
            pictographEnd = -1
        } else {
            isSimple = false
        }
        if written >= 0x4E00 && written <= 0x9FFF { wideChinese &+= 1 }
        // Folded.
        if folded >= 0x3400 && TextFold.isCJK(folded) {
            addChinese(folded)
            return
        }
        previousCJK = 0
        if token.extend(with: folded) {
            extendWord(folded)
        } else {
            endWord()
            token.separate(by: folded)
        }
        guard !stemDone else { return }
        if TextFold.isMeaningful(folded) { addToStem(meaningful: folded) } else { endStemWord() }
    }

    @inline(__always)
    mutating func add(ideograph value: UInt32) {
        endRun()
        chinese &+= 1
        length &+= 1
        wideChinese &+= 1
        addChinese(value)
    }

    /// Whether `value` is a pictograph (`✨`, `❤`, `🎁`, `🔥`, `👍`) of a block where no scalar joins the one
    /// before it in a character (`Grapheme_Cluster_Break` Other: the skin tones U+1F3FB–U+1F3FF are left out): a
    /// character of its own unless a scalar that joins it comes next (a presentation selector, a skin tone, a
    /// zero-width joiner), which is no simple scalar.
    @inline(__always)
    private static func isLonePictograph(_ value: UInt32) -> Bool {
        (value >= 0x2600 && value <= 0x27BF) || (value >= 0x1_F300 && value <= 0x1_F3FA)
            || (value >= 0x1_F400 && value <= 0x1_F64F) || (value >= 0x1_F680 && value <= 0x1_F6FF)
            || (value >= 0x1_F900 && value <= 0x1_F9FF)
    }

    /// An ASCII scalar: `written` for the Latin words and the measure, `folded` for the words and the stem (the same
    /// but for a capital's case). Told once as a letter, a digit or neither, for every trait.
    @inline(__always)
    private mutating func addASCII(folded: UInt32, written: UInt32) {
        length &+= 1
        previousCJK = 0
        if folded &- 0x61 < 26 {
            run &+= 1
            if written &- 0x41 >= 26 { runUpper = false }
            token.extend(asciiDigit: false)
            extendWord(folded)
            if !stemDone { addToStem(meaningful: folded) }
        } else if folded &- 0x30 < 10 {
            runDigit = true
            token.extend(asciiDigit: true)
            extendWord(folded)
            if !stemDone { addToStem(meaningful: folded) }
        } else {
            endRun()
            if written &- 0x20 >= 0x5F { isSimple = false }
            endWord()
            token.separate(by: folded)
            if !stemDone { endStemWord() }
        }
    }

    /// A Chinese character (folded, `TextFold.isCJK`): it ends a word, makes a pair with the one before, and is a
    /// part of the stem.
    @inline(__always)
    private mutating func addChinese(_ value: UInt32) {
        endWord()
        token.separate(by: value)
        if previousCJK != 0 { addKey(UInt64(previousCJK) << 32 | UInt64(value), isWord: false) }
        previousCJK = value
        guard !stemDone else { return }
        if stemSpaceDue { hashIntoStem(0x20) }
        stemSpaceDue = false
        stemChinese &+= 1
        hashIntoStem(value)
        if stemChinese == 4 { stemDone = true }
    }

    @inline(__always)
    private mutating func extendWord(_ value: UInt32) {
        if !inWord {
            inWord = true
            (wordBytes, wordHash, wordPacked, wordIsASCII) = (0, 0xCBF2_9CE4_8422_2325, 0, true)
        }
        wordBytes &+= UTF8Scalars.width(of: value)
        wordHash = (wordHash ^ UInt64(value)) &* 0x100_0000_01B3
        wordPacked = wordPacked << 8 | UInt64(value & 0xFF)
        if value >= 0x80 { wordIsASCII = false }
    }

    /// Ends the word being read, if any: its key is kept when it counts (`TokenState.end`, by its bytes) and is no
    /// stop word.
    @inline(__always)
    private mutating func endWord() {
        guard inWord else { return }
        inWord = false
        guard token.end(letters: wordBytes) else { return }
        if wordIsASCII, wordBytes <= 8, TitleKeywordStuffingRule.stopWordKeys.contains(wordPacked) { return }
        addKey(wordHash, isWord: true)
    }

    /// Keeps a word key at the front of `keys` or a pair key at the back; notes an overflow when there is no room.
    @inline(__always)
    private mutating func addKey(_ key: UInt64, isWord: Bool) {
        guard wordCount + pairCount < keys.count else {
            overflowed = true
            return
        }
        if isWord {
            keys[wordCount] = key
            wordCount += 1
        } else {
            pairCount += 1
            keys[keys.count - pairCount] = key
        }
    }

    /// Ends the Latin run being read, if any: a word when two letters or more and no digit.
    @inline(__always)
    private mutating func endRun() {
        if run >= 2, !runDigit {
            latinWords &+= 1
            latinLetters &+= run
            if !runUpper { latinAllUpper = false }
        }
        run = 0
        runUpper = true
        runDigit = false
    }

    /// A letter or digit (folded, `TextFold.isMeaningful`, no Chinese character), for the stem: a part of its
    /// first two words; the stem is complete at the third word's first.
    @inline(__always)
    private mutating func addToStem(meaningful value: UInt32) {
        if !stemInWord {
            stemWords &+= 1
            guard stemWords <= 2 else {
                stemDone = true
                return
            }
            stemInWord = true
            // A space is due only after a word, so only before a word's first scalar.
            if stemSpaceDue { hashIntoStem(0x20) }
            stemSpaceDue = false
        }
        hashIntoStem(value)
    }

    /// A scalar that is no letter, digit or Chinese character, for the stem: it ends the stem's word being read.
    @inline(__always)
    private mutating func endStemWord() {
        if stemInWord {
            stemInWord = false
            stemSpaceDue = true
        }
    }

    /// Adds the UTF-8 of `value` to the stem's hash, and whether it is composed as it stands (ASCII or a unified
    /// Chinese character, U+3400–U+4DBF or U+4E00–U+9FFF).
    @inline(__always)
    private mutating func hashIntoStem(_ value: UInt32) {
        if value < 0x80 {
            stemHash = (stemHash ^ UInt64(value)) &* 0x100_0000_01B3
            return
        }
        if !((value >= 0x3400 && value <= 0x4DBF) || (value >= 0x4E00 && value <= 0x9FFF)) { stemIsComposed = false }
        if value < 0x1_0000 && value >= 0x800 {
            // Three bytes: every Chinese character of the Basic Multilingual Plane.
            stemHash = (stemHash ^ UInt64(0xE0 | value >> 12)) &* 0x100_0000_01B3
            stemHash = (stemHash ^ UInt64(0x80 | value >> 6 & 0x3F)) &* 0x100_0000_01B3
            stemHash = (stemHash ^ UInt64(0x80 | value & 0x3F)) &* 0x100_0000_01B3
            return
        }
        // The lead byte, then each continuation byte from the highest six bits down.
        let width = UTF8Scalars.width(of: value)
        let lead: UInt32 = width == 2 ? 0xC0 | value >> 6 : width == 3 ? 0xE0 | value >> 12 : 0xF0 | value >> 18
        stemHash = (stemHash ^ UInt64(lead)) &* 0x100_0000_01B3
        for shift in stride(from: 6 * (width - 2), through: 0, by: -6) {
            stemHash = (stemHash ^ UInt64(0x80 | value >> UInt32(shift) & 0x3F)) &* 0x100_0000_01B3
        }
    }

    /// How often the most frequent word key and the most frequent pair key occur (the larger); `Int.max` after an
    /// overflow.
    private var mostRepeats: Int {
        guard !overflowed else { return Int.max }
        return max(
            Self.mostRepeats(UnsafeMutableBufferPointer(rebasing: keys[..<wordCount])),
            Self.mostRepeats(UnsafeMutableBufferPointer(rebasing: keys[(keys.count - pairCount)...])))
    }

    /// Keys up to which `mostRepeats` compares every key with the later ones; more are sorted first, so a hostile
    /// title of a million words costs n log n, not n².
    static let comparedKeys = 64

    /// How often the most frequent key of `keys` occurs; 0 when there is none. Reorders `keys` when there are more
    /// than `comparedKeys`.
    static func mostRepeats(_ keys: UnsafeMutableBufferPointer<UInt64>) -> Int {
        if keys.count > comparedKeys {
            var keys = keys
            keys.sort()
            var (most, run) = (1, 1)
            for position in keys.indices.dropFirst() {
                run = keys[position] == keys[position - 1] ? run + 1 : 1
                most = max(most, run)
            }
            return most
        }
        var most = 0
        var position = 0
        // A key with no more keys after it than `most` cannot occur more often.
        while keys.count - position > most {
            let key = keys[position]
            var repeats = 1
            for other in (position + 1)..<keys.count where keys[other] == key { repeats += 1 }
            most = max(most, repeats)
            position += 1
        }
        return most
    }
}
