/// The title's words in Latin letters are written in capitals: `WOMENS COTTON T SHIRT LOOSE FIT`, `CAMISETA OVERSIZE
/// HOMBRE`.
struct TitleAllCapsRule: ListingRule {
    static let description = RuleDescription(
        id: "title.all_caps",
        severity: .advice,
        title: LocalizedText(zh: "标题全部大写", en: "Title in all capitals"),
        rationale: LocalizedText(
            zh: "全大写的标题难以阅读，像垃圾广告；亚马逊和 Google 不允许全大写标题，会拒登或降权。",
            en: "All-caps titles are hard to read and look like spam; Amazon and Google Merchant do not allow them "
                + "and disapprove or demote the listing."),
        fix: LocalizedText(
            zh: "改为每个单词首字母大写，品牌缩写（如 USB、LED）可以保留大写。",
            en: "Use title case; keep acronyms such as USB or LED in capitals."),
        linkedCategories: [.notAsDescribed],
        triggeringExamples: [
            RuleExample(title: "WOMENS COTTON T SHIRT LOOSE FIT 纯棉T恤"),
            RuleExample(title: "WOMENS COTTON T SHIRT LOOSE FIT"),
            RuleExample(title: "BEST QUALITY WOMENS SUMMER DRESS FREE SHIPPING"),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "NIKE 男士跑步鞋 AIR"),
            RuleExample(title: "Women's Cotton T-Shirt, Loose Fit"),
            RuleExample(title: "USB-C to HDMI Adapter, 4K 60Hz"),
            // In a mainly Chinese title the Latin capitals are a brand, a model and a standard.
            RuleExample(title: "ACME 爱可美 无线降噪蓝牙耳机 PRO MAX 防水 TYPE-C USB 快充 黑色"),
            // Model codes and measures (`UX481FA`, `8GB`) are no English words.
            RuleExample(title: "ACME UX481F UX481FA UX481FL 8GB 14.4V"),
        ])

    /// Judges the title's words in Latin letters (`TitleTraits`): runs of ASCII letters and digits, of two letters
    /// or more, without a digit (a run with a digit, `8GB`, `SPF20`, `UX481FA`, is a model code or a measure, written
    /// in capitals by rule). The rule judges only titles written mainly in Latin words (their letters at least twice
    /// the Chinese characters, a Chinese character saying about as much as two letters): in a Chinese title the
    /// Latin capitals are brands, models and standards (`华为 HUAWEI`, `PA++`), which stay in capitals.
    func check(_ facts: ListingFacts) -> RuleFinding? {
        let traits = facts.titleTraits
        guard traits.latinWords >= 4, traits.latinLetters >= 12, traits.latinAllUpper,
            traits.latinLetters >= 2 * traits.chinese
        else { return nil }
        return finding(facts, at: .title, message: .allCaps, evidence: facts.listing.title.abbreviated())
    }
}

extension FindingMessage {
    fileprivate static let allCaps = FindingMessage(.allCaps)

    /// `allCaps`'s text.
    static let allCapsText = LocalizedText(
        zh: "标题中的拉丁字母单词全部大写",
        en: "The title's words in Latin letters are all in capitals")
}
