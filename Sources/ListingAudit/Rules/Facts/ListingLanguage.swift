/// The language a listing is written in, as far as the rules' word lists go: Chinese, English, or another language
/// (Spanish, Swedish, Serbian, …) whose words the lists do not hold. Rules that judge a listing by its words
/// (`RuleDescription.readsWords`) stay silent on a listing in another language rather than guess, except on the
/// profiles whose key facts the lists know in those languages too (`RuleDescription.otherLanguageProfiles`: fibres,
/// leather and spelled-out units for clothes); rules that read numbers, option names and images still run.
///
/// Told cheaply from two small lists of function words in the title and description: other languages' words are
/// scanned with every other list in the same pass; English ones, the commonest words of most listings, only in the
/// few listings that have two or more of the others (a second scan of a small book), so they never crowd the hits
/// every rule reads. A listing is in another language when at least two of other languages' function words (`de`,
/// `con`, `och`, `för`, `und`, `sa`) are found and they outnumber English ones (`the`, `and`, `with`) more than
/// twice. A listing with Chinese characters is Chinese; one without enough words to tell is taken for
/// English (the rules run as they always have). Template filler text (`lorem ipsum … et netus et`) is no language:
/// the title alone tells then.
public enum ListingLanguage: String, Sendable, Equatable {
    case chinese, english, other

    /// Function words of English: a listing that has them is read with the English word lists.
    static let englishWords = [
        "the", "and", "with", "for", "this", "that", "your", "our", "you", "is", "are", "of", "to", "in", "on",
        "from", "made", "it", "its", "will", "can", "each", "all", "by", "an",
    ]
    /// `englishWords` as a book of its own, scanned only when a listing may be in another language.
    static let englishBook = PhraseBook([PhraseBook.List(words: englishWords, selection: .every)])

    /// Function words of the other languages shops write in (Spanish, Portuguese, Italian, French, German, Dutch,
    /// Swedish, Danish, Norwegian, Serbian, Croatian, Czech, Polish), none of them a common English word (`per`,
    /// `van`, `med`, `av`, `pro`, `com` are left out).
    static let otherWords = [
        "de", "del", "la", "las", "el", "los", "con", "para", "por", "una", "un", "que", "es", "en", "sin", "más",
        "muy", "como", "da", "dos", "das", "em", "uma", "não", "di", "il", "della", "che", "gli", "les", "des",
        "du", "et", "avec", "pour", "une", "est", "dans", "sur", "aux", "und", "mit", "für", "der", "das", "ein",
        "eine", "ist", "aus", "von", "zu", "dem", "nicht", "auf", "het", "een", "voor", "och", "för", "på", "är",
        "som", "ett", "att", "eller", "inte", "og", "sa", "od", "za", "na", "je", "iz", "se", "su", "koji", "ili",
        "kao", "jest", "oraz", "ve", "się",
    ]

    /// The language of a listing with `title` and `description` (scanned with the listing book), the description
    /// read only when `readingDescription` (not when it is filler text). Most listings are settled by one hit count,
    /// with no allocation. The description comes with a flag, not as an optional that is `nil` for filler: wrapping
    /// the facts' scanned description in an optional copied it (its folded text and hits retained, then released)
    /// once per listing.
    static func of(title: ScannedText, description: ScannedText, readingDescription: Bool = true) -> ListingLanguage {
        let foreign = ListingPhrase.otherFunctionWords.rawValue
        let other = title.hits[foreign].count + (readingDescription ? description.hits[foreign].count : 0)
        guard other >= 2 else { return .english }
        let english = englishCount(title) + (readingDescription ? englishCount(description) : 0)
        guard other > 2 * english else { return .english }
        // Only now, for the few listings that look foreign, a look for Chinese characters.
        return title.source.containsCJK || readingDescription && description.source.containsCJK ? .chinese : .other
    }

    /// How many English function words `text` holds.
    private static func englishCount(_ text: ScannedText) -> Int { englishBook.scan(text.folded)[0].count }
}
