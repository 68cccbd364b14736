/// The English part of the title is written in capitals: `WOMENS COTTON T SHIRT LOOSE FIT`.
struct TitleAllCapsRule: ListingRule {
    static let description = RuleDescription(
        id: "title.all_caps",
        severity: .advice,
        title: LocalizedText(zh: "英文标题全部大写", en: "Title in all capitals"),
        rationale: LocalizedText(
            zh: "全大写的英文难以阅读，像垃圾广告；亚马逊和 Google 不允许全大写标题，会拒登或降权。",
            en: "All-caps titles are hard to read and look like spam; Amazon and Google Merchant do not allow them "
                + "and disapprove or demote the listing."),
        fix: LocalizedText(
            zh: "改为首字母大写（Title Case），品牌缩写（如 USB、LED）可以保留大写。",
            en: "Use title case; keep acronyms such as USB or LED in capitals."),
        linkedCategories: [.notAsDescribed],
        triggeringExamples: [
            RuleExample(title: "WOMENS COTTON T SHIRT LOOSE FIT 纯棉T恤"),
            RuleExample(title: "WOMENS COTTON T SHIRT LOOSE FIT"),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "NIKE 男士跑步鞋 AIR"),
            RuleExample(title: "Women's Cotton T-Shirt, Loose Fit"),
            RuleExample(title: "USB-C to HDMI Adapter, 4K 60Hz"),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let title = facts.listing.title
        var words: [Substring] = []
        for word in title.split(whereSeparator: { !($0.isASCII && $0.isLetter) }) where word.count >= 2 {
            words.append(word)
        }
        let letters = words.reduce(0) { $0 + $1.count }
        guard words.count >= 4, letters >= 12, words.allSatisfy({ $0.allSatisfy(\.isUppercase) }) else { return nil }
        return finding(facts, at: .title, message: .allCaps, evidence: title.abbreviated())
    }
}

extension LocalizedText {
    fileprivate static let allCaps = LocalizedText(
        zh: "标题的英文部分全部大写", en: "The title's English words are all in capitals")
}
