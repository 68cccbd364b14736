/// British and American spellings (and a few common misspellings) of the words buyers use, so each lexicon word is
/// written once and matches both: `colour`/`color`, `mould`/`mold`, `grey`/`gray`, `labelled`/`labeled`.
enum SpellingVariants {
    /// Spellings that stand for each other, as whole-word or word-part replacements.
    private static let pairs: [(String, String)] = [
        ("colour", "color"), ("mould", "mold"), ("grey", "gray"), ("labelled", "labeled"), ("cancelled", "canceled"),
        ("jewellery", "jewelry"), ("favour", "favor"), ("flavour", "flavor"), ("fibre", "fiber"), ("metre", "meter"),
        ("centre", "center"), ("aluminium", "aluminum"), ("unravelling", "unraveling"), ("travelled", "traveled"),
        ("recieved", "received"), ("arrived", "arived"), ("doesn't", "doesnt"), ("didn't", "didnt"),
        ("won't", "wont"), ("can't", "cant"), ("wasn't", "wasnt"), ("isn't", "isnt"), ("hasn't", "hasnt"),
        ("haven't", "havent"), ("don't", "dont"),
    ]

    /// Each spelling's byte mask (`mask(of:)`), beside `pairs`.
    private static let masks = pairs.map { (mask(of: $0.0), mask(of: $0.1)) }

    /// One bit per byte of `text`, by its value modulo 64: a word can hold a spelling only if it has every bit of the
    /// spelling's mask, so most words are passed over without a search.
    private static func mask(of text: String) -> UInt64 {
        text.utf8.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }

    /// The other spellings of `words` (each word's variants, without the word itself).
    static func of(_ words: [String]) -> [String] {
        var variants: [String] = []
        for word in words {
            let bits = mask(of: word)
            for ((first, second), (firstBits, secondBits)) in zip(pairs, masks) {
                if firstBits & ~bits == 0, word.containsExactly(first) {
                    variants.append(word.replacingExactly(first, with: second))
                }
                if secondBits & ~bits == 0, word.containsExactly(second) {
                    variants.append(word.replacingExactly(second, with: first))
                }
            }
        }
        return variants
    }
}
