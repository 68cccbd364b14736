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

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let title = facts.listing.title
        let latin = Self.latinWords(of: title)
        guard latin.words >= 4, latin.letters >= 12, latin.allUpper, latin.letters >= 2 * latin.chinese else {
            return nil
        }
        return finding(facts, at: .title, message: .allCaps, evidence: title.abbreviated())
    }

    /// The title's words in Latin letters: runs of ASCII letters and digits, of two letters or more, without a digit (a run
    /// with a digit, `8GB`, `SPF20`, `UX481FA`, is a model code or a measure, written in capitals by rule). Returns
    /// how many, their letters, whether all are in capitals, and the title's Chinese characters. The rule judges
    /// only titles written mainly in Latin words (their letters at least twice the Chinese characters, a Chinese
    /// character saying about as much as two letters): in a Chinese title the Latin capitals are brands, models and
    /// standards (`华为 HUAWEI`, `PA++`), which stay in capitals.
    static func latinWords(of title: String) -> (words: Int, letters: Int, allUpper: Bool, chinese: Int) {
        var words = 0
        var letters = 0
        var allUpper = true
        var chinese = 0
        var run = 0
        var runUpper = true
        var runDigit = false
        func endRun() {
            if run >= 2, !runDigit {
                words += 1
                letters += run
                allUpper = allUpper && runUpper
            }
            run = 0
            runUpper = true
            runDigit = false
        }
        for scalar in title.unicodeScalars {
            let value = scalar.value
            if value | 0x20 &- 0x61 < 26 {
                run += 1
                runUpper = runUpper && value &- 0x41 < 26
            } else if TextFold.isDigit(value) {
                runDigit = true
            } else {
                endRun()
                if TextFold.isCJK(value) { chinese += 1 }
            }
        }
        endRun()
        return (words, letters, allUpper, chinese)
    }
}

extension FindingMessage {
    fileprivate static let allCaps = FindingMessage(.allCaps)

    /// `allCaps`'s text.
    static let allCapsText = LocalizedText(
        zh: "标题中的拉丁字母单词全部大写",
        en: "The title's words in Latin letters are all in capitals")
}
