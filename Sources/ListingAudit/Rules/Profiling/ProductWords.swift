/// What a taxonomy category says its products need (`TaxonomyWords`).
struct CategoryNeeds: OptionSet, Sendable, Equatable {
    let rawValue: Int32
    /// Its categories carry a size attribute (clothes, shoes, rings).
    static let sized = CategoryNeeds(rawValue: 1)
    /// Its products are bought by their dimensions (furniture, bags, bedding, planters, fence panels).
    static let dimensional = CategoryNeeds(rawValue: 2)
    /// The name is specific enough to decide from a title (`bean bag chair`, `tuxedo`), not only from a category.
    static let titles = CategoryNeeds(rawValue: 4)
}

/// What one product word says about a listing's profile.
struct ProfileHint: Sendable, Equatable {
    /// The profile; `nil` for a neutral term (a colour like `咖啡色`) that only cancels the product words inside it.
    let profile: ProductProfile?
    /// A broad term (`Apparel & Accessories`, `配件`) that decides only when nothing more specific is found.
    let isWeak: Bool
    /// What the taxonomy category the word names says the product needs; `nil` for a built-in or shop's own word.
    let needs: CategoryNeeds?
    /// A count of pieces that names its product only where the title names no other (`四件套`, a four-piece set:
    /// bedding alone or beside a bed, a skin-care set beside `精华`; `ProductWords.pieceCounts`).
    let isPieceCount: Bool
    /// A vehicle's name (`car`, `汽车`: `ProductWords.vehicles`) or a vehicle part's (the taxonomy's Vehicles & Parts,
    /// `timing belt`, `刹车片`): it marks a vehicle part, which a clothing word inside the part's name does not make
    /// a garment (`CategoryProfiler`).
    let isVehicle: Bool
    /// A prepared food's name (a meal, a side dish, a salad, a dessert: `ProductWords.preparedFood`, the taxonomy's
    /// Prepared Foods and its cakes and desserts): food asked for its portion, not its net content. It decides in a
    /// category path or product type, as the head of a segment, and never in a title (`CategoryProfiler`).
    let isPreparedFood: Bool

    /// The hint as a list value: the profile's position in `ProductProfile.allCases` (255 for none), plus 256 when
    /// weak, plus 512 and the category needs shifted by 10 bits for a taxonomy name, plus 8192 for a piece count,
    /// plus 16384 for a vehicle's or vehicle part's name, plus 32768 for a prepared food's.
    var value: Int32 {
        let position = profile.flatMap { ProductProfile.allCases.firstIndex(of: $0) } ?? 255
        let taxonomy = needs.map { 0x200 | $0.rawValue << 10 } ?? 0
        return Int32(position) | (isWeak ? 0x100 : 0) | taxonomy | (isPieceCount ? 0x2000 : 0)
            | (isVehicle ? 0x4000 : 0) | (isPreparedFood ? 0x8000 : 0)
    }

    /// The hint a list value stands for.
    init(value: Int32) {
        let position = Int(value & 0xFF)
        profile = position < ProductProfile.allCases.count ? ProductProfile.allCases[position] : nil
        isWeak = value & 0x100 != 0
        needs = value & 0x200 != 0 ? CategoryNeeds(rawValue: value >> 10 & 0x7) : nil
        isPieceCount = value & 0x2000 != 0
        isVehicle = value & 0x4000 != 0
        isPreparedFood = value & 0x8000 != 0
    }

    init(
        profile: ProductProfile?, isWeak: Bool, needs: CategoryNeeds? = nil, isPieceCount: Bool = false,
        isVehicle: Bool = false, isPreparedFood: Bool = false
    ) {
        self.profile = profile
        self.isWeak = isWeak
        self.needs = needs
        self.isPieceCount = isPieceCount
        self.isVehicle = isVehicle
        self.isPreparedFood = isPreparedFood
    }
}

/// The built-in product words the category profiler matches, in Chinese and English.
///
/// Compound terms are listed where a generic word would mislead: `手机壳` is an electronics accessory, `shoe rack` is
/// furniture, `ring light` is electronics. The longest word wins, so the compound outranks its parts. A `nil`
/// profile marks a neutral term that only exists to outrank a misleading part (`咖啡色` is a colour, not coffee).
enum ProductWords {
    /// Every word with its hint's list value: the taxonomy's category names, then the built-in strong and weak terms,
    /// neutral terms last, then a shop's own category words (`categoryKeywords` in the config: profile name → words;
    /// unknown profile names are ignored). A later word overrides an earlier one of the same spelling.
    static func entries(extra: [String: [String]]) -> [(text: String, value: Int32)] {
        var entries = taxonomy + strong.map { ($0.0, ProfileHint(profile: $0.1, isWeak: false).value) }
            + pieceCounts.map { ($0.0, ProfileHint(profile: $0.1, isWeak: false, isPieceCount: true).value) }
            + weak.map { ($0.0, ProfileHint(profile: $0.1, isWeak: true).value) }
            + (vehicles + fittedMakes).map {
                ($0, ProfileHint(profile: .general, isWeak: false, isVehicle: true).value)
            }
            + preparedFood.map { ($0, ProfileHint(profile: .food, isWeak: false, isPreparedFood: true).value) }
        var extraByProfile: [ProductProfile: [String]] = [:]
        for (name, words) in extra {
            guard let profile = ProductProfile(rawValue: name) ?? ProductProfile.allCases.first(where: {
                "\($0)" == name
            }) else { continue }
            extraByProfile[profile, default: []] += words
        }
        for (profile, words) in extraByProfile.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            entries += words.map { ($0, ProfileHint(profile: profile, isWeak: false).value) }
        }
        return entries + closedCompounds(of: entries)
    }

    /// The closed spellings of the two-word English names among `entries` (`beanbag` for `bean bag`, `tanktop` for
    /// `tank top`), with their names' hints, where no entry is spelt so already: shops write compounds open, hyphenated
    /// or closed, and the folding makes a hyphen a space but cannot split a closed word. Both words must have three
    /// letters or more (`t shirt` stays as listed).
    static func closedCompounds(of entries: [(text: String, value: Int32)]) -> [(text: String, value: Int32)] {
        // Read at every start: the entries' bytes are walked in place, and only the few compounds are hashed.
        var closed: [(text: String, value: Int32)] = []
        var candidates: [String: Int] = [:]
        for (text, value) in entries {
            var text = text
            guard let joined = text.withUTF8(Self.closedSpelling) else { continue }
            // As for the names themselves, a later entry of the same spelling overrides an earlier one.
            if let index = candidates[joined] {
                closed[index].value = value
            } else {
                candidates[joined] = closed.count
                closed.append((joined, value))
            }
        }
        guard !closed.isEmpty else { return [] }
        // A closed word listed already (`keyring` beside `key ring`) keeps its own entry.
        var spelt = [Bool](repeating: false, count: closed.count)
        for (text, _) in entries where text.utf8.count >= 6 {
            if let index = candidates[text] { spelt[index] = true }
        }
        return closed.indices.filter { !spelt[$0] }.map { closed[$0] }
    }

    /// The closed spelling of a name of two ASCII words of three letters or more (`bean bag`: `beanbag`), else `nil`.
    private static func closedSpelling(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count >= 7, bytes.count < 64 else { return nil }
        var space = -1
        for (index, byte) in bytes.enumerated() {
            if byte == 0x20 {
                guard space < 0 else { return nil }
                space = index
            } else if byte | 0x20 < UInt8(ascii: "a") || byte | 0x20 > UInt8(ascii: "z") {
                return nil
            }
        }
        guard space >= 3, bytes.count - space - 1 >= 3 else { return nil }
        var joined = Array(bytes[..<space])
        joined.append(contentsOf: bytes[(space + 1)...])
        return String(decoding: joined, as: UTF8.self)
    }

    /// Google product category ids (top levels and a few common leaves) for feeds that give the id only.
    static let googleCategoryIDs: [String: ProfileHint] = [
        "166": ProfileHint(profile: .apparel, isWeak: true), "1604": ProfileHint(profile: .apparel, isWeak: false),
        "2271": ProfileHint(profile: .apparel, isWeak: false), "212": ProfileHint(profile: .apparel, isWeak: false),
        "204": ProfileHint(profile: .apparel, isWeak: false), "187": ProfileHint(profile: .shoes, isWeak: false),
        "188": ProfileHint(profile: .jewellery, isWeak: false),
        "167": ProfileHint(profile: .accessories, isWeak: false), "5181": ProfileHint(profile: .bags, isWeak: false),
        "6551": ProfileHint(profile: .bags, isWeak: false), "222": ProfileHint(profile: .electronics, isWeak: false),
        "267": ProfileHint(profile: .electronics, isWeak: false),
        "436": ProfileHint(profile: .furniture, isWeak: false),
        "536": ProfileHint(profile: .homeGoods, isWeak: true), "638": ProfileHint(profile: .homeGoods, isWeak: false),
        "4171": ProfileHint(profile: .homeTextiles, isWeak: false),
        "569": ProfileHint(profile: .homeTextiles, isWeak: false), "469": ProfileHint(profile: .beauty, isWeak: false),
        "412": ProfileHint(profile: .food, isWeak: false), "422": ProfileHint(profile: .food, isWeak: false),
        "1239": ProfileHint(profile: .toys, isWeak: false), "1253": ProfileHint(profile: .toys, isWeak: false),
    ]

    /// The category names of `TaxonomyWords.table` with their hints' list values, read once, byte by byte (the
    /// table is read at every start).
    static let taxonomy: [(text: String, value: Int32)] = {
        let bytes = Array(TaxonomyWords.table.utf8)
        var entries: [(text: String, value: Int32)] = []
        entries.reserveCapacity(bytes.count / 16)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if let entry = taxonomyEntry(bytes[start..<end]) { entries.append(entry) }
            start = end + 1
        }
        return entries
    }()

    /// One `name|profile|flags` line of the table as a list entry.
    private static func taxonomyEntry(_ line: ArraySlice<UInt8>) -> (text: String, value: Int32)? {
        let bar = UInt8(ascii: "|")
        guard let first = line.firstIndex(of: bar), let second = line[(first + 1)...].firstIndex(of: bar),
            let profile = ProductProfile(rawValue: String(decoding: line[(first + 1)..<second], as: UTF8.self))
        else { return nil }
        var needs: CategoryNeeds = []
        var isWeak = false
        var isVehicle = false
        var isPreparedFood = false
        for flag in line[(second + 1)...] {
            switch flag {
            case UInt8(ascii: "s"): needs.insert(.sized)
            case UInt8(ascii: "d"): needs.insert(.dimensional)
            case UInt8(ascii: "t"): needs.insert(.titles)
            case UInt8(ascii: "w"): isWeak = true
            case UInt8(ascii: "v"): isVehicle = true
            case UInt8(ascii: "p"): isPreparedFood = true
            default: break
            }
        }
        let hint = ProfileHint(
            profile: profile, isWeak: isWeak, needs: needs, isVehicle: isVehicle, isPreparedFood: isPreparedFood)
        return (String(decoding: line[..<first], as: UTF8.self), hint.value)
    }

    /// Keywords that decide a profile on their own.
    private static let strong: [(String, ProductProfile?)] = apparel + shoes + accessories + bags + jewellery
        + homeTextiles + furniture + homeGoods + electronics + beauty + food + toys + neutral

    /// Broad or ambiguous terms (`Apparel & Accessories`, `配件`, `Home & Garden`): used only when no text of the
    /// listing has a strong keyword.
    private static let weak: [(String, ProductProfile?)] = [
        ("apparel & accessories", .apparel), ("ropa y accesorios", .apparel), ("服饰鞋包", .apparel),
        ("鞋包", .apparel), ("fashion", .apparel), ("服饰", .apparel), ("服装服饰", .apparel),
        ("accessories", .accessories), ("clothing accessories", .accessories), ("配件", .accessories),
        ("配饰", .accessories), ("服饰配件", .accessories), ("home & garden", .homeGoods), ("home", .homeGoods),
        ("household", .homeGoods), ("家居", .homeGoods), ("家居日用", .homeGoods), ("家居用品", .homeGoods),
        ("日用百货", .homeGoods), ("数码配件", .electronics), ("母婴", .toys),
    ]

    private static func tag(_ profile: ProductProfile, _ words: [String]) -> [(String, ProductProfile?)] {
        words.map { ($0, profile) }
    }

    private static let apparel = tag(.apparel, [
        "女装", "男装", "童装", "服装", "上衣", "连衣裙", "半身裙", "裙子", "裙", "裤子", "裤", "牛仔裤", "短裤", "衬衫",
        "t恤", "卫衣", "毛衣", "针织衫", "开衫", "外套", "夹克", "羽绒服", "棉服", "风衣", "大衣", "西装", "马甲", "背心",
        "吊带", "帽衫", "连帽", "冲锋衣", "软壳衣", "抓绒衣", "睡衣", "家居服", "内衣", "文胸", "内裤", "袜子", "打底衫",
        "polo衫", "旗袍", "汉服", "泳衣", "运动服",
        // The generic noun, a garment's body, and tops named by their sleeves, as Chinese fashion copy names the
        // product (`深蓝色的衣服`, `条纹衣身`, `这款短袖`); a storage good named after them is none (`衣服收纳袋`:
        // `ProductModifiers`).
        "衣服", "衣身", "短袖", "长袖",
        "clothing", "clothes", "apparel", "dress", "shirt", "t-shirt", "tshirt", "tee", "blouse", "sweater", "hoodie",
        "sweatshirt", "cardigan", "jacket", "coat", "jeans", "pants", "trousers", "shorts", "skirt", "leggings",
        "jumpsuit", "romper", "pajamas", "pyjamas", "lingerie", "bra", "underwear", "socks", "swimsuit", "bikini",
        "suit", "vest", "polo shirt", "kimono", "tracksuit", "joggers", "sweatpants", "overalls", "onesie",
        "tank top", "crop top", "camisole", "blazer", "parka", "outerwear", "jumper", "top", "娃娃裙", "水手裙",
        // Spanish, as Shopify's taxonomy and Spanish shops name clothes (`Prendas de vestir > Camisetas`).
        "prendas de vestir", "ropa deportiva", "camiseta", "camisetas", "sudadera", "pantalón", "pantalones",
        "vestido", "falda", "chaqueta", "leggins", "mallas",
    ])

    private static let shoes = tag(.shoes, [
        "鞋", "鞋子", "女鞋", "男鞋", "童鞋", "运动鞋", "帆布鞋", "高跟鞋", "凉鞋", "拖鞋", "靴", "靴子", "短靴", "马丁靴",
        "板鞋", "皮鞋", "单鞋", "乐福鞋", "鞋靴", "shoes", "shoe", "sneaker", "boots", "boot", "sandal", "slippers",
        "slipper", "heels", "loafer", "trainers", "ballet flats", "footwear", "flip flops", "clogs", "espadrilles",
        "running shoes", "dress shoes", "high top", "calzado", "zapatos", "zapatillas",
    ])

    private static let accessories = tag(.accessories, [
        "帽子", "帽", "棒球帽", "渔夫帽", "毛线帽", "手套", "腰带", "皮带", "围巾", "丝巾", "披肩", "领带", "发夹", "发箍",
        "墨镜", "太阳镜", "hat", "cap", "beanie", "gloves", "glove", "mittens", "belt", "scarf", "scarves", "shawl",
        "necktie", "bow tie", "sunglasses", "hair clip", "headband", "bandana", "beret", "bucket hat", "baseball cap",
        "fedora", "key ring", "keyring", "keychain",
        // Sports supports, worn to fit on a wrist, knee, elbow, ankle or waist.
        "护腕", "护膝", "护肘", "护踝", "护腰", "wrist brace", "wrist support", "knee brace", "knee support",
        "knee sleeve", "elbow brace", "elbow support", "ankle brace", "ankle support", "back brace",
    ])

    private static let bags = tag(.bags, [
        "包包", "女包", "男包", "背包", "双肩包", "单肩包", "斜挎包", "手提包", "托特包", "腰包", "胸包", "钱包", "卡包",
        "书包", "帆布包", "行李箱", "拉杆箱", "旅行箱", "箱包", "手拿包", "化妆包", "旅行包", "妈咪包", "电脑包",
        "bag", "handbag", "backpack", "tote", "purse", "wallet", "clutch", "crossbody", "luggage", "suitcase",
        "duffel", "satchel", "messenger bag", "fanny pack", "belt bag", "laptop bag", "laptop backpack", "camera bag",
        "makeup bag", "cosmetic bag", "luggage & bags",
    ])

    private static let jewellery = tag(.jewellery, [
        "戒指", "对戒", "项链", "耳环", "耳钉", "耳坠", "手链", "手镯", "脚链", "吊坠", "胸针", "首饰", "饰品", "珠宝",
        "银饰", "手表", "ring", "necklace", "earring", "bracelet", "bangle", "pendant", "anklet", "brooch", "jewelry",
        "jewellery", "cufflinks", "charm bracelet", "watch", "wedding band", "engagement ring",
    ])

    /// Names of road vehicles, which mark a title as a vehicle part's where no product word decides (`Car Van
    /// Mounting Kit`, `汽车脚垫`) or where a clothing word sits inside the part's name (`Car Bumper Lip Skirt Guard`,
    /// `汽车前唇裙边`; `CategoryProfiler`). Not `van` (the shoe brand), `bike` (bicycles are sporting goods), `机车`
    /// (biker style: `机车夹克`) or `车` alone (`车厘子`, `车间`); a toy car is decided by `toy` first.
    private static let vehicles = [
        "car", "auto", "automotive", "automobile", "vehicle", "truck", "motorcycle", "motorbike", "汽车", "车用",
        "车载", "轿车", "货车", "摩托", "摩托车",
    ]

    /// A car make after `for` or `fits` (`For Ford Transit`, `Fits Vauxhall Astra`, `适用于大众`): a part named by the
    /// vehicle it fits, which shops often write instead of `car`. Not a make alone: `Tom Ford` sunglasses, a girl
    /// named Mercedes.
    private static let fittedMakes: [String] = {
        let makes = [
            "ford", "vauxhall", "opel", "peugeot", "citroen", "renault", "toyota", "honda", "nissan", "mazda", "subaru",
            "mitsubishi", "hyundai", "kia", "volkswagen", "vw", "audi", "bmw", "mercedes", "skoda", "fiat", "volvo",
            "jeep", "chevrolet", "chevy", "dodge", "lexus", "tesla", "porsche", "land rover", "range rover", "suzuki",
            "kawasaki", "harley",
        ]
        let chineseMakes = [
            "大众", "丰田", "本田", "日产", "宝马", "奔驰", "奥迪", "别克", "福特", "特斯拉", "比亚迪", "吉利", "马自达", "起亚",
        ]
        return makes.flatMap { ["for \($0)", "fits \($0)", "fit \($0)"] }
            + chineseMakes.flatMap { ["适用于\($0)", "适用\($0)"] }
    }()

    /// Counts of pieces that name a product when the title names no other: a bare `四件套` (duvet cover, sheet and
    /// two pillowcases) is the bedding set Chinese shops sell by that name, but beside `精华` or `锅` it counts a
    /// skin-care set's or a cookware set's pieces (`CategoryProfiler`).
    private static let pieceCounts = tag(.homeTextiles, ["四件套"])

    private static let homeTextiles = tag(.homeTextiles, [
        "床上用品", "床单", "被套", "被罩", "枕套", "枕头", "被子", "蚕丝被", "夏凉被", "毛毯", "毯子", "床笠",
        "浴巾", "毛巾", "面巾", "窗帘", "纱帘", "地毯", "地垫", "门垫", "沙发垫", "沙发套", "抱枕", "靠垫", "桌布", "家纺",
        "椅垫", "枕", "空调被", "羽绒被", "盖毯", "坐垫", "蒲团",
        "bedding", "duvet", "duvet cover", "comforter", "quilt", "sheet set", "bed sheet", "fitted sheet",
        "pillowcase", "pillow", "throw pillow", "cushion", "cushion cover", "blanket", "throw", "towel",
        "bath towel", "tea towel", "curtain", "drapes", "rug", "carpet", "doormat", "tablecloth", "table runner",
        "sofa cover", "linens", "linens & bedding", "bed clothes", "bedclothes", "bed linen",
    ])

    private static let furniture = tag(.furniture, [
        "家具", "沙发", "椅子", "椅", "桌子", "桌", "餐桌", "书桌", "茶几", "柜", "衣柜", "鞋柜", "鞋架", "书架", "置物架",
        "床头柜", "床", "床架", "实木床", "斗柜", "电视柜", "凳子", "凳", "梳妆台", "衣帽架", "床垫", "furniture", "sofa",
        "couch", "chair", "table", "desk", "bookshelf", "bookcase", "shelf", "shelves", "cabinet", "wardrobe",
        "dresser", "nightstand", "stool", "ottoman", "bed frame", "bed", "mattress", "shoe rack", "shoe cabinet",
        "coat rack", "tv stand", "bench", "sideboard", "console table", "coffee table", "bean bag", "drawers",
        "chest of drawers", "落地灯",
        "floor lamp", "宠物窝", "猫窝", "狗窝", "pet bed",
    ])

    private static let homeGoods = tag(.homeGoods, [
        "收纳盒", "收纳箱", "收纳袋", "收纳", "储物", "厨房", "锅", "炒锅", "碗", "盘子", "杯子", "水杯", "保温杯", "餐具",
        "刀具", "菜板", "砧板", "衣架", "垃圾桶", "垃圾袋", "花瓶", "挂钩", "保鲜盒", "水壶", "茶具", "storage box",
        "storage bin", "organizer", "organiser", "container", "basket", "kitchen", "cookware", "frying pan", "pot",
        "mug", "coffee mug", "cup", "bowl", "plate", "utensil", "knife", "cutting board", "hanger", "trash can",
        "garbage bag", "vase", "lamp", "candle", "jar", "water bottle", "lunch box", "tumbler", "teapot", "tea set",
        "baking sheet", "paper towel", "napkin ring", "towel rack", "毛巾架", "curtain rod", "窗帘杆", "猫砂盆",
        "食盆", "饮水器", "litter box", "pet bowl", "plant pot", "watering can", "fence", "slat", "花盆",
        "浇水壶", "洒水壶", "栅栏", "篱笆", "围栏",
    ])

    private static let electronics = tag(.electronics, [
        "手机", "手机壳", "手机套", "手机支架", "数据线", "充电线", "充电器", "充电宝", "耳机", "蓝牙耳机", "音箱", "音响",
        "键盘", "鼠标", "鼠标垫", "电脑", "笔记本电脑", "平板", "数码", "相机", "摄像头", "补光灯", "智能手表", "路由器",
        "显示器", "电子", "吹风机", "电动牙刷", "electronics", "phone", "smartphone", "iphone", "phone case",
        "iphone case", "charger", "cable", "usb", "usb-c", "headphones", "earbuds", "earphones", "speaker", "keyboard",
        "mouse", "mouse pad", "laptop", "tablet", "ipad", "camera", "webcam", "ring light", "smart watch",
        "smartwatch", "fitness tracker", "power bank", "router", "monitor", "hdmi", "adapter", "bluetooth",
        "led strip", "tripod", "drone", "ring doorbell", "apple watch", "jumper cable", "jumper wire",
    ])

    private static let beauty = tag(.beauty, [
        "美妆", "彩妆", "护肤", "口红", "唇膏", "粉底", "粉底液", "眼影", "眼线", "睫毛膏", "面膜", "面霜", "精华", "乳液",
        "爽肤水", "洗面奶", "防晒", "香水", "洗发水", "沐浴露", "身体乳", "指甲油", "美甲", "化妆刷", "护手霜", "卸妆",
        "beauty", "cosmetics", "makeup", "lipstick", "lip gloss", "foundation", "mascara", "eyeshadow", "eyeliner",
        "serum", "moisturizer", "moisturiser", "face cream", "sheet mask", "cleanser", "toner", "sunscreen",
        "perfume", "fragrance", "shampoo", "conditioner", "body lotion", "lotion", "nail polish", "skincare",
        "skin care", "health & beauty", "makeup brush",
        // Feeds' care categories and the care goods named by their use (a bare `cream` is a colour: `Cream Sofa`).
        "body care", "facial care", "bath & body", "eye cream", "hand cream", "night cream", "body oil",
        "beard oil", "body scrub", "lip balm", "toothpaste", "eau de parfum", "eau de toilette",
    ])

    private static let food = tag(.food, [
        "食品", "零食", "茶叶", "茶", "咖啡", "饼干", "坚果", "巧克力", "糖果", "蜂蜜", "大米", "面条", "调味", "特产",
        "牛肉干", "水果", "饮料", "奶粉", "food", "snack", "tea", "coffee", "chocolate", "candy", "cookies",
        "biscuits", "nuts", "honey", "rice", "noodles", "sauce", "spice", "jerky", "beverage", "grocery",
        "ice cream", "tea bag", "food, beverages & tobacco",
    ])

    /// Prepared food the taxonomy does not name (its Prepared Foods and cakes and desserts are `TaxonomyWords`'
    /// names): a shop's product type `Meal`, `Salad`, `Dessert`. Not built with `tag`: they decide only in category
    /// texts, as heads (`ProfileHint.isPreparedFood`), and the taxonomy script must not read them as built-in words.
    private static let preparedFood = ["meal", "salad", "dessert", "沙拉", "甜点", "便当", "盒饭"]

    private static let toys = tag(.toys, [
        "玩具", "积木", "拼图", "毛绒", "公仔", "玩偶", "娃娃", "遥控车", "益智", "乐高", "toy", "lego",
        "building blocks", "puzzle", "plush", "stuffed animal", "doll", "action figure", "rc car", "board game",
        "toys & games", "teddy bear", "fidget",
    ])

    /// Colour words and shipping terms that contain product words but are neither, and the taxonomy's names of
    /// accessories of other things (`bicycle accessories`: no fashion accessory).
    private static let neutral: [(String, ProductProfile?)] = ([
        "咖啡色", "咖色", "酒红", "酒红色", "茶色", "奶茶色", "巧克力色", "焦糖色", "包邮", "chocolate brown",
        "coffee brown", "honey yellow", "wine red", "tea green", "sleeping bag", "yoga mat", "ring binder",
        // `专柜` (a brand's store counter, as in `专柜正品`) is no cabinet; `honey blonde` is a hair colour; `tea tree`
        // is an ingredient of cosmetics (`Mint and Tea Tree Body Scrub`), not tea.
        "专柜", "honey blonde", "tea tree",
        // A golf tee is no T-shirt.
        "golf tee",
        // A lullaby (`摇篮曲八音盒`, a music box) is no cradle (`摇篮`, the taxonomy's furniture).
        "摇篮曲",
        // Motorola is no motorcycle (`摩托`).
        "摩托罗拉",
    ] + lines(TaxonomyWords.otherAccessories)).map { ($0, nil) }

    /// The non-empty lines of `text`, split at line feeds over its bytes (the lists are read at every start;
    /// splitting the `String` itself walks its characters).
    private static func lines(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A {
                if end > start {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                start = end + 1
            }
            return lines
        }
    }
}
