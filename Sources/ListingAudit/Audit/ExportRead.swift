/// How the listing stage read the listing export: its summary for the reports, and whether it looks Chinese (which
/// makes the reports Chinese unless a language is asked for: `LanguageStage`).
struct ExportRead: Sendable {
    var summary: InputSummary
    var isChinese: Bool

    /// Whether `text` holds CJK ideographs.
    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }
}
