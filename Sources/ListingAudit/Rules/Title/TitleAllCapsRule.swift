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
            zh: "改为每个单词首字母大写，品牌缩写（如 USB、LED）可以保留大写。",
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
        let (words, letters, allUpper) = Self.latinWords(of: title)
        guard words >= 4, letters >= 12, allUpper else { return nil }
        return finding(facts, at: .title, message: .allCaps, evidence: title.abbreviated())
    }

    /// The title's English words of two letters or more (runs of ASCII letters): how many, their letters, and
    /// whether all are in capitals.
    static func latinWords(of title: String) -> (words: Int, letters: Int, allUpper: Bool) {
        guard SimpleText.scalarCount(title) != nil else {
            let words = title.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).filter { $0.count >= 2 }
            return (words.count, words.reduce(0) { $0 + $1.count }, words.allSatisfy { $0.allSatisfy(\.isUppercase) })
        }
        var words = 0
        var letters = 0
        var allUpper = true
        var run = 0
        var runUpper = true
        func endRun() {
            if run >= 2 {
                words += 1
                letters += run
                allUpper = allUpper && runUpper
            }
            run = 0
            runUpper = true
        }
        for byte in title.utf8 {
            if byte | 0x20 &- 0x61 < 26 {
                run += 1
                runUpper = runUpper && byte &- 0x41 < 26
            } else {
                endRun()
            }
        }
        endRun()
        return (words, letters, allUpper)
    }
}

extension LocalizedText {
    fileprivate static let allCaps = LocalizedText(
        zh: "标题的英文部分全部大写", en: "The title's English words are all in capitals")
}
