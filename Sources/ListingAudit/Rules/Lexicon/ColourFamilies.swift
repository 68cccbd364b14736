/// Colour names (zh and en) → colour families, for comparing a title with colour options. Titles are matched
/// strictly (`黑色`, `藏青`, `red`; bare `黑` or `金` would hit `黑科技` and `金属`); option values also match bare
/// one-character names (`黑`, `白`). Idioms that are no colour (`蓝牙`, `blue light`, `红茶`, `white noise`) are masked.
public enum ColourFamilies {
    /// The colour families, in list-value order.
    static let families: [String] = names.keys.sorted()

    /// Title entries: colour names (value: the family's position in `families`) and idioms (-1).
    static let titleEntries: [(text: String, value: Int32)] = {
        var entries: [(text: String, value: Int32)] = []
        for (position, family) in families.enumerated() {
            entries += names[family, default: []].map { ($0, Int32(position)) }
            entries += compounds[family, default: []].map { ($0, Int32(position)) }
            entries += otherLanguages[family, default: []].map { ($0, Int32(position)) }
        }
        return entries + idioms.map { ($0, -1) }
    }()

    /// Option-value entries: the title entries and the names trusted only in option values.
    static let optionEntries: [(text: String, value: Int32)] = {
        let optionOnlyEntries = optionOnly.sorted { $0.key < $1.key }.map { entry in
            (text: entry.key, value: Int32(families.firstIndex(of: entry.value) ?? -1))
        }
        return optionOnlyEntries + titleEntries
    }()

    /// The colour families named in a title (idioms and negated names left out), with the words that named them.
    static func families(inTitle text: ScannedText) -> [(family: String, match: TextMatch)] {
        text.matches(.colourNames).compactMap { match in
            guard !match.isNegated, match.value >= 0 else { return nil }
            return (families[Int(match.value)], match)
        }
    }

    /// The colour families an option value names (`黑`, `Navy Blue`, `酒红色`).
    static func families(inOption value: ScannedText) -> Set<String> {
        Set(value.hits[ListingPhrase.colourNamesInOptions.rawValue].compactMap { hit in
            hit.value >= 0 ? families[Int(hit.value)] : nil
        })
    }

    /// `families(inOption:)` as a bit set over `families`' positions.
    static func mask(inOption value: ScannedText) -> UInt32 {
        value.hits[ListingPhrase.colourNamesInOptions.rawValue].reduce(0) { mask, hit in
            hit.value >= 0 ? mask | 1 << UInt32(hit.value) : mask
        }
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
    /// The base colours in the European languages shops write in (Spanish, Portuguese, Italian, French, German,
    /// Swedish), accents folded away as the text is, so that `colour.missing` can judge clothes written in them
    /// (`RuleDescription.otherLanguageProfiles`). Left out where the word is a common English one or a thing
    /// (`rot`, `röd` read as `rod`, `café`, `crema`, `oro`).
    private static let otherLanguages: [String: [String]] = [
        "red": ["rojo", "roja", "rosso", "rossa", "vermelho", "vermelha", "rouge"],
        "pink": ["rosa", "rosado", "rosada", "fucsia"],
        "orange": ["naranja", "arancione", "laranja"],
        "yellow": ["amarillo", "amarilla", "giallo", "gialla", "amarelo", "amarela", "jaune", "gelb", "gul"],
        "green": ["verde", "vert", "verte", "grün", "gruen", "grön"],
        "blue": ["azul", "azul marino", "celeste", "azzurro", "azzurra", "bleu", "bleue", "bleu marine",
                 "blau", "marineblau", "blå", "marinblå"],
        "purple": ["morado", "morada", "viola", "roxo", "roxa", "lila"],
        "brown": ["marrón", "marrone", "marrom", "marron", "braun", "brun"],
        "white": ["blanco", "blanca", "bianco", "bianca", "branco", "branca", "blanc", "blanche", "weiß", "weiss",
                  "vit"],
        "grey": ["gris", "grigio", "grigia", "cinza", "grau", "grå"],
        "black": ["negro", "negra", "nero", "nera", "preto", "preta", "noir", "noire", "schwarz", "svart"],
        "silver": ["plateado", "plateada", "argento", "prateado", "argenté", "silber"],
        "gold": ["dorado", "dorada", "dourado", "dorato", "doré"],
    ]
    /// Chinese compound colour words: a shade, place or thing before a one-character base colour (`中国红`, `青粉`,
    /// `湖蓝`, `奶白`), by the base colour's family. Two characters or more, so safe in titles where a bare `红`
    /// is not; the longest name wins, so listed names (`酒红色`) and idioms (`红茶`) keep their meaning.
    private static let compounds: [String: [String]] = {
        let bases: [(Character, String)] = [
            ("红", "red"), ("粉", "pink"), ("橙", "orange"), ("黄", "yellow"), ("绿", "green"), ("蓝", "blue"),
            ("青", "blue"), ("紫", "purple"), ("棕", "brown"), ("白", "white"), ("灰", "grey"), ("黑", "black"),
        ]
        let shades = [
            "中国", "青", "湖", "天", "宝", "墨", "嫩", "浅", "深", "淡", "亮", "暗", "灰", "粉", "米", "奶", "雾",
            "玫", "枣", "橘", "姜", "土", "砖", "珊瑚", "薄荷", "樱花", "烟", "炭", "象牙", "雪", "冰", "孔雀", "宝石",
            "莫兰迪", "奶油", "焦糖", "豆沙", "水", "草", "果", "柠檬", "芥末", "橄榄", "酒", "铁", "石墨", "曜石",
        ]
        var compounds: [String: [String]] = [:]
        for (base, family) in bases {
            compounds[family, default: []] += shades.filter { $0.last != base }.map { $0 + String(base) }
        }
        return compounds
    }()
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
        // Words ending in a colour character that name no shade (a shade's name may end in one: `晴空蓝`).
        "网红", "美白", "蛋白", "奶粉", "蜜粉", "石灰", "椰棕",
    ]
}
