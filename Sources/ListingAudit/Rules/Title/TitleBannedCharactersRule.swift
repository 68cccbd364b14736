/// `title.banned_characters`: the title holds characters the platform refuses in titles (Amazon: `! $ ? _ { } ^ ¬
/// ¦`, unless they are part of the brand). Silent where the platform bans none.
struct TitleBannedCharactersRule: ListingRule {
    static let description = RuleDescription(
        id: "title.banned_characters", severity: .warning,
        title: LocalizedText(zh: "标题含平台禁用字符", en: "Characters the platform bans in titles"),
        rationale: LocalizedText(
            zh: "亚马逊不允许标题含 ! $ ? _ { } ^ ¬ ¦（品牌名自带的除外），含这些字符的商品会被隐藏；这些装饰符号"
                + "占了本该写品类、材质和尺寸的位置。",
            en: "Amazon suppresses listings whose titles hold ! $ ? _ { } ^ ¬ ¦ (unless part of the brand); such "
                + "decoration takes the place of the product type, material and size buyers choose by."),
        fix: LocalizedText(
            zh: "删去这些字符，用空格或逗号分隔，标题只写品牌、品类和关键属性。",
            en: "Remove these characters; separate words with spaces or commas and keep to brand, product type and "
                + "key attributes."),
        linkedCategories: [.notAsDescribed],
        triggeringExamples: [
            RuleExample(title: "纯棉T恤 {新款} 女士短袖!").read(as: .amazonFlatFile),
            RuleExample(title: "Cotton T-Shirt!!! Best $19 Deal").read(as: .amazonListingsReport),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "纯棉T恤 女士短袖 白色").read(as: .amazonFlatFile),
            RuleExample(title: "Cotton T-Shirt, Crew Neck, White").read(as: .amazonListingsReport),
            // Shopify bans none of them.
            RuleExample(title: "Cotton T-Shirt!!! Best $19 Deal").read(as: .shopify),
            // Part of the brand.
            RuleExample(title: "Yahoo! Wireless Mouse").read(as: .amazonFlatFile).withBrand("Yahoo!"),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let banned = facts.settings.bannedTitleCharacters
        guard !banned.isEmpty else { return nil }
        let brand = facts.listing.brand.unicodeScalars
        var found: [Unicode.Scalar] = []
        for scalar in facts.listing.title.unicodeScalars
        where banned.contains(scalar) && !found.contains(scalar) && !brand.contains(scalar) {
            found.append(scalar)
        }
        guard !found.isEmpty else { return nil }
        let characters = found.map { String($0) }.joined(separator: " ")
        return finding(facts, at: .title, message: .banned(characters), evidence: characters)
    }
}

extension FindingMessage {
    fileprivate static func banned(_ characters: String) -> FindingMessage {
        FindingMessage(.banned, words: [characters])
    }

    /// `banned`'s text.
    static func bannedText(_ message: FindingMessage, _ language: Language) -> String {
        switch language {
        case .zh: "标题含平台禁用的字符：\(message.words[0])"
        case .en: "The title holds characters the platform bans: \(message.words[0])"
        }
    }
}

extension RuleExample {
    /// This example with `brand` as its brand.
    func withBrand(_ brand: String) -> RuleExample {
        var listing = self.listing
        listing.brand = brand
        return RuleExample(listing: listing, from: self)
    }
}
