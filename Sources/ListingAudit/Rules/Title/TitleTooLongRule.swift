/// The title is longer than the platforms show (a Chinese character counts as two).
struct TitleTooLongRule: ListingRule {
    static let description = RuleDescription(
        id: "title.too_long",
        severity: .advice,
        title: LocalizedText(zh: "标题过长", en: "Title too long"),
        rationale: LocalizedText(
            zh: "淘宝和抖店标题上限 60 字符（30 个汉字），超长标题被截断，买家看不到关键的规格和颜色，容易买错。",
            en: "Platforms cut long titles (Google shows about 70 characters, Taobao and Douyin allow 30 Chinese "
                + "characters); the cut-off part often holds the size or colour, and buyers order the wrong thing."),
        fix: LocalizedText(
            zh: "删去重复词和宣传词，保留品牌、品类、关键属性（材质、尺寸、颜色）。",
            en: "Drop repeated and promotional words; keep brand, product type and key attributes (material, "
                + "size, colour)."),
        linkedCategories: [.wrongOrMissingItem, .notAsDescribed],
        triggeringExamples: [
            RuleExample(title: String(repeating: "纯棉短袖T恤女夏季宽松", count: 7)),
            RuleExample(title: String(repeating: "Women's Cotton T-Shirt Loose Fit Summer Casual ", count: 3)),
            // Google takes 150 characters.
            RuleExample(title: String(repeating: "Women's Cotton T-Shirt Loose Fit Summer Casual ", count: 4))
                .read(as: .googleMerchant),
            // Taobao takes 30 Chinese characters.
            RuleExample(title: "2024新款纯棉短袖T恤女夏季宽松百搭上衣圆领打底衫韩版学生ins潮牌").read(as: .taobaoAssistant),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "纯棉短袖T恤女夏季宽松百搭上衣"),
            RuleExample(title: "Women's Cotton T-Shirt, Loose Fit, Crew Neck"),
            // Amazon takes 200 characters.
            RuleExample(title: String(repeating: "Women's Cotton T-Shirt Loose Fit Summer Casual ", count: 3))
                .read(as: .amazonFlatFile),
            // Amazon counts a Chinese character as one.
            RuleExample(title: String(repeating: "纯棉短袖T恤女夏季宽松", count: 7)).read(as: .amazonFlatFile),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let title = facts.listing.title
        let settings = facts.settings
        let (width, length) = facts.titleTraits.simpleMeasure ?? Self.measure(title)
        let measured = settings.titleCountsChineseDouble ? width : length
        let limit = settings.maximumTitleWidth
        guard measured > limit else { return nil }
        let message: FindingMessage = settings.titleCountsChineseDouble
            ? .tooLong(width, limit: limit, countsChinese: width != length)
            : .tooManyCharacters(length, limit: limit, platform: settings.platform)
        return finding(facts, at: .title, message: message, evidence: title.abbreviated())
    }

    /// The title's width (characters, a Chinese one counting 2) and its length in characters (as Amazon and Google
    /// count them), by characters: for a title whose scalars are not all characters on their own (the title's
    /// traits measure the others as it is folded).
    static func measure(_ title: String) -> (width: Int, length: Int) {
        let width = title.reduce(0) { total, character in
            total + (character.unicodeScalars.contains { $0.isCJK } ? 2 : 1)
        }
        return (width, title.count)
    }
}

extension FindingMessage {
    /// The title is `width` wide, over `limit`; how Chinese characters are counted is said only when the title has
    /// some (`countsChinese`).
    fileprivate static func tooLong(_ width: Int, limit: Int, countsChinese: Bool) -> FindingMessage {
        FindingMessage(.tooLong, width, limit, countsChinese ? 1 : 0)
    }

    /// `tooLong`'s text.
    static func tooLongText(_ message: FindingMessage, _ language: Language) -> String {
        let (width, limit) = (message.first, message.second)
        return switch (language, message.third != 0) {
        case (.zh, true): "标题长度 \(width)（汉字计 2），超过 \(limit)"
        case (.en, true): "The title is \(width) characters wide (Chinese counts 2), over \(limit)"
        case (.zh, false): "标题长度 \(width) 个字符，超过 \(limit)"
        case (.en, false): "The title has \(width) characters, over \(limit)"
        }
    }

    fileprivate static func tooManyCharacters(_ length: Int, limit: Int, platform: String?) -> FindingMessage {
        FindingMessage(.tooManyCharacters, length, limit, words: platform.map { [$0] } ?? [])
    }

    /// `tooManyCharacters`' text.
    static func tooManyCharactersText(_ message: FindingMessage, _ language: Language) -> String {
        let (length, limit) = (message.first, message.second)
        let name = message.words.first.map(PlatformProfile.displayName) ?? LocalizedText(zh: "平台", en: "the platform")
        return switch language {
        case .zh: "标题有 \(length) 个字符，超过\(name.zh)的上限 \(limit)"
        case .en: "The title has \(length) characters, over \(name.en)'s limit of \(limit)"
        }
    }
}
