/// Colour names (zh and en) → colour families, for comparing a title with colour options. Titles are matched
/// strictly (`黑色`, `藏青`, `red`; bare `黑` or `金` would hit `黑科技` and `金属`); option values also match bare
/// one-character names (`黑`, `白`). Idioms that are no colour (`蓝牙`, `blue light`, `红茶`, `white noise`) are masked.
public struct ColourFamilies: Sendable {
    private let strict: TermList
    private let broad: TermList
    private let families: [String: String]

    public static let standard = ColourFamilies()

    private init() {
        var families: [String: String] = [:]
        for (family, names) in Self.names { for name in names { families[name] = family } }
        for idiom in Self.idioms { families[idiom] = "" }
        self.families = families
        strict = TermList(Array(families.keys).sorted())
        broad = TermList(Array(families.keys).sorted() + Self.optionOnly.keys.sorted())
    }

    /// The colour families named in a title (idioms and negated names left out).
    public func families(inTitle text: String) -> [(family: String, match: TermMatch)] {
        strict.matches(in: text).compactMap { match in
            guard !match.isNegated, let family = families[match.term], !family.isEmpty else { return nil }
            return (family, match)
        }
    }

    /// The colour families an option value names (`黑`, `Navy Blue`, `酒红色`).
    public func families(inOption value: String) -> Set<String> {
        Set(broad.matches(in: value).compactMap { match in
            let family = families[match.term] ?? Self.optionOnly[match.term]
            return family?.isEmpty == false ? family : nil
        })
    }

    private static let names: [String: [String]] = [
        "red": ["红色", "大红", "酒红", "酒红色", "枣红", "red", "burgundy", "wine red", "maroon", "crimson"],
        "pink": ["粉色", "粉红", "粉红色", "玫红", "玫红色", "pink", "blush"],
        "orange": ["橙色", "橘色", "橘红", "orange"],
        "yellow": ["黄色", "姜黄", "明黄", "yellow", "mustard"],
        "green": ["绿色", "墨绿", "军绿", "军绿色", "薄荷绿", "green"],
        "blue": ["蓝色", "藏青", "藏青色", "天蓝", "宝蓝", "深蓝", "浅蓝", "雾霾蓝", "海军蓝", "牛仔蓝", "blue",
                 "navy", "navy blue", "sky blue", "royal blue", "teal", "turquoise", "denim blue"],
        "purple": ["紫色", "香芋紫", "紫罗兰", "purple", "violet", "lilac", "lavender"],
        "brown": ["棕色", "咖啡色", "咖色", "驼色", "焦糖色", "brown"],
        "beige": ["米色", "杏色", "卡其", "卡其色", "beige", "khaki"],
        "white": ["白色", "米白", "米白色", "乳白", "象牙白", "white", "ivory", "off-white", "off white"],
        "grey": ["灰色", "深灰", "浅灰", "烟灰", "grey", "gray", "charcoal"],
        "black": ["黑色", "纯黑", "black"],
        "silver": ["银色", "silver"],
        "gold": ["金色", "香槟金", "gold", "golden"],
    ]
    /// Names trusted only in an option value, where nothing else can be meant (`黑`, `Cream`, `Olive`).
    private static let optionOnly: [String: String] = [
        "红": "red", "粉": "pink", "橙": "orange", "黄": "yellow", "绿": "green", "蓝": "blue", "紫": "purple",
        "棕": "brown", "咖": "brown", "白": "white", "灰": "grey", "黑": "black", "银": "silver", "金": "gold",
        "rose": "pink", "olive": "green", "mint": "green", "sage": "green", "coffee": "brown", "camel": "brown",
        "chocolate": "brown", "tan": "brown", "nude": "beige", "apricot": "beige", "cream": "white",
        "champagne": "gold",
    ]
    private static let idioms = [
        "蓝牙", "蓝光", "红茶", "绿茶", "白茶", "黑茶", "红酒", "白酒", "黑科技", "白噪音", "红外", "金属", "白鸭绒",
        "白鹅绒", "blue light", "bluetooth", "red wine", "white wine", "white noise", "black friday", "green tea",
        "black tea", "white tea", "rose gold", "gold plated", "silver plated", "sterling silver",
    ]
}
