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

    /// The other spellings of `words` (each word's variants, without the word itself).
    static func of(_ words: [String]) -> [String] {
        var variants: [String] = []
        for word in words {
            for (first, second) in pairs {
                if word.containsExactly(first) { variants.append(word.replacingExactly(first, with: second)) }
                if word.containsExactly(second) { variants.append(word.replacingExactly(second, with: first)) }
            }
        }
        return variants
    }
}
