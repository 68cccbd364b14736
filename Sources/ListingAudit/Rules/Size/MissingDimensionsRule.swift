/// `size.missing_dimensions`: goods bought by their dimensions (furniture, bags, bedding, curtains, rugs, towels,
/// storage boxes) with no dimensions anywhere. Among home goods only containers and storage need dimensions, and
/// the title must say so: shops file all sorts of goods under a catch-all `Storage` category.
struct MissingDimensionsRule: ListingRule {
    static let description = RuleDescription(
        id: "size.missing_dimensions", severity: .warning,
        title: LocalizedText(zh: "缺少尺寸", en: "No dimensions"),
        rationale: LocalizedText(
            zh: "家具放不下、窗帘不够长、收纳盒装不下，都是“大小/尺寸与商品描述不符”的退货。",
            en: "A sofa that does not fit, curtains that fall short, a box too small for its use: all come back as "
                + "\"size not as described\"."),
        fix: LocalizedText(
            zh: "在标题、规格或详情中写明尺寸，例如“120×60×75cm”“宽2m×高2.7m”“容量20L”；床品写明适用床宽（1.5m/1.8m）。",
            en: "State dimensions in the title, options or description: \"120 x 60 x 75 cm\", \"W 52\" x L 84\"\", "
                + "\"20 L\"; for bedding, the bed size (Queen, 150 x 200 cm)."),
        linkedCategories: [.sizeFit, .notAsDescribed],
        profiles: [.furniture, .bags, .homeTextiles, .homeGoods],
        triggeringExamples: [
            RuleExample(
                title: "北欧实木餐桌 家用小户型", description: "优质橡木，环保水性漆，稳固耐用。",
                options: ["颜色": ["原木色", "胡桃色"]]),
            RuleExample(title: "Velvet Blackout Curtains", description: "Thermal insulated, rod pocket.",
                        options: ["Color": ["Navy", "Grey"]]),
            RuleExample(title: "Large Canvas Tote Bag", description: "Sturdy canvas with inner pocket.",
                        options: ["Color": ["Natural"]]),
            RuleExample(title: "桌面收纳盒 多格", description: "分类收纳，整洁有序。", options: ["颜色": ["白色"]]),
            // Pillows, pet beds and litter boxes are bought by their size.
            RuleExample(title: "护颈波浪记忆枕", description: "慢回弹记忆棉，侧睡也舒服。"),
            RuleExample(title: "圆形猫砂盆", description: "边缘圆滑，配色清新。"),
            RuleExample(title: "Enclosed Cat Litter Box", description: "Easy to clean, odour control lid."),
            RuleExample(title: "Striped Pet Bed", description: "Cooling touch, scratch resistant."),
            // For one or two sleepers is no size: a 双人 pillow or quilt comes in several widths.
            RuleExample(title: "双人护颈记忆枕", description: "慢回弹记忆棉，两人共用。"),
            RuleExample(title: "Two-Person Memory Foam Pillow", description: "Slow-rebound foam, shared by two."),
            // Garden goods and pots are bought by their dimensions, however the compound is spelt.
            RuleExample(title: "Wooden Garden Fence", description: "Pressure-treated pine."),
            RuleExample(title: "Glazed Clay Plant Pot", description: "Frost-proof, with a drainage hole."),
            RuleExample(title: "Black Leather Beanbag", description: "Filled with polystyrene beads."),
            RuleExample(title: "陶瓷花盆 家用", description: "釉面陶瓷，底部有排水孔。"),
            // A Chinese compound is known by its head noun, the last: a pot, a mirror, a mat (`HeadNouns`).
            RuleExample(title: "北欧风珐琅炖锅", description: "铸铁锅身，珐琅内壁，受热均匀。"),
            RuleExample(title: "实木框全身落地镜", description: "实木框架，高清银镜。"),
            RuleExample(title: "速干硅藻泥浴垫", description: "吸水快干，背面防滑。", options: ["颜色": ["灰色"]]),
            RuleExample(title: "Enamelled Cast Iron Pot", description: "Even heat, enamel inside."),
        ],
        nonTriggeringExamples: [
            // An export that records text lengths instead of texts (Olist) cannot show dimensions.
            RuleExample(title: "", attributes: ["name_length": "48", "description_length": "900"], profile: .furniture),
            RuleExample(title: "北欧实木餐桌", description: "尺寸：120×70×75cm，橡木。", options: ["颜色": ["原木色"]]),
            RuleExample(
                title: "纯棉四件套", description: "全棉斜纹，亲肤透气。",
                options: ["规格": ["1.5m床", "1.8m床"], "颜色": ["灰色"]]),
            RuleExample(title: "Cotton Duvet Cover Set", options: ["Size": ["Queen", "King"], "Color": ["White"]]),
            RuleExample(
                title: "Hiking Backpack 30L", description: "Water-resistant nylon.", options: ["Color": ["Black"]]),
            RuleExample(title: "Wool Area Rug", options: ["Size": ["5x7 ft", "8x10 ft"]]),
            RuleExample(title: "日式圆形猫砂盆", description: "尺寸：50×40×38cm。"),
            RuleExample(title: "Striped Pet Bed", description: "60 x 45 cm, cooling touch."),
            RuleExample(title: "Glazed Clay Plant Pot", description: "Frost-proof. Diameter 24 cm, height 22 cm."),
            RuleExample(title: "Wooden Garden Fence Panel", description: "Pine, 180 x 90 cm."),
            // A category used as a catch-all does not make an insect bait or a stain spray a storage box.
            RuleExample(title: "Liquid Ant Bait Stations", description: "Six ready-to-use stations.",
                        category: "Home & Garden > Household Supplies > Home Office Storage", profile: .homeGoods),
            // Not dimensional goods: a spatula, a USB cable; glasses, whose 镜 is no mirror.
            RuleExample(title: "硅胶锅铲 耐高温", description: "食品级硅胶。"),
            RuleExample(title: "USB-C Charging Cable", description: "Fast charging, braided."),
            RuleExample(title: "复古圆框眼镜", description: "板材镜框，防蓝光镜片。"),
            RuleExample(title: "铸铁珐琅锅 24cm", description: "铸铁锅身，珐琅内壁。"),
            RuleExample(title: "Enamelled Cast Iron Pot, 24 cm", description: "Even heat, enamel inside."),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard facts.lacksDimensions else { return nil }
        let listing = facts.listing
        let evidence = listing.title.isEmpty ? listing.id : listing.title
        return finding(facts, at: .title, message: .noDimensions, evidence: evidence)
    }

    /// Whether the listing is of a kind bought by its dimensions and gives none (nor, for bedding, a bed size): what
    /// this rule reports, and what `description.thin` leaves out of its list of needs (both read it where the facts
    /// keep it: `ListingFacts.lacksDimensions`).
    static func lacksDimensions(_ facts: ListingFacts) -> Bool {
        guard !facts.hasSummarisedText, SizeLexicon.needsDimensions(facts), !SizeEvidence.hasDimensions(facts) else {
            return false
        }
        return !(SizeLexicon.isSoldByBedSize(facts) && facts.anywhereNames(.bedSizes))
    }
}

extension FindingMessage {
    fileprivate static let noDimensions = FindingMessage(.noDimensions)

    /// `noDimensions`'s text.
    static let noDimensionsText = LocalizedText(
        zh: "没有写明尺寸（长宽高、直径或容量）",
        en: "No dimensions (length, width, height, diameter or capacity) are given")
}
