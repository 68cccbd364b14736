/// The few words an example line is made of: English in the bilingual catalogue (`docs/rules.md`), the reader's
/// language in `explain`.
struct ExampleWords {
    /// `nil`: the catalogue's words, as `docs/rules.md` has always written them.
    let language: Language?

    var title: String { language == .zh ? "标题" : "title" }
    var description: String { language == .zh ? "描述" : "description" }

    /// `profile `apparel`` in the catalogue; the kind's name and id in `explain`.
    func profile(_ profile: ProductProfile) -> String {
        switch language {
        case nil: "profile `\(profile.rawValue)`"
        case .zh: "品类：\(profile.label.zh)（`\(profile.rawValue)`）"
        case .en: "profile: \(profile.label.en) (`\(profile.rawValue)`)"
        }
    }

    /// `read as `google-merchant`` in the catalogue: the export format an example is read as, when it is not the
    /// generic one (the platform it implies decides some limits).
    func format(_ format: ExportFormat) -> String {
        switch language {
        case nil: "read as `\(format.rawValue)`"
        case .zh: "按 `\(format.rawValue)` 导出读取"
        case .en: "read as a `\(format.rawValue)` export"
        }
    }

    /// `+2 other listings in the shop`.
    func others(_ count: Int) -> String {
        switch language {
        case .zh: "同店另有 \(count) 个商品"
        case nil, .en: "+\(count) other listing\(count == 1 ? "" : "s") in the shop"
        }
    }
}
