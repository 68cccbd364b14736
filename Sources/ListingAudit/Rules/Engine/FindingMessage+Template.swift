extension FindingMessage {
    /// Every kind of message there is: a case per template, its text written next to the rule that uses it (the
    /// case's `…Text` function) and found here from the case, so a spooled message (its case as a number) is read back
    /// without looking anything up. A new template is a new case; the compiler then asks for its text below.
    enum Template: UInt8, CaseIterable, Sendable {
        /// Text given in both languages (`FindingMessage.init(_: LocalizedText)`).
        case fixed
        case colourNotOffered, allCaps, tooLong, tooManyCharacters, stuffing, banned, promotional
        case invalidGTIN
        case invalidSizes, noDimensions, noSize, letterSizesOnly
        case promisedColours, noColour, patternOnly, vagueColours
        case hedge, vague, hype, missing, contradiction, boilerplate
        case emptyDescription, picturesOnly, recordedEmpty, noDescriptionRecorded, filler, placeholderDescription
        case tooFewImages, notSquare, duplicateImages, coloursWithoutImages, fewerImagesThanColours, tooManyMain
        case tooLarge, placeholderImages, malformedImages, brokenMain, brokenImages, lowResolution, tooSmall, refused
        case sharedMain, noMainImage, mislabelled, sameFile
        case zeroPrice, noPrice, saleAboveRegular

        /// The text of `message`, a message of this template, in `language`.
        func text(of message: FindingMessage, _ language: Language) -> String {
            switch self {
            case .fixed: message.words[language == .zh ? 0 : 1]
            case .colourNotOffered: FindingMessage.colourNotOfferedText(message, language)
            case .allCaps: FindingMessage.allCapsText.text(language)
            case .tooLong: FindingMessage.tooLongText(message, language)
            case .tooManyCharacters: FindingMessage.tooManyCharactersText(message, language)
            case .stuffing: FindingMessage.stuffingText(message, language)
            case .banned: FindingMessage.bannedText(message, language)
            case .promotional: FindingMessage.promotionalText(message, language)
            case .invalidGTIN: FindingMessage.invalidGTINText(message, language)
            case .invalidSizes: FindingMessage.invalidSizesText(message, language)
            case .noDimensions: FindingMessage.noDimensionsText.text(language)
            case .noSize: FindingMessage.noSizeText.text(language)
            case .letterSizesOnly: FindingMessage.letterSizesOnlyText(message, language)
            case .promisedColours: FindingMessage.promisedColoursText(message, language)
            case .noColour: FindingMessage.noColourText.text(language)
            case .patternOnly: FindingMessage.patternOnlyText(message, language)
            case .vagueColours: FindingMessage.vagueColoursText(message, language)
            case .hedge: FindingMessage.hedgeText(message, language)
            case .vague: FindingMessage.vagueText(message, language)
            case .hype: FindingMessage.hypeText(message, language)
            case .missing: FindingMessage.missingText(message, language)
            case .contradiction: FindingMessage.contradictionText(message, language)
            case .boilerplate: FindingMessage.boilerplateText(message, language)
            case .emptyDescription: FindingMessage.emptyDescriptionText.text(language)
            case .picturesOnly: FindingMessage.picturesOnlyText(message, language)
            case .recordedEmpty: FindingMessage.recordedEmptyText.text(language)
            case .noDescriptionRecorded: FindingMessage.noDescriptionRecordedText.text(language)
            case .filler: FindingMessage.fillerText(message, language)
            case .placeholderDescription: FindingMessage.placeholderDescriptionText(message, language)
            case .tooFewImages: FindingMessage.tooFewImagesText(message, language)
            case .notSquare: FindingMessage.notSquareText(message, language)
            case .duplicateImages: FindingMessage.duplicateImagesText(message, language)
            case .coloursWithoutImages: FindingMessage.coloursWithoutImagesText(message, language)
            case .fewerImagesThanColours: FindingMessage.fewerImagesThanColoursText(message, language)
            case .tooManyMain: FindingMessage.tooManyMainText(message, language)
            case .tooLarge: FindingMessage.tooLargeText(message, language)
            case .placeholderImages: FindingMessage.placeholderImagesText(message, language)
            case .malformedImages: FindingMessage.malformedImagesText(message, language)
            case .brokenMain: FindingMessage.brokenMainText(message, language)
            case .brokenImages: FindingMessage.brokenImagesText(message, language)
            case .lowResolution: FindingMessage.lowResolutionText(message, language)
            case .tooSmall: FindingMessage.tooSmallText(message, language)
            case .refused: FindingMessage.refusedText(message, language)
            case .sharedMain: FindingMessage.sharedMainText(message, language)
            case .noMainImage: FindingMessage.noMainImageText.text(language)
            case .mislabelled: FindingMessage.mislabelledText(message, language)
            case .sameFile: FindingMessage.sameFileText(message, language)
            case .zeroPrice: FindingMessage.zeroPriceText.text(language)
            case .noPrice: FindingMessage.noPriceText.text(language)
            case .saleAboveRegular: FindingMessage.saleAboveRegularText(message, language)
            }
        }
    }
}
