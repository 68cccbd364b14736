/// Size words in Chinese and English: letter sizes, size statements, placeholders, and the goods that need sizes or
/// dimensions.
enum SizeLexicon {
    /// Letter and "one size" values, compared after lower-casing, trimming and dropping a trailing `码`/`号`.
    static let letterSizes: Set<String> = Set([
        "xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "xxxxl", "2xl", "3xl", "4xl", "5xl", "6xl", "2xs", "1x", "2x",
        "3x", "4x",
        "均", "均码", "均号", "free", "free size", "freesize", "one size", "onesize", "os", "one-size",
        "one size fits all", "one size fits most", "大", "中", "小", "加大", "特大", "small", "medium", "large",
        "x-large", "xx-large", "x-small", "petite", "大码", "小码", "中码", "通用", "通用码",
    ].map(TextFold.key))

    /// "One size" statements in free text: a single size that says nothing about fit.
    static let oneSizeStatements = ["均码", "free size", "one size", "onesize", "freesize"]

    /// Size labels in free text (`尺码`, `size`, `waist`, `衣长`): a label states a size only with its value after it
    /// (`尺码：M`, `waist 70 cm`, `sizes S–XL`, `SizeStatement.valueFollows`). Without one it names a cut or a feature
    /// (`high waist`, `plus size`), or is no label at all: `衣长` in `上衣长袖` is the end of 上衣 and the start of 长袖.
    static let sizeLabels: [String] = [
        "尺码", "码数", "鞋码", "尺寸", "内径", "头围", "帽围", "腰围", "胸围", "衣长", "裤长", "size", "sizes", "inseam",
        "waist", "bust", "head circumference",
    ]

    /// Statements of a size that need nothing after them (`均码`, `one size`, `EU 38`).
    static let sizeStatements: [String] = [
        "均码", "one size", "free size", "eu 3", "eu 4", "us 5", "us 6", "us 7", "us 8", "us 9", "uk 4", "uk 5", "uk 6",
        "uk 7", "uk 8",
    ]

    /// A size chart or guide named in the text (often an image the export cannot show).
    static let chartStatements: [String] = [
        "尺码表", "尺寸表", "尺码对照", "尺码参考", "尺码图", "size chart", "size guide", "sizing chart", "size table",
        "measurement chart", "measurements",
    ]

    /// Values that stand in for a size without being one.
    static let placeholders: [String] = [
        "默认", "默认规格", "标准", "标准版", "标准款", "如图", "图片", "as picture", "as shown", "as the picture",
        "default", "default title", "standard", "see picture", "see description", "photo",
        // Feed validators' placeholder sizes.
        "不适用", "n/a", "not applicable", "multisize", "multi size", "multi-size", "multiple sizes",
    ]

    /// Accessories and jewellery that need a size (hats, gloves, belts, rings); `false` entries are the compounds
    /// that do not (`earring`, `key ring`).
    static let sizedAccessories: [(String, Bool)] = [
        ("帽", true), ("手套", true), ("腰带", true), ("皮带", true), ("戒指", true), ("对戒", true), ("hat", true),
        ("cap", true), ("beanie", true), ("gloves", true), ("glove", true), ("mittens", true), ("belt", true),
        ("ring", true), ("wedding band", true), ("earring", false), ("key ring", false), ("belt bag", false),
        ("ring light", false), ("发帽", false),
        // Sports supports are sold by size (S/M/L, or by wrist or knee circumference).
        ("护腕", true), ("护膝", true), ("护肘", true), ("护踝", true), ("护腰", true), ("wrist brace", true),
        ("wrist support", true), ("knee brace", true), ("knee support", true), ("knee sleeve", true),
        ("elbow brace", true), ("elbow support", true), ("ankle brace", true), ("ankle support", true),
        ("back brace", true),
    ]

    /// Garments sold unsized: unstitched suit fabric and dress material, cut to measure by the buyer's tailor.
    static let unsizedGarments: [String] = [
        "unstitched", "un-stitched", "dress material", "suit fabric", "未缝制", "布料", "面料按米",
    ]

    /// Home goods that need dimensions: containers, storage, basins and bowls.
    static let dimensionalHomeGoods: [String] = [
        "收纳", "储物", "盒", "箱", "篮", "筐", "架", "盆", "碗", "饮水器", "storage", "organizer", "organiser",
        "container", "basket", "bin", "box", "crate", "rack", "shelf", "caddy", "litter box", "bowl", "pot",
        "planter", "watering can", "fence", "slat", "浇水壶", "洒水壶", "栅栏", "篱笆", "围栏",
    ]

    /// Children's wear, where small numbers are ages and valid sizes.
    static let childrenTerms: [String] = [
        "儿童", "童装", "童鞋", "宝宝", "婴儿", "女童", "男童", "kids", "kid", "baby", "toddler", "girls", "boys",
        "children", "infant",
    ]

    /// Standard bed and pillow sizes, which are dimensions buyers know. `单人` / `双人` (for one / two sleepers) are
    /// not: they say how many sleep on it, and a 双人 quilt, bed or pillow comes in several widths (1.5 m, 1.8 m…).
    static let bedSizes: [String] = [
        "twin", "full size", "queen", "king", "super king", "double", "single", "standard",
    ]

    /// Beds and mattresses among furniture.
    static let bedTerms = ["床", "床垫", "bed", "mattress", "bed frame"]

    /// Whether a product is sold by standard bed size (`Queen`, `1.8m床`): bedding, beds, mattresses.
    static func isSoldByBedSize(_ facts: ListingFacts) -> Bool {
        facts.profile == .homeTextiles || (facts.profile == .furniture && facts.title.contains(.bedTerms))
    }

    /// Whether `value` is a letter size (`M`, `XL`, `均码`, `One Size`, `L码`, `S/M`).
    static func isLetterSize(_ value: String) -> Bool {
        let parts = value.split(separator: "/")
        if parts.count > 1 { return parts.allSatisfy { isLetterSize(String($0)) } }
        var key = TextFold.key(value.trimmingWhitespace())
        if key.count > 1, key.hasSuffix("码") || key.hasSuffix("号") { key = String(key.dropLast()) }
        return letterSizes.contains(key)
    }

    /// Units after an age or age range that make it a children's size (`3-6M`, `2T`, `12-18 meses`, `2 años`).
    static let ageUnits: Set<String> = [
        "m", "mo", "mos", "month", "months", "meses", "mes", "mån", "månader", "y", "yr", "yrs", "year", "years",
        "año", "años", "anos", "t", "个月", "月", "岁",
    ]
    /// Children's sizes named without a number.
    static let ageWords: Set<String> = ["newborn", "nb", "preemie", "recién nacido", "recien nacido", "新生儿"]

    /// Whether `value` is a children's size given by age: an age or age range and its unit (`0-3M`, `3-6 months`,
    /// `6-12-meses`, `2T`, `2 años`, `6个月`), or a newborn size.
    static func isAgeSize(_ value: String) -> Bool {
        let key = TextFold.key(value.trimmingWhitespace())
        if ageWords.contains(key) { return true }
        let bytes = Array(key.utf8)
        var index = 0
        var numbers = 0
        while index < bytes.count {
            guard bytes[index] &- 0x30 < 10 else { break }
            while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
            numbers += 1
            // A range joiner between two numbers: `-`, `~`, `/`, `to`, `a`.
            var next = index
            while next < bytes.count, bytes[next] == 0x20 { next += 1 }
            for joiner in ["-", "~", "/", "to", "a", "至", "到"].map({ Array($0.utf8) }) {
                var after = next + joiner.count
                guard after <= bytes.count, Array(bytes[next..<after]) == joiner else { continue }
                while after < bytes.count, bytes[after] == 0x20 { after += 1 }
                if after < bytes.count, bytes[after] &- 0x30 < 10 { index = after }
                break
            }
        }
        guard numbers > 0, numbers <= 2 else { return false }
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x2D { index += 1 }
        return ageUnits.contains(String(decoding: bytes[index...], as: UTF8.self).trimmingWhitespace())
    }

    /// Whether an option value is a colour or placeholder with nothing size-like beside it (`默认`, `红色`).
    static func isNotASize(_ value: OptionValue) -> Bool {
        let trimmed = value.text.source.trimmingWhitespace()
        if trimmed.isEmpty || trimmed.contains(where: \.isNumber) { return false }
        let tokens = trimmed.split { $0 == " " || $0 == "-" || $0 == "," || $0 == "，" }
        if value.isLetterSize || tokens.contains(where: { isLetterSize(String($0)) }) { return false }
        if value.text.contains(.bedSizes) { return false }
        return value.namesColour || value.text.contains(.sizePlaceholders)
    }

    /// Whether the listing's kind of product needs a size: apparel (unless sold unsized), shoes, and accessories
    /// and jewellery whose title or category names a sized item (the most specific word decides: `ring` yes,
    /// `ring light` no) or whose taxonomy category carries a size attribute (`Suspenders`, `Leg Warmers`).
    static func needsSize(_ facts: ListingFacts) -> Bool {
        switch facts.profile {
        case .apparel: return !facts.titleOrCategoryNames(.unsizedGarments)
        case .shoes: return true
        case .accessories, .jewellery:
            let hits = ([facts.title] + facts.categoryTexts).flatMap {
                $0.hits[ListingPhrase.sizedAccessories.rawValue]
            }
            if facts.categoryNeeds?.contains(.sized) == true { return true }
            return (hits.max { $0.length < $1.length }?.value ?? 0) == 1
        default: return false
        }
    }

    /// Whether the listing's kind of product needs dimensions. Home goods need them when the title names a
    /// container or storage (a catch-all category such as `Storage` is not enough) or a Chinese head noun of goods
    /// bought by their dimensions (`HeadNouns`: 珐琅锅, 落地镜; not 锅铲, 眼镜), or the taxonomy category that decided
    /// the profile or one the title names is bought by its dimensions (planters, fence panels).
    static func needsDimensions(_ facts: ListingFacts) -> Bool {
        switch facts.profile {
        case .furniture, .bags, .homeTextiles: return true
        case .homeGoods:
            return facts.title.contains(.dimensionalHomeGoods) || !facts.title.unguardedHits(.headNouns).isEmpty
                || facts.namesDimensionalCategory
        default: return false
        }
    }
}
