extension ListingFacts {
    /// What the description amounts to, as `description.empty` and the rules that defer to it judge it.
    public enum DescriptionState: Sendable, Equatable {
        /// The export records the description's length instead of its text (`hasSummarisedText`).
        case summarised
        /// Template filler text (`lorem ipsum`), with its first filler phrase.
        case filler(String)
        /// Nothing written.
        case empty
        /// Only placeholder phrases (`详情见图`, `see photos`).
        case placeholdersOnly([String])
        /// Written content.
        case written

        /// Whether `description.empty` reports it (everything but written content and summarised text).
        public var isMissing: Bool {
            switch self {
            case .filler, .empty, .placeholdersOnly: true
            case .summarised, .written: false
            }
        }
    }

    /// The description's state, from its content and filler phrases.
    static func state(summarised: Bool, filler: String?, content: DescriptionContent) -> DescriptionState {
        if summarised { return .summarised }
        if let filler { return .filler(filler) }
        if content.hasContent { return .written }
        return content.placeholders.isEmpty ? .empty : .placeholdersOnly(content.placeholders)
    }
    /// How much the description says once placeholder phrases are set aside: its weighted length (letters and
    /// digits 1, a Chinese character 2) and the placeholder phrases it holds.
    public struct DescriptionContent: Sendable {
        /// Letters, digits and Chinese characters outside placeholder phrases, a Chinese character counting 2.
        public let weightedLength: Int
        /// The placeholder phrases (`详情见图`, `see photos`), as written, of a description without content (a
        /// description with content lists none: they are quoted only for `DescriptionState.placeholdersOnly`).
        public let placeholders: [String]

        /// Whether anything but placeholders is written.
        public var hasContent: Bool { weightedLength > 0 }
    }

    /// The content of `description`, placeholders set aside; `weightedLength` is that of the whole description
    /// (`MeaningfulScalars.weightedCount`, tallied as it was folded). The placeholders' own scalars are taken from it:
    /// only the placeholders are walked, not the whole description.
    static func content(of description: ScannedText, weightedLength: @autoclosure () -> Int) -> DescriptionContent {
        // Most descriptions have no placeholder: told by the hits' mask, with no list of them taken out and no copy
        // of the folded text (each retained its references, released at the return).
        guard description.contains(.placeholders) else {
            return DescriptionContent(weightedLength: weightedLength(), placeholders: [])
        }
        let placeholders = description.hits[ListingPhrase.placeholders.rawValue]
        var inPlaceholders = 0
        // The list's hits never overlap (longest cover): each scalar is taken once.
        for hit in placeholders {
            // Letters are counted as written (`×` folds to the letter `x`; as written it is a symbol).
            description.folded.forEachScalarAsWritten(in: hit.range) { written, _, _ in
                if TextFold.isMeaningful(written) { inPlaceholders += TextFold.isCJK(written) ? 2 : 1 }
            }
        }
        let length = weightedLength() - inPlaceholders
        let quoted = length > 0 ? [] : placeholders.map { description.folded.quote($0.range) }
        return DescriptionContent(weightedLength: length, placeholders: quoted)
    }

    /// The first template filler phrase (`lorem ipsum`) in the description, if it holds filler text.
    public var filler: String? {
        description.hits[ListingPhrase.filler.rawValue].first.map { description.folded.quote($0.range) }
    }

    /// How many facts the title's and the description's state, read as one text: measurements all, a material
    /// family, metal tone, spec, ingredient list, care instruction, construction, in-the-box list or origin once.
    /// That is each text's facts, less the description's materials and specs (keyed: quoted and folded, `specKey`
    /// of a fact and whether it is the title's) the title states too and the once-only facts (ingredient list, care,
    /// construction, in-the-box list, origin: one each per text, `FactExtractor`) both state; the facts are counted
    /// where they are, with no merged list made.
    static func mergedCount(
        title titleFacts: [StatedFact], description descriptionFacts: [StatedFact],
        specKey: (StatedFact, _ inTitle: Bool) -> String
    ) -> Int {
        guard !titleFacts.isEmpty else { return descriptionFacts.count }
        var repeated = 0
        // Specs are keyed only when both texts state some.
        var titleSpecs: [String]?
        for fact in descriptionFacts {
            switch fact.kind {
            case .measurement, .tone: continue
            case .spec:
                let keys = titleSpecs ?? titleFacts.filter { $0.kind == .spec }.map { specKey($0, true) }
                titleSpecs = keys
                if keys.contains(specKey(fact, false)) { repeated += 1 }
            case .material, .composition, .care, .construction, .contents, .origin:
                if titleFacts.contains(where: { $0.kind == fact.kind }) { repeated += 1 }
            }
        }
        return titleFacts.count + descriptionFacts.count - repeated
    }

    /// The facts that make a description informative: the description's (with the shop's spec metafields), a fabric
    /// weight left out (`180 g/m²` says how heavy the cloth is, not what it is made of or what size it is); none
    /// when the description is a keyword dump (`KeywordDump`).
    public var informativeFacts: [Fact] {
        if isKeywordDump { return [] }
        return informativeDescriptionFacts
    }

    /// The description's informative facts (`StatedFact.Kind.isInformative`), quoted.
    private var informativeDescriptionFacts: [Fact] {
        StatedFact.facts(descriptionStated.filter(\.kind.isInformative), in: description, then: specTexts[...])
    }

    /// The informative facts of a vague description, else `nil`: a written description (not empty, placeholders
    /// only, filler or summarised) that states fewer than `settings.vagueDescriptionFacts` informative facts,
    /// whatever its length. Hype and filler count for nothing, and so do materials a one-phrase description only
    /// restates from the title (`restatedMaterials`). The facts are counted first, and quoted only for a vague
    /// description.
    public var vagueDescriptionFacts: [Fact]? {
        guard case .written = descriptionState else { return nil }
        let informative = descriptionStated.count(where: \.kind.isInformative) - restatedMaterials
        // With no informative fact, whether it is a keyword dump changes nothing.
        let isDump = informative > 0 && isKeywordDump
        let count = isDump ? 0 : informative
        guard count < settings.vagueDescriptionFacts else { return nil }
        return isDump ? [] : informativeDescriptionFacts
    }

    /// How many of the description's materials only restate the title's, in a description too short to say more
    /// than its title: one phrase (no clause or sentence break, a weighted length of at most `restatementLength`)
    /// with no number in it, whose every material word is a material word of the title (or sub-title). `Wooden garden
    /// fence` under `Wooden Fence` tells the buyer nothing the title did not (the label rules of
    /// `Corpus/labelled-real-listings`: "nothing beyond the title's words"); `lava stones` under `Tiger eye bracelet`
    /// does, a second clause may (`釉面陶瓷，底部有排水孔`), and a number (`90%白鸭绒`, `2-ply`, `22 momme`) is a
    /// checkable statement of its own.
    private var restatedMaterials: Int {
        guard descriptionContent.weightedLength <= Self.restatementLength,
            Self.isOnePhraseWithoutNumber(description.folded.bytes)
        else { return 0 }
        let titleWords = title.entries(.materials) + (subtitle?.entries(.materials) ?? [])
        guard !titleWords.isEmpty, description.entries(.materials).allSatisfy(titleWords.contains) else { return 0 }
        return descriptionStated.count(where: \.kind.isMaterial)
    }

    /// Whether the folded text `bytes` is one phrase with no digit: no comma, semicolon, sentence mark or Chinese
    /// enumeration comma or full stop (`、`, `。`) before its end; a mark ending it (before white space) is its own.
    static func isOnePhraseWithoutNumber(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] &- 0x09 < 5 { end -= 1 }
        if end >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] &- 0x81 < 2 {
            end -= 3
        } else if end > 0, isBreak(bytes[end - 1]) {
            end -= 1
        }
        var index = 0
        while index < end {
            let byte = bytes[index]
            if isBreak(byte) || byte &- 0x30 < 10 { return false }
            if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] &- 0x81 < 2 { return false }
            index += 1
        }
        return true
    }

    /// Whether `byte` ends a clause or sentence: `,` `;` `.` `!` `?` (full-width ones are folded to these).
    private static func isBreak(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x3B || byte == 0x2E || byte == 0x21 || byte == 0x3F
    }

    /// The longest description (weighted: a letter or digit 1, a Chinese character 2) that can be a restatement of
    /// the title: one phrase of about eight English words or twenty Chinese characters. Measured on the development
    /// half of `Corpus/labelled-real-listings`: 30 to 40 gave the same verdicts, 45 and more flagged descriptions
    /// that add their own detail (`Silk top for women, short sleeves, printed numbers.`).
    static let restatementLength = 40
}
