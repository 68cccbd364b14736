/// The description states no concrete, checkable fact — material or composition, measurements, weight or capacity,
/// specs, what is in the box, construction, care, origin — whatever its length: hype, mood and story count for nothing,
/// a fabric weight alone says nothing of what the cloth is, and a bare list of search keywords (a keyword dump) states
/// nothing a buyer can rely on; nor does one phrase that only restates the title's material (`Wooden garden fence`
/// under `Wooden Fence`). A jewellery description's metal tone that the title does not name (`gold`, `银色`: `MetalTone`)
/// is a fact. Placeholders and filler are `description.empty`'s, hype with too few facts
/// `description.hype_without_facts`'s. The finding names the facts found and the kinds this kind of product needs,
/// less a kind another finding on the listing asks for (the material, specs or net content of
/// `description.missing_profile_facts`, the dimensions of `size.missing_dimensions`, the size chart of
/// `size.no_measurements`). How many facts a description needs is `vagueDescriptionFacts` (1).
struct ThinDescriptionRule: ListingRule {
    static let description = RuleDescription(
        id: "description.thin",
        severity: .warning,
        title: LocalizedText(zh: "描述缺少可核实的事实", en: "Description without facts"),
        rationale: LocalizedText(
            zh: "无论长短，只有空话、氛围和关键词的描述回答不了买家关心的材质、尺寸和规格问题，期望落差会变成“与描述不符”退款。",
            en: "Short or long, a description of praise, mood or keywords does not answer the buyer's questions "
                + "about material, size and specs, and the gap between expectation and product becomes a "
                + "not-as-described refund."),
        fix: LocalizedText(
            zh: "补充可核实的事实：材质成分、带单位的尺寸或重量、规格参数、包装清单、洗护说明。",
            en: "Add facts a buyer can check: material composition, measurements or weight with units, specs, "
                + "what is in the box, care instructions."),
        linkedCategories: [.notAsDescribed, .sizeFit],
        readsWords: true,
        // Measurements, and fibres and leather in the European languages shops write in, are what clothes and home
        // textiles need: known in those languages too.
        otherLanguageProfiles: [.apparel, .homeTextiles],
        triggeringExamples: [
            RuleExample(title: "女士连衣裙", description: "很好看的裙子，穿着舒服。"),
            RuleExample(title: "收纳盒", description: "放在客厅或卧室都可以。"),
            // Long, but only mood: length is no fact.
            RuleExample(
                title: "女士连衣裙",
                description: "这款连衣裙采用垂坠感很好的面料，腰部做了收腰设计，裙摆自然展开，通勤和约会都适合穿着。"),
            // A keyword dump: a keyword string and its chunks.
            RuleExample(title: "Women's Summer Dress", description: "欧美时尚碎花连衣裙夏季新款, 欧美时尚碎花, 连衣裙夏季新款"),
            RuleExample(title: "重磅T恤", description: "40支面料，宽松版型，街头风格。"),
            RuleExample(title: "Summer dress", description: "Very nice dress, comfy."),
            RuleExample(title: "Storage box", description: "Useful for every home."),
            RuleExample(
                title: "Graphic boxy tee",
                description: "This tee carries a bold wave graphic on the front and the back, for a modern street "
                    + "look every day."),
            // A fabric weight alone says nothing of what the cloth is.
            RuleExample(title: "Oversized tee", description: "Heavyweight 240 gsm tee with a bold back print."),
            RuleExample(title: "Boho dress", description: "boho summer dress women, boho summer, dress women"),
            // `Includes` that neither lists nor counts what is in the box is a word of the sentence.
            RuleExample(title: "Science kit", description: "Includes hours of fun for every child."),
            RuleExample(title: "科学实验套装", description: "包含无限乐趣，孩子都喜欢。"),
            // A value picked from Shopify's category attributes is an attribute of the listing, not a description.
            RuleExample(
                title: "Graphic tee", description: "A bold wave print on the back.",
                attributes: ["shopify.fabric": "cotton"]),
            RuleExample(title: "印花T恤", description: "背后大号波浪印花。", attributes: ["shopify.fabric": "棉"]),
            // One phrase that only restates the title's material tells the buyer nothing more.
            RuleExample(title: "Wooden Fence", description: "Wooden garden fence"),
            RuleExample(title: "陶土花盆", description: "阳台用的陶土花盆。"),
            // Jewellery whose description names only the metal tone its title names already.
            RuleExample(title: "Gold Hoop Earrings", description: "Simple gold hoops for every day."),
            RuleExample(title: "金色耳环", description: "简约金色耳环，日常佩戴。"),
            // A tone is jewellery's fact; on a phone case it is a colour.
            RuleExample(title: "Phone case", description: "A slim gold phone case."),
            RuleExample(title: "手机壳", description: "金色手机壳，简约好看。"),
            // A prepared meal is asked for its ingredients (its portion is description.missing_profile_facts').
            RuleExample(
                title: "Teriyaki Chicken Bowl", description: "Our favourite lunch, ready in minutes.",
                productType: "Prepared Meal"),
            RuleExample(title: "照烧鸡肉饭", description: "午餐的好选择，加热即食。", productType: "熟食"),
            // Clothes in another language are judged on the fibres and measurements known there.
            RuleExample(
                title: "Camiseta oversize",
                description: "Camiseta con el logo en el pecho y un estampado en la espalda.", profile: .apparel),
            // A notice about every wooden good (a region's quarantine) states no material of this one.
            RuleExample(
                title: "实木床头柜", description: "温馨提示：部分海岛地区对所有木制品另有检疫规定，暂不发往这些地区，敬请谅解。"),
            RuleExample(
                title: "Oak Bedside Table",
                description: "Please note: all wooden products need a plant health certificate for the islands, so we "
                    + "cannot deliver there."),
        ],
        nonTriggeringExamples: [
            // A wooden product is made of wood.
            RuleExample(title: "床头柜", description: "本品为木制品，抽屉可拉出。"),
            RuleExample(title: "Bedside Table", description: "A wooden product with one drawer."),
            RuleExample(title: "女士连衣裙", description: "衣长98cm 胸围88cm"),
            RuleExample(title: "女士连衣裙", description: "面料：聚酯纤维"),
            RuleExample(title: "手机壳", description: "TPU软壳，四角气囊防摔。"),
            RuleExample(title: "女士连衣裙", description: "详情见图"),
            // Hype without facts is description.hype_without_facts's finding, which names the hype words.
            RuleExample(title: "收纳盒", description: "实用方便，家里必备"),
            RuleExample(title: "Summer dress", description: "Length 98 cm, chest 88 cm."),
            RuleExample(title: "Phone charger", description: "USB-C, 20W"),
            // Short, but it names the material.
            RuleExample(title: "Garden table", description: "Weathered wooden garden table."),
            RuleExample(title: "Bedside lamp", description: "Brushed copper bedside lamp."),
            RuleExample(title: "花盆", description: "陶土花盆，透气。"),
            // Chinese phrases under a Chinese title are the listing's own language: the material they name counts.
            // (Under an English title they are a keyword list, `KeywordDump`; no rule example shows it, since a
            // trailing line break, one of the examples' variants, ends a keyword list by design.)
            RuleExample(title: "珐琅炖锅", description: "厨房锅具, 家用炖锅, 珐琅铸铁锅"),
            RuleExample(title: "Enamel Dutch Oven", description: "Kitchen pot, family casserole, enamelled cast iron"),
            // Fabrics named by their weave, and feathers, are materials.
            RuleExample(title: "Slip dress", description: "Bias-cut satin, falls to mid-calf."),
            RuleExample(title: "吊带裙", description: "色丁面料，垂坠感好。"),
            RuleExample(title: "Chino trousers", description: "Cut from a soft twill."),
            RuleExample(title: "波西米亚耳环", description: "天然羽毛，轻盈。"),
            RuleExample(title: "Summer dress", description: ""),
            // The title's material again, but with a number: a statement of its own.
            RuleExample(title: "Wooden Fence", description: "Wooden fence panel, 180 x 90 cm."),
            RuleExample(title: "羽绒马甲", description: "90%白鸭绒，轻薄保暖。"),
            // Short, but it lists the ingredients.
            RuleExample(title: "Keto cake", description: "Ingredients: eggs, almond flour."),
            RuleExample(title: "低糖蛋糕", description: "配料：鸡蛋、杏仁粉。"),
            // Jewellery metals and stones, care instructions and what is in the box are facts.
            RuleExample(title: "Dinosaur hoops", description: "Hand-finished 925 sterling silver hoops."),
            RuleExample(title: "恐龙耳圈", description: "S925银，个性设计。"),
            RuleExample(title: "Tiger eye bracelet", description: "Tiger eye and lava stones on a stretch cord."),
            // A metal tone the title does not name is what a buyer of jewellery checks (`gold`, `银色`, `rose gold`).
            RuleExample(title: "Star charm bracelet", description: "Rose gold chain with a small star charm."),
            RuleExample(title: "星星手链", description: "银色细链，坠一颗小星星。"),
            RuleExample(title: "Linen shirt", description: "Relaxed and easy. Machine wash cold."),
            RuleExample(title: "亚麻衬衫", description: "宽松休闲，手洗，不可漂白。"),
            RuleExample(title: "Desk lamp", description: "Warm light for late nights. In the box: lamp, USB cable."),
            RuleExample(title: "台灯", description: "暖光护眼。包装清单：台灯、数据线。"),
            // A count of what is in the box is a fact.
            RuleExample(title: "Science kit", description: "Includes 5 mini kits to build at home."),
            RuleExample(title: "科学实验套装", description: "内含5套小实验，在家动手做。"),
            // The shop's spec metafields are read with the description.
            RuleExample(
                title: "Dining chair", description: "A chair for every home.",
                attributes: ["custom.product_specifications": "Seat height 45 cm, solid oak frame"]),
            RuleExample(
                title: "实木餐椅", description: "好看耐用。", attributes: ["custom.product_specifications": "座高45cm，橡木"]),
            RuleExample(
                title: "Camiseta oversize",
                description: "Camiseta de 180 g/m² con un 70% de algodón y un 30% de poliéster.", profile: .apparel),
            // Other kinds of product in another language: the facts they need are not all known there.
            RuleExample(
                title: "Taza de cerámica", description: "Una taza para el café de la mañana con el logo de la marca."),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        // Hype with too few facts is `description.hype_without_facts`'s finding, which names the hype words.
        guard !facts.descriptionHasHype, let found = facts.vagueDescriptionFacts else { return nil }
        let texts = found.map(\.text)
        let needs = Self.neededKinds(
            facts.profile, preparedFood: facts.isPreparedFood, stated: facts.titleFacts + found,
            askedElsewhere: Self.askedElsewhere(facts))
        return finding(
            facts, at: .description, message: .vague(texts, needs: needs),
            evidence: texts.isEmpty ? facts.listing.description.abbreviated() : texts.joined(separator: ", "))
    }

    /// The kinds of fact a buyer of this kind of product checks first, named in the finding, less those the title or
    /// the description states already (`stated`: a `Tungsten Ring` is asked for its measurements, not its material)
    /// and those another finding on the listing asks for (`askedElsewhere`: one thing to fix, one finding). Where
    /// only kinds another finding asks for are left (a `Clay Plant Pot` without dimensions), they are named: the
    /// finding never asks for what the title says. When the title states them all, all are named: the description
    /// still says nothing of its own. Electronics specs (interface, power, compatibility) are asked of electronics
    /// only: a listing of a kind the profiler does not know (a notebook) is asked what any product states. Prepared
    /// food (`preparedFood`: a meal, a side dish, a dessert) is asked for its portion, not its net content.
    static func neededKinds(
        _ profile: ProductProfile, preparedFood: Bool = false, stated: [Fact] = [], askedElsewhere: [NeededFact] = []
    ) -> [NeededFact] {
        let needed: [NeededFact] =
            switch profile {
            case .apparel, .shoes, .homeTextiles: [.material, .measurements, .care]
            case .furniture, .bags, .homeGoods: [.measurements, .material]
            case .jewellery, .accessories: [.material, .measurements]
            case .electronics: [.specs, .measurements, .contents]
            case .food: [.ingredients, preparedFood ? .portion : .netContent]
            case .beauty: [.netContent, .ingredients]
            case .toys, .general: [.material, .measurements, .contents]
            }
        let open = needed.filter { kind in !stated.contains { kind.isStated(by: $0) } }
        let own = open.filter { !askedElsewhere.contains($0) }
        if !own.isEmpty { return own }
        return open.isEmpty ? needed : open
    }

    /// The kinds of fact another finding on the listing asks for: the fact its kind needs
    /// (`description.missing_profile_facts`: a garment's material, an appliance's specs, food's net content) and
    /// measurements (the dimensions of `size.missing_dimensions`, the size chart of `size.no_measurements`), where
    /// the run checks the listing with that rule. Each is read where the facts keep it, worked out once for this
    /// rule and that one.
    static func askedElsewhere(_ facts: ListingFacts) -> [NeededFact] {
        var asked: [NeededFact] = []
        if facts.isChecked(by: MissingProfileFactsRule.self), let lacked = facts.lackedProfileFact {
            asked.append(NeededFact(lacked))
        }
        if facts.isChecked(by: MissingDimensionsRule.self) && facts.lacksDimensions
            || facts.isChecked(by: SizeWithoutMeasurementsRule.self) && facts.lacksSizeMeasurements
        {
            asked.append(.measurements)
        }
        return asked
    }

    /// A kind of fact `description.thin` asks for.
    enum NeededFact: CaseIterable {
        case material, measurements, care, specs, contents, ingredients, netContent, portion

        /// The kind that names `fact`, the fact a profile needs.
        init(_ fact: ProfileFact) {
            self =
                switch fact {
                case .material: .material
                case .specs: .specs
                case .netContent: .netContent
                case .portion: .portion
                }
        }

        /// Its name in the finding.
        var text: LocalizedText {
            switch self {
            case .material: LocalizedText(zh: "材质/成分", en: "material / composition")
            case .measurements: LocalizedText(zh: "带单位的尺寸", en: "measurements with units")
            case .care: LocalizedText(zh: "洗护说明", en: "care instructions")
            case .specs: LocalizedText(zh: "规格参数（接口、功率、兼容型号）", en: "specs (interface, power, compatibility)")
            case .contents: LocalizedText(zh: "包装清单", en: "what is in the box")
            case .ingredients: LocalizedText(zh: "配料/成分", en: "ingredients")
            case .netContent: ProfileFact.netContent.label
            case .portion: ProfileFact.portion.label
            }
        }

        /// Whether `fact` states this kind: a material, a length, care, what is in the box, an ingredient list, a
        /// weight or volume (or, for a portion, a number of pieces). Specs are never stated by one fact: `USB` in a
        /// charger's title is its interface, not its power or what it fits.
        func isStated(by fact: Fact) -> Bool {
            switch (self, fact.kind) {
            case (.material, .material), (.measurements, .measurement(.length)), (.care, .care),
                (.contents, .contents), (.ingredients, .composition), (.netContent, .measurement(.weight)),
                (.netContent, .measurement(.volume)), (.portion, .measurement(.weight)),
                (.portion, .measurement(.volume)), (.portion, .measurement(.quantity)):
                true
            default: false
            }
        }
    }
}

extension FindingMessage {
    /// The facts `found` and the kinds of fact the product `needs`, one after another in a number (four bits each).
    fileprivate static func vague(_ found: [String], needs: [ThinDescriptionRule.NeededFact]) -> FindingMessage {
        FindingMessage(.vague, needs.reduce(0) { $0 << 4 | ($1.caseNumber + 1) }, words: found)
    }

    /// `vague`'s text.
    static func vagueText(_ message: FindingMessage, _ language: Language) -> String {
        var needs: [LocalizedText] = []
        var packed = message.first
        while packed > 0 {
            needs.insert(ThinDescriptionRule.NeededFact(caseNumber: packed & 15 - 1).text, at: 0)
            packed >>= 4
        }
        let found = message.words
        return switch language {
        case .zh:
            "描述没有给出足够的可核实事实（找到：\(found.isEmpty ? "无" : found.joined(separator: "、"))）；"
                + "这类商品需要：\(needs.map(\.zh).joined(separator: "、"))"
        case .en:
            "The description gives too few checkable facts "
                + "(found: \(found.isEmpty ? "none" : found.joined(separator: ", "))); "
                + "this kind of product needs: \(needs.map(\.en).joined(separator: ", "))"
        }
    }
}
