extension ReasonLexicon {
    /// How buyers say they sent the goods back. The reason they give after `returned it because` / 退货是因为 is
    /// what the return was for, so it counts more than any other clause (more than the clause after `but`), and so
    /// does the complaint the buyer names as the main one (`my biggest gripe is`, 最大的问题是); a text that says the
    /// goods went back complains, however much it praises (`it's getting returned`); and an exchange for another
    /// size says the first one did not fit (`exchanged for a medium`, `swapped it for the next size`).
    static let returns: [LexiconGroup] = [
        LexiconGroup(.cause(judges: false), combine(
            ["returned it", "returned them", "returning it", "returning them", "sent it back", "sent them back",
             "sending it back", "sending them back", "it's going back", "they're going back"],
            ["because", "bc", "as", "since", "due to"]
        ) + combine(["退货", "退货是", "退", "退的原因", "退货原因", "退货的原因"], ["是因为", "因为"])),
        // The complaint a buyer names as the main one is what a refund would be filed under, as a stated cause is.
        LexiconGroup(.cause(judges: true), combine(
            ["biggest", "my biggest", "the biggest", "main", "my main", "the main", "major", "my major", "the major"],
            ["complaint", "complaint is", "gripe", "gripe is", "issue", "issue is", "problem", "problem is", "concern",
             "concern is", "disappointment", "disappointment is"]
        ) + combine(["最大的", "最主要的", "主要"], ["问题", "问题是", "缺点", "缺点是", "毛病", "毛病是", "不满", "不满是"])),
        LexiconGroup(.problem, [
            "returned", "returning", "getting returned", "going back", "went back", "sent it back", "sent them back",
            "sent back", "send it back", "had to return", "will return", "will be returning", "did not work for me",
            "didn't work for me", "doesn't work for me", "does not work for me",
        ]),
        LexiconGroup(.phrase(.sizeFit, 3), combine(
            ["exchanged for", "exchanged it for", "exchanged them for", "exchange for", "exchanging for", "swapped for",
             "swapped it for", "traded for", "returned for", "reordered in", "re-ordered in", "reordered the",
             "re-ordered the"],
            ["a small", "a medium", "a large", "an xs", "an xl", "a petite", "a size", "the small", "the medium",
             "the large", "the petite", "a smaller", "a bigger", "a larger", "the next size", "one size"])),
    ]
}
