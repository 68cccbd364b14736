/// The regular forms of English verbs buyers use (`crackle` → `crackles`, `crackled`, `crackling`; `pop off` →
/// `pops off`, `popped off`, `popping off`), so a lexicon family lists each verb once. Only the first word of a
/// phrase is inflected.
enum EnglishInflection {
    /// `phrases` with every form of their first word.
    static func forms(_ phrases: [String]) -> [String] {
        phrases.flatMap { phrase -> [String] in
            let words = phrase.split(separator: " ", maxSplits: 1).map(String.init)
            guard let verb = words.first else { return [] }
            let rest = words.count > 1 ? " " + words[1] : ""
            return verbForms(verb).map { $0 + rest }
        }
    }

    /// The base, third-person, past and -ing forms of `verb`.
    static func verbForms(_ verb: String) -> [String] {
        let letters = Array(verb)
        guard let last = letters.last else { return [] }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if last == "e" {
            let stem = String(letters.dropLast())
            return [verb, verb + "s", verb + "d", stem + "ing"]
        }
        if last == "y", letters.count > 1, !vowels.contains(letters[letters.count - 2]) {
            let stem = String(letters.dropLast())
            return [verb, stem + "ies", stem + "ied", verb + "ing"]
        }
        let sibilant = verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("x")
            || verb.hasSuffix("z")
        let third = sibilant ? verb + "es" : verb + "s"
        // One-syllable verbs ending consonant-vowel-consonant double the last consonant: pop → popped, popping;
        // split → splitting.
        let doubles = letters.count >= 3 && letters.filter(vowels.contains).count == 1 && !vowels.contains(last)
            && last != "w" && last != "x" && last != "y" && vowels.contains(letters[letters.count - 2])
            && !vowels.contains(letters[letters.count - 3])
        let stem = doubles ? verb + String(last) : verb
        return [verb, third, stem + "ed", stem + "ing"]
    }
}
