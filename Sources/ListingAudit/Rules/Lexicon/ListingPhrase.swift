import Foundation

/// The word lists the listing rules and the category profiler read, compiled into one `PhraseBook`: every listing text
/// is scanned once for all of them, and rules read the hits.
///
/// Lists written as free-text phrases that describe (hype, hedges, materials, colours in titles) take the longest
/// phrase at each position without overlaps; keyword lists that only ask "is any of these named" (size statements,
/// product words) report every occurrence and accept a plural `s` / `es`.
public enum ListingPhrase: Int, CaseIterable, Sendable {
    // Configurable (`lexicons` in the config; see `Lexicon`).
    case hype, hedges, placeholders, promotional, specs, measureWords, materials
    // Colours.
    case colourNames, colourNamesInOptions, colourExtraNames, colourVague, colourChance, colourPatterns
    case colourPromiseAnchors, colourWords
    // Descriptions.
    case filler, secondaryParts, contradictionAttributes, materialAttributes, specAttributes, netContentAttributes
    case compositionLabels, careInstructions, boxContents, origins, construction
    // Sizes.
    case oneSize, sizeStatements, sizeCharts, sizePlaceholders, sizedAccessories, unsizedGarments
    case dimensionalHomeGoods, childrenTerms, bedSizes, bedTerms
    // The category profiler.
    case productWords, headNouns, productModifiers
    // Languages (`ListingLanguage`).
    case otherFunctionWords

    /// Values of `hedges` entries.
    enum Hedge {
        static let strong: Int32 = 0
        static let weak: Int32 = 1
        static let falseFriend: Int32 = -1
    }

    /// Values of `promotional` entries.
    enum Promotion {
        static let offer: Int32 = 0
        /// A word that is an offer only after an amount (`20% off`, `$30 off`, `8折`: `PromotionAmount`).
        static let afterAmount: Int32 = 1
        static let falseFriend: Int32 = -1
    }

    /// The book for `lexicon` and a shop's extra category keywords; the built-in one is compiled once per process.
    static func book(lexicon: Lexicon, categoryKeywords: [String: [String]]) -> PhraseBook {
        if lexicon == .standard, categoryKeywords.isEmpty { return standardBook }
        return BookCache.shared.book(lexicon: lexicon, categoryKeywords: categoryKeywords)
    }

    /// The book of the built-in lists.
    public static let standardBook = compile(lexicon: .standard, categoryKeywords: [:])

    /// Compiles every list, in `allCases` order.
    fileprivate static func compile(lexicon: Lexicon, categoryKeywords: [String: [String]]) -> PhraseBook {
        PhraseBook(allCases.map { $0.list(lexicon: lexicon, categoryKeywords: categoryKeywords) })
    }

    private func list(lexicon: Lexicon, categoryKeywords: [String: [String]]) -> PhraseBook.List {
        switch self {
        case .hype: return described(lexicon.hype)
        case .hedges:
            return PhraseBook.List(
                lexicon.hedges.map { ($0, StandardTerms.weakHedges.contains($0) ? Hedge.weak : Hedge.strong) }
                    + StandardTerms.hedgeFalseFriends.map { ($0, Hedge.falseFriend) },
                selection: .longestCover)
        case .placeholders: return described(lexicon.placeholders)
        case .promotional:
            return PhraseBook.List(
                lexicon.promotional.map { ($0, Promotion.offer) }
                    + PromotionAmount.words.map { ($0, Promotion.afterAmount) }
                    + StandardTerms.promotionalFalseFriends.map { ($0, Promotion.falseFriend) },
                selection: .longestCover)
        case .specs:
            return PhraseBook.List(lexicon.specs.enumerated().map { ($1, Int32($0)) }, selection: .longestCover)
        case .measureWords: return described(lexicon.measureWords)
        case .materials:
            return PhraseBook.List(
                lexicon.materials.map { ($0.spelling, MaterialFamily.setIndex(of: $0.families)) },
                selection: .longestCover)
        case .colourNames: return PhraseBook.List(ColourFamilies.titleEntries, selection: .longestCover)
        case .colourNamesInOptions: return PhraseBook.List(ColourFamilies.optionEntries, selection: .longestCover)
        case .colourExtraNames: return keywords(ColourLexicon.extraNames)
        case .colourVague: return keywords(ColourLexicon.vague)
        case .colourChance: return keywords(ColourLexicon.chance)
        case .colourPatterns: return keywords(ColourLexicon.patterns)
        case .colourPromiseAnchors:
            return PhraseBook.List(
                ColourPromise.chineseAnchors.enumerated().map { ($1, Int32($0)) }, selection: .every)
        case .colourWords: return PhraseBook.List(words: ColourPromise.colourWords, selection: .every)
        case .filler: return described(EmptyDescriptionRule.fillerMarkers)
        case .secondaryParts: return described(MaterialContradictionRule.secondaryParts)
        case .contradictionAttributes: return described(MaterialContradictionRule.materialAttributes)
        case .materialAttributes: return described(ProfileFact.material.attributeNames)
        case .specAttributes: return described(ProfileFact.specs.attributeNames)
        case .netContentAttributes: return described(ProfileFact.netContent.attributeNames)
        case .compositionLabels: return described(StandardTerms.compositionLabels)
        case .careInstructions: return described(StandardTerms.careInstructions)
        case .boxContents: return described(StandardTerms.boxContents)
        case .origins: return described(StandardTerms.origins)
        case .construction: return described(StandardTerms.construction)
        case .oneSize: return keywords(SizeLexicon.oneSizeStatements)
        case .sizeStatements:
            return PhraseBook.List(
                SizeLexicon.sizeLabels.map { ($0, SizeStatement.label) }
                    + SizeLexicon.sizeStatements.map { ($0, SizeStatement.statement) },
                selection: .every, inflects: true, minimumBytes: 2)
        case .sizeCharts: return keywords(SizeLexicon.chartStatements)
        case .sizePlaceholders: return keywords(SizeLexicon.placeholders)
        case .sizedAccessories:
            return PhraseBook.List(
                SizeLexicon.sizedAccessories.map { ($0.0, $0.1 ? 1 : 0) }, selection: .every, inflects: true,
                minimumBytes: 2)
        case .unsizedGarments: return keywords(SizeLexicon.unsizedGarments)
        case .dimensionalHomeGoods: return keywords(SizeLexicon.dimensionalHomeGoods)
        case .childrenTerms: return keywords(SizeLexicon.childrenTerms)
        case .bedSizes: return keywords(SizeLexicon.bedSizes)
        case .bedTerms: return keywords(SizeLexicon.bedTerms)
        case .productWords:
            return PhraseBook.List(
                ProductWords.entries(extra: categoryKeywords), selection: .every, inflects: true, minimumBytes: 2)
        case .headNouns: return PhraseBook.List(HeadNouns.entries, selection: .every)
        case .productModifiers:
            return PhraseBook.List(ProductModifiers.entries, selection: .every, inflects: true, minimumBytes: 2)
        case .otherFunctionWords: return PhraseBook.List(words: ListingLanguage.otherWords, selection: .every)
        }
    }

    /// A list of descriptive phrases: the longest at each position, no overlaps.
    private func described(_ words: [String]) -> PhraseBook.List {
        PhraseBook.List(words: words, selection: .longestCover)
    }

    /// A keyword list: every occurrence, plurals accepted, one-byte keywords left out.
    private func keywords(_ words: [String]) -> PhraseBook.List {
        PhraseBook.List(words: words, selection: .every, inflects: true, minimumBytes: 2)
    }
}

/// The books compiled for configured lexicons (a run has one or two; compiling one per listing would not scale).
private final class BookCache: @unchecked Sendable {
    static let shared = BookCache()
    private let lock = NSLock()
    private var books: [(lexicon: Lexicon, keywords: [String: [String]], book: PhraseBook)] = []

    func book(lexicon: Lexicon, categoryKeywords: [String: [String]]) -> PhraseBook {
        lock.lock()
        defer { lock.unlock() }
        if let cached = books.first(where: { $0.lexicon == lexicon && $0.keywords == categoryKeywords }) {
            return cached.book
        }
        let compiled = ListingPhrase.compile(lexicon: lexicon, categoryKeywords: categoryKeywords)
        books.append((lexicon, categoryKeywords, compiled))
        return compiled
    }
}
