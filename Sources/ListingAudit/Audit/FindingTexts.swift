/// Shares the storage of equal finding texts. A shop's findings repeat a few hundred messages and a few thousand
/// evidence snippets (a million-listing shop: 1.7M findings, ~550 distinct messages per language, ~30k distinct
/// evidence texts), yet each finding renders its own copies; an audit keeps every finding until its reports are
/// written, so it keeps one copy of each text instead.
struct FindingTexts {
    private var seen = Set<String>()

    /// `finding` with its message and evidence replaced by the equal texts already seen.
    mutating func share(_ finding: Finding) -> Finding {
        var finding = finding
        finding.message = LocalizedText(zh: share(finding.message.zh), en: share(finding.message.en))
        finding.evidence = share(finding.evidence)
        return finding
    }

    /// Texts of up to 15 UTF-8 bytes are stored inline in the `String` itself, so only longer ones are looked up.
    private mutating func share(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        return seen.insert(text).memberAfterInsert
    }
}
