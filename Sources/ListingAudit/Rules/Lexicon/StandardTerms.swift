/// The built-in word lists, Chinese and English. A config may add or remove terms per list (`lexicons` key).
enum StandardTerms {
    /// Subjective or hype wording that promises without informing.
    static let hype = [
        "高品质", "高质量", "品质保证", "质量很好", "质量好", "质量超好", "百搭", "超值", "爆款", "好评如潮", "超好看",
        "超级好看", "非常好看", "时尚百搭", "精选", "优质", "上等", "顶级", "奢华", "高端大气", "大气上档次", "高档",
        "档次高", "性价比高", "超高性价比", "物超所值", "网红", "爆卖", "热卖", "明星同款", "人气", "必备", "必入",
        "闭眼入", "绝美", "超赞", "完美", "舒适透气", "超舒服", "非常舒服", "手感好", "显瘦", "洋气", "经典款",
        "premium quality", "high quality", "top quality", "best quality", "superior quality", "premium",
        "perfect for any occasion", "perfect gift", "best price", "best seller", "must-have", "must have",
        "luxury", "luxurious", "amazing", "awesome", "gorgeous", "stunning", "super soft", "ultra soft", "trendy",
        "stylish", "fashionable", "elegant", "excellent", "top-notch", "great value", "unbeatable", "exquisite",
        "long-lasting", "long lasting", "highly pigmented", "持久", "超持久", "高显色",
    ]
    /// Hedges that undo a stated fact unless a number is attached (`约 60cm` is fine).
    static let hedges = [
        "约", "大约", "大概", "左右", "上下", "以实物为准", "请以实物为准", "以收到实物为准", "存在色差", "略有色差",
        "有色差", "色差", "仅供参考", "图片仅供参考", "尺寸仅供参考", "可能有误差", "存在误差", "略有误差", "有误差",
        "因人而异", "均码",
        "approx.", "approx", "approximately", "about", "roughly", "around", "colours may vary",
        "colors may vary", "color may vary", "colour may vary", "may vary", "may differ", "for reference only",
        "slight difference", "slight color difference", "slight colour difference", "one size fits most",
    ]
    /// Phrases that contain a hedge word but are no hedge (`约会`, `预约`, `上下班`, `all about`).
    static let hedgeFalseFriends = [
        "约会", "预约", "约定", "约束", "上下班", "上下楼", "上下车", "左右对称", "左右手", "左右两边", "about us",
        "all about", "about this item", "about the brand", "around the house", "around the world", "around the neck",
        "around the waist",
    ]
    /// Hedges that only hedge a number (`约 60cm`); without a number they count only next to a size word.
    static let weakHedges: Set<String> = ["约", "左右", "上下", "about", "around", "均码"]
    /// Words that say a measurement is being talked about (for weak hedges).
    static let measureWords = [
        "尺寸", "尺码", "长", "宽", "高", "重", "厚", "容量", "直径", "size", "length", "width", "height", "weight",
        "depth", "capacity", "diameter", "long", "wide", "tall", "heavy",
    ]
    /// Descriptions that point elsewhere instead of describing.
    static let placeholders = [
        "详情见图", "详情看图", "详见图片", "详情请看图", "详情请见图片", "如图所示", "如图", "见图", "看图", "见详情页",
        "详见详情页", "详情见详情页", "图片为准", "以图片为准", "待补充", "暂无", "暂无描述", "无", "描述", "商品描述",
        "商品介绍加载中", "no description available",
        "see photos", "see photo", "see pictures", "see picture", "see images", "see image", "as shown",
        "as pictured", "as picture", "as per picture", "as shown in picture", "as shown in the picture",
        "see description", "n/a", "na", "none", "null", "tbd", "test", "description", "lorem ipsum",
    ]
    /// Labels that introduce an ingredient or composition list (`Ingredients: water, …`, `配料：…`).
    static let compositionLabels = [
        "ingredients", "ingredient list", "full ingredients", "key ingredients", "inci", "composition", "配料",
        "配料表", "成分", "全成分", "主要成分", "原料", "原料表",
    ]
    /// Care instructions: how the item is washed or looked after (a checkable fact, as the care label is).
    static let careInstructions = [
        "machine wash", "machine washable", "hand wash", "hand washable", "dry clean", "dry clean only",
        "do not bleach", "no bleach", "tumble dry", "do not tumble dry", "wash cold", "cold wash", "wash inside out",
        "iron on low", "do not iron", "dishwasher safe", "wipe clean", "spot clean", "care instructions",
        "washing instructions", "wash instructions", "机洗", "可机洗", "手洗", "干洗", "不可漂白", "勿漂白",
        "低温熨烫", "不可熨烫", "冷水洗", "洗涤说明", "洗涤方式", "洗护说明", "可水洗", "可洗碗机",
    ]
    /// How the item is built, where a buyer can check it: linings, closures, detachable parts, waterproofing.
    static let construction = [
        "可拆卸", "可拆洗", "内胆", "内衬", "全衬里", "双层", "拉链", "隐形拉链", "抽绳", "松紧腰", "防水", "防泼水",
        "detachable", "removable", "fully lined", "lined with", "double layered", "double-layer", "zip closure",
        "zipper closure", "zip pocket", "drawstring", "elastic waist", "waterproof", "water-resistant",
        "water resistant", "reinforced stitching", "double stitched",
    ]
    /// Statements of where the product is made (`Made in the USA`, `产地：`).
    static let origins = [
        "made in the usa", "made in usa", "made in the uk", "made in uk", "made in china", "made in india",
        "made in italy", "made in japan", "made in germany", "made in france", "made in portugal", "made in spain",
        "made in korea", "made in canada", "made in australia", "made in england", "handmade in the uk",
        "country of origin", "产地", "原产地", "产自",
    ]
    /// Labels that introduce what is in the box (`Package includes:`, `包装清单：`), when a colon or a line break
    /// follows.
    static let boxContents = [
        "includes", "included", "contents", "包含", "包括",
        "package includes", "package include", "package contents", "package content", "in the box",
        "what's in the box", "whats in the box", "box contains", "the set includes", "set includes", "kit includes",
        "you will receive", "you will get", "包装清单", "包装内含", "包装内容", "包装包含", "套装包含", "清单",
        "内含", "配件清单", "产品清单",
    ]
    /// Promotion and shipping talk that does not belong in a title.
    static let promotional = [
        "包邮", "特价", "清仓", "限时", "秒杀", "促销", "买一送一", "买1送1", "爆款", "热卖", "亏本", "跳楼价", "折扣",
        "优惠", "领券", "限量", "新品特惠", "厂家直销", "官方正品", "正品保证",
        "free shipping", "free delivery", "sale", "on sale", "hot sale", "best seller", "bestseller", "discount",
        "clearance", "limited time", "limited offer", "buy 1 get 1", "buy one get one", "cheap", "lowest price",
        "100% quality guaranteed", "deal", "deals", "offer", "预售", "pre order", "preorder",
    ]
    /// Names of an edition that contain a promotion word (`限量版`, a limited edition, like English `limited
    /// edition`, which no promotion word matches): the product's name, not an offer.
    /// `折叠` (folding: `三折叠伞`) is no discount of `折`.
    static let promotionalFalseFriends = ["限量版", "限量款", "折叠"]
    /// Electronics spec words: interfaces, standards and compatibility statements.
    static let specs = [
        "usb", "usb-c", "type-c", "typec", "lightning", "hdmi", "bluetooth", "蓝牙", "wifi", "wi-fi", "nfc", "qi",
        "兼容", "适用机型", "适配", "compatible with", "works with", "pd", "3.5mm", "ipx4", "ipx5", "ipx7", "ip68",
        "iphone", "ipad", "macbook", "airpods", "galaxy", "pixel", "华为", "小米", "荣耀", "红米", "oppo", "vivo",
        "switch", "ps5",
    ]
    /// Material spellings → family ids. An empty list marks a phrase that looks like a material but is not: among
    /// them the names of a whole class of goods (`classesOfGoods`).
    static let materials = spelledMaterials.merging(classesOfGoods) { spelled, _ in spelled }

    /// A quantifier, a material and a noun of goods (`所有木制品`, "all wooden products"): a notice about every good
    /// of a material (a region's quarantine of wooden goods, a carrier refusing glass) states no material of this
    /// one, so the phrase names none (an empty list). The material alone still does (`本品为木制品`, "a wooden
    /// product"), and so do `全棉` and "all cotton", which say what the whole product is made of.
    static let classesOfGoods: [String: [String]] = {
        let chinese = ["木", "木质", "实木", "竹", "玻璃", "陶瓷", "塑料"].flatMap { material in
            ["制品", "产品"].map { material + $0 }
        } + ["实木家具", "木质家具"]
        let english = ["wooden", "wood", "solid wood", "bamboo", "glass", "ceramic", "plastic"].flatMap { material in
            ["products", "items", "goods"].map { "\(material) \($0)" }
        } + ["wooden furniture"]
        let phrases = ["所有", "全部", "一切"].flatMap { all in chinese.map { all + $0 } } + english.map { "all " + $0 }
        return Dictionary(uniqueKeysWithValues: phrases.map { ($0, []) })
    }()

    private static let spelledMaterials: [String: [String]] = [
        "棉": ["cotton"], "纯棉": ["cotton"], "全棉": ["cotton"], "精梳棉": ["cotton"], "长绒棉": ["cotton"],
        "新疆棉": ["cotton"], "棉麻": ["cotton", "linen"], "cotton": ["cotton"], "100% cotton": ["cotton"],
        "海绵": [], "珍珠棉": [], "太空棉": ["polyester"], "棉服": [], "棉衣": [], "棉袄": [], "棉拖": [], "棉签": [],
        "涤纶": ["polyester"], "聚酯纤维": ["polyester"], "聚酯": ["polyester"], "polyester": ["polyester"],
        "锦纶": ["nylon"], "尼龙": ["nylon"], "nylon": ["nylon"],
        "氨纶": ["spandex"], "spandex": ["spandex"], "elastane": ["spandex"], "lycra": ["spandex"], "莱卡": ["spandex"],
        "羊毛": ["wool"], "绵羊毛": ["wool"], "wool": ["wool"], "美丽诺": ["merino"], "merino": ["merino"],
        "羊绒": ["cashmere"], "山羊绒": ["cashmere"], "cashmere": ["cashmere"],
        "真丝": ["silk"], "桑蚕丝": ["silk"], "蚕丝": ["silk"], "silk": ["silk"], "冰丝": [], "仿真丝": ["polyester"],
        "亚麻": ["linen"], "苎麻": ["linen"], "linen": ["linen"],
        "粘纤": ["viscose"], "粘胶": ["viscose"], "人造丝": ["viscose"], "viscose": ["viscose"], "rayon": ["viscose"],
        "人棉": ["viscose"], "人造棉": ["viscose"],
        "莫代尔": ["modal"], "modal": ["modal"], "腈纶": ["acrylic"], "acrylic": ["acrylic"],
        "真皮": ["genuine_leather"], "头层牛皮": ["genuine_leather"], "牛皮": ["genuine_leather"],
        "羊皮": ["genuine_leather"], "genuine leather": ["genuine_leather"], "cowhide": ["genuine_leather"],
        "full grain leather": ["genuine_leather"], "pu": ["synthetic_leather"], "pu皮": ["synthetic_leather"],
        "pu leather": ["synthetic_leather"], "人造革": ["synthetic_leather"], "合成革": ["synthetic_leather"],
        "faux leather": ["synthetic_leather"], "vegan leather": ["synthetic_leather"], "皮革": ["leather"],
        "leather": ["leather"],
        "不锈钢": ["stainless_steel"], "304不锈钢": ["stainless_steel"], "316不锈钢": ["stainless_steel"],
        "stainless steel": ["stainless_steel"], "304 stainless steel": ["stainless_steel"],
        "铝合金": ["aluminium"], "aluminum": ["aluminium"], "aluminium": ["aluminium"],
        "实木": ["solid_wood"], "solid wood": ["solid_wood"], "橡木": ["solid_wood"], "oak": ["solid_wood"],
        "松木": ["solid_wood"], "pine": ["solid_wood"], "密度板": ["engineered_wood"], "mdf": ["engineered_wood"],
        "刨花板": ["engineered_wood"], "竹": ["bamboo"], "竹子": ["bamboo"], "bamboo": ["bamboo"],
        "玻璃": ["glass"], "glass": ["glass"], "陶瓷": ["ceramic"], "ceramic": ["ceramic"], "porcelain": ["ceramic"],
        "硅胶": ["silicone"], "silicone": ["silicone"], "塑料": ["plastic"], "plastic": ["plastic"],
        "abs": ["plastic"], "pp": ["plastic"], "羽绒": ["down"], "白鸭绒": ["down"], "白鹅绒": ["down"],
        "duck down": ["down"], "goose down": ["down"], "925银": ["silver"], "纯银": ["silver"],
        "sterling silver": ["silver"], "黄金": ["gold"], "18k金": ["gold"], "solid gold": ["gold"],
        "丙纶": ["polypropylene"], "polypropylene": ["polypropylene"], "丝绒": ["velvet"], "天鹅绒": ["velvet"],
        "velvet": ["velvet"], "雪纺": ["chiffon"], "chiffon": ["chiffon"], "牛仔布": ["denim"], "denim": ["denim"],
        "帆布": ["canvas"], "canvas": ["canvas"], "法兰绒": ["flannel"], "flannel": ["flannel"],
        "摇粒绒": ["fleece"], "珊瑚绒": ["fleece"], "fleece": ["fleece"], "灯芯绒": ["corduroy"],
        "corduroy": ["corduroy"], "遮光布": ["blackout_fabric"], "blackout fabric": ["blackout_fabric"],
        "tpu": ["plastic"], "pc材质": ["plastic"], "polycarbonate": ["plastic"], "聚碳酸酯": ["plastic"],
        "亚克力": ["acrylic_glass"],
        "wood": ["wood"], "wooden": ["wood"], "木质": ["wood"], "木制": ["wood"], "原木": ["wood"],
        "wood effect": [], "wood-effect": [], "wood look": [], "wood-look": [], "faux wood": [], "仿木": [],
        "clay": ["clay"], "terracotta": ["clay"], "陶土": ["clay"], "copper": ["copper"], "纯铜": ["copper"],
        "brass": ["brass"], "黄铜": ["brass"], "cast iron": ["iron"], "wrought iron": ["iron"], "铸铁": ["iron"],
        "铁艺": ["iron"], "marble": ["marble"], "大理石": ["marble"], "rattan": ["rattan"], "wicker": ["rattan"],
        "藤编": ["rattan"], "jute": ["jute"], "黄麻": ["jute"], "human hair": ["human_hair"],
        "真人发": ["human_hair"], "真发": ["human_hair"], "remy hair": ["human_hair"], "virgin hair": ["human_hair"],
        "raw hair": ["human_hair"], "zinc alloy": ["metal"],
        "锌合金": ["metal"], "合金": ["metal"], "titanium": ["titanium"], "钛": ["titanium"], "resin": ["resin"],
        "树脂": ["resin"], "rubber": ["rubber"], "橡胶": ["rubber"],
        // Jewellery metals as hallmarked or plated (`925`, `14K`, `gold plated`) and stones.
        "925": ["silver"], "s925": ["silver"], "925 silver": ["silver"], "925 sterling silver": ["silver"],
        "s925银": ["silver"], "10k": ["gold"], "14k": ["gold"], "18k": ["gold"], "24k": ["gold"],
        "14k gold": ["gold"], "18k gold": ["gold"], "gold plated": ["gold"], "gold-plated": ["gold"],
        "镀金": ["gold"], "k金": ["gold"], "silver plated": ["silver"], "silver-plated": ["silver"],
        "镀银": ["silver"], "316l": ["stainless_steel"], "钛钢": ["stainless_steel"], "surgical steel": ["stainless_steel"],
        "crystal": ["crystal"], "crystals": ["crystal"], "水晶": ["crystal"], "rhinestone": ["crystal"],
        "rhinestones": ["crystal"], "水钻": ["crystal"], "cubic zirconia": ["crystal"], "锆石": ["crystal"],
        "pearl": ["pearl"], "pearls": ["pearl"], "珍珠": ["pearl"], "freshwater pearl": ["pearl"],
        "gemstone": ["stone"], "gemstones": ["stone"], "natural stone": ["stone"], "tiger eye": ["stone"],
        "lava stone": ["stone"], "lava stones": ["stone"], "volcanic lava": ["stone"], "obsidian": ["stone"],
        "黑曜石": ["stone"], "amethyst": ["stone"], "紫水晶": ["stone"], "turquoise stone": ["stone"], "agate": ["stone"],
        "玛瑙": ["stone"], "jade": ["stone"], "玉石": ["stone"], "和田玉": ["stone"], "翡翠": ["stone"],
        // Feathers, and woven fabrics named by their weave (a satin dress, twill trousers, a poplin shirt).
        "羽毛": ["feather"], "鹅毛": ["feather"], "鸭毛": ["feather"], "feather": ["feather"],
        "feathers": ["feather"], "鹅绒": ["down"], "鸭绒": ["down"], "satin": ["satin"], "sateen": ["satin"],
        "缎面": ["satin"], "色丁": ["satin"], "贡缎": ["satin"], "twill": ["twill"], "斜纹": ["twill"],
        "poplin": ["poplin"], "府绸": ["poplin"], "microfiber": ["microfibre"], "microfibre": ["microfibre"],
        "超细纤维": ["microfibre"],
        // Fibres and leather in the other languages shops write in (Spanish, Portuguese, Italian, French, German,
        // Swedish, Serbian / Croatian), accented and plain: a listing in another language is judged on them.
        "algodón": ["cotton"], "algodon": ["cotton"], "algodão": ["cotton"], "cotone": ["cotton"],
        "coton": ["cotton"], "baumwolle": ["cotton"], "bomull": ["cotton"], "pamuk": ["cotton"],
        "poliéster": ["polyester"], "poliester": ["polyester"], "poliestere": ["polyester"],
        "elastano": ["spandex"], "elastan": ["spandex"], "elasthan": ["spandex"], "nailon": ["nylon"],
        "lana": ["wool"], "laine": ["wool"], "wolle": ["wool"], "vuna": ["wool"], "ullgarn": ["wool"],
        "seda": ["silk"], "soie": ["silk"], "seide": ["silk"], "siden": ["silk"], "svila": ["silk"],
        "lino": ["linen"], "linho": ["linen"], "leinen": ["linen"], "viscosa": ["viscose"], "viskose": ["viscose"],
        "cuero": ["leather"], "couro": ["leather"], "cuoio": ["leather"], "cuir": ["leather"], "leder": ["leather"],
        "läder": ["leather"], "koža": ["leather"], "satén": ["satin"], "saten": ["satin"], "sarga": ["twill"],
    ]
}
