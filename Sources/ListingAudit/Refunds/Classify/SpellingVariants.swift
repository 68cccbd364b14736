/// British and American spellings (and a few common misspellings) of the words buyers use, so each lexicon word is
/// written once and matches both: `colour`/`color`, `mould`/`mold`, `grey`/`gray`, `labelled`/`labeled`.
enum SpellingVariants {
    /// Spellings that stand for each other, as whole-word or word-part replacements.
    static let pairs: [(String, String)] = [
        ("colour", "color"), ("mould", "mold"), ("grey", "gray"), ("labelled", "labeled"), ("cancelled", "canceled"),
        ("jewellery", "jewelry"), ("favour", "favor"), ("flavour", "flavor"), ("fibre", "fiber"), ("metre", "meter"),
        ("centre", "center"), ("aluminium", "aluminum"), ("unravelling", "unraveling"), ("travelled", "traveled"),
        ("recieved", "received"), ("arrived", "arived"), ("doesn't", "doesnt"), ("didn't", "didnt"),
        ("won't", "wont"), ("can't", "cant"), ("wasn't", "wasnt"), ("isn't", "isnt"), ("hasn't", "hasnt"),
        ("haven't", "havent"), ("don't", "dont"),
    ]

    /// One spelling of `pairs`: its bytes, its byte mask (`mask(of:)`) and the spelling it stands for.
    private struct Spelling {
        let text: String
        let bytes: [UInt8]
        let mask: UInt64
        let other: String

        init(_ text: String, standsFor other: String) {
            self.text = text
            bytes = Array(text.utf8)
            mask = SpellingVariants.mask(of: bytes)
            self.other = other
        }
    }

    /// Each pair's two spellings, in the order `of` tries them: the first spelling, then the second.
    private static let spellings = pairs.flatMap { [Spelling($0.0, standsFor: $0.1), Spelling($0.1, standsFor: $0.0)] }

    /// Each spelling's mask, in `spellings` order, apart: a word's bits are tested against them all in one loop over
    /// plain words (a test of each `Spelling` through a closure cost ~700 instructions a word, ~7.6M a lexicon).
    private static let masks = spellings.map(\.mask)

    /// One bit per byte of `text`, by its value modulo 64: a word can hold a spelling only if it has every bit of the
    /// spelling's mask, so most words are passed over without a search.
    private static func mask(of bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }

    /// The other spellings of `words` (each word's variants, without the word itself). Compiled at every audit
    /// start, so words are searched as bytes: a word is a `String` again only when it holds a spelling.
    static func of(_ words: [String]) -> [String] {
        var variants: [String] = []
        let (spellings, masks) = (Self.spellings, Self.masks)
        for var word in words {
            // The word's own UTF-8 is searched in place: no array of its bytes per word, and the list of the
            // spellings it holds is made only for the few words that hold one.
            let found = word.withUTF8 { bytes -> [Spelling] in
                let bits = mask(of: bytes)
                var held: [Spelling] = []
                for index in masks.indices where masks[index] & ~bits == 0 {
                    let spelling = spellings[index]
                    if spelling.bytes.withUnsafeBufferPointer({ ByteSearch.occurs($0, in: bytes) }) {
                        held.append(spelling)
                    }
                }
                return held
            }
            for spelling in found { variants.append(word.replacingExactly(spelling.text, with: spelling.other)) }
        }
        return variants
    }
}
