/// How the listing stage read the listing export: its summary for the reports, and whether it is Chinese
/// (`ListingExportLanguage`; it makes the reports Chinese unless a language is asked for: `LanguageStage`).
struct ExportRead: Sendable {
    var summary: InputSummary
    var isChinese: Bool
}
