extension ReasonLexicon {
    /// Worn goods that change shape (`LexiconRole.wear`): a defect after a sign of use, and otherwise what the fit
    /// word inside them counted (`got so baggy` as `so baggy`), or nothing (`stretched out` alone may be a look).
    /// Verbs of losing shape in every form (stretch out → stretched out, bag out → bagging out), and becoming ×
    /// degree × loose (`got so baggy`, `got loose`).
    static let wear: [LexiconGroup] = [
        LexiconGroup(.wear(0), EnglishInflection.forms(["stretch out", "bag out"]) + [
            "bagging", "bagged",
            "lost its shape", "loses its shape", "lose its shape", "losing its shape", "lost their shape",
            "lose their shape", "loses shape", "lost shape", "misshapen",
        ] + combine(becoming, ["stretched", "stretched out", "stretchy", "saggy", "misshapen", "out of shape"])),
        LexiconGroup(.wear(1.5), combine(becoming, looseness)),
        LexiconGroup(.wear(3), combine(becoming, combine(degrees, looseness))),
    ]

    /// Verbs of becoming, as buyers tell a change over time (`got`, `had gotten`, `became`).
    private static let becoming = [
        "get", "gets", "got", "gotten", "getting", "become", "becomes", "became", "becoming", "went", "goes", "grew",
    ]

    /// Fit words of looseness, which `ReasonLexicon.context` reads as a size (weak bare, decisive with a degree).
    private static let looseness = ["baggy", "loose"]

    /// Degree words before a fit word, as `ReasonLexicon.context` lists them.
    private static let degrees = [
        "very", "so", "really", "super", "quite", "extremely", "way", "pretty", "kind of", "rather", "too",
    ]
}
