/// `colour.missing`: a product whose colour matters (clothes, shoes, bags, accessories, home textiles, furniture)
/// with no colour anywhere: no colour option or attribute, and no colour named in the title, its sub-title or the
/// description (in a title or sub-title, also by one Chinese character standing alone, `白*竖条`, or ending a shade's
/// name, `晴空蓝`). Jewellery too where the platform requires its colour (`PlatformProfile.jewelleryNeedsColour`:
/// Google Merchant); a metal named there gives its tone (`sterling silver`, `18K`, `黄铜`: silver, gold, brass,
/// copper), as bare wood or rattan does for furniture (`wooden bedside table`, `实木书桌`).
struct MissingColourRule: ListingRule {
    static let description = RuleDescription(
        id: "colour.missing", severity: .warning,
        title: LocalizedText(zh: "缺少颜色", en: "No colour given"),
        rationale: LocalizedText(
            zh: "买家只能凭图片判断颜色，屏幕与光线差异让“颜色与描述不符”成为常见退货原因。",
            en: "Buyers judge colour from photos alone; screens and lighting differ, and \"colour not as expected\" "
                + "returns follow."),
        fix: LocalizedText(
            zh: "添加“颜色分类”销售属性，或在标题中写明颜色（如“燕麦色”“藏青”）；首饰写明金属色调（金色、银色、玫瑰金）。",
            en: "Add a Colour option or name the colour in the title (\"Oatmeal\", \"Navy\"); for jewellery, the "
                + "metal tone (gold, silver, rose gold)."),
        linkedCategories: [.colourMismatch, .notAsDescribed],
        profiles: [.apparel, .shoes, .bags, .accessories, .jewellery, .homeTextiles, .furniture],
        readsWords: true,
        // The base colours are known in the European languages shops write in (`ColourFamilies`): a listing in one
        // of them with no colour option, attribute or colour word is judged too.
        otherLanguageProfiles: [.apparel, .shoes, .bags, .accessories, .homeTextiles, .furniture],
        triggeringExamples: [
            RuleExample(title: "法式复古方领连衣裙", description: "收腰设计，显瘦百搭。", options: ["尺码": ["S", "M", "L"]]),
            RuleExample(title: "Women's Leather Crossbody Bag", description: "Adjustable strap, zip closure."),
            RuleExample(title: "纯棉浴巾 加厚吸水", description: "规格：70×140cm，全棉。"),
            RuleExample(title: "Mid-Century Accent Chair", description: "Solid frame, 80 x 70 x 85 cm.",
                        options: ["Size": ["Standard"]]),
            RuleExample(title: "Bedside Table", description: "MDF bedside table, 45 x 40 x 55 cm."),
            RuleExample(title: "床头柜", description: "密度板框架，45×40×55cm。"),
            // The wood of an upholstered piece's legs does not tell the colour of its fabric.
            RuleExample(title: "Three-Seater Sofa", description: "Linen upholstery on wooden legs, 200 x 90 cm."),
            RuleExample(title: "三人沙发", description: "亚麻布艺，实木腿，200×90cm。"),
            // Jewellery in a Google feed, which requires a colour: an alloy says nothing of the tone.
            RuleExample(title: "Retro Drop-shaped Alloy Earrings", description: "Lightweight alloy, hook closure.")
                .read(as: .googleMerchant),
            RuleExample(title: "复古水滴合金耳环", description: "合金材质，耳钩设计。").read(as: .googleMerchant),
            // In another language (Spanish), clothes with no colour option and no colour word of that language.
            RuleExample(
                title: "Vestido de algodón con volantes para bebé", options: ["Meses": ["3-6M", "6-12M"]],
                profile: .apparel),
            // A garment that shows a car is still a garment.
            RuleExample(title: "Racing Car T-Shirt", description: "100% cotton.", options: ["Size": ["S", "M", "L"]]),
            RuleExample(title: "汽车印花T恤", description: "纯棉。", options: ["尺码": ["S", "M", "L"]]),
            // A check with no colour before it names none.
            RuleExample(title: "北欧客厅地毯 格纹", description: "短绒面，防滑底。"),
            RuleExample(title: "Nordic Living Room Rug - Check", description: "Short pile, non-slip back."),
            // One colour character inside a word is no colour.
            RuleExample(title: "黑科技发热保暖内衣", description: "德绒面料。", options: ["尺码": ["M", "L"]]),
            // A word ending in a colour character that names no shade.
            RuleExample(title: "ins风 网红 宽松卫衣", description: "纯棉面料。", options: ["尺码": ["M", "L"]]),
            RuleExample(
                title: "Trendy Viral Oversized Hoodie", description: "100% cotton.", options: ["Size": ["M", "L"]]),
            RuleExample(title: "复古水滴耳环 合金", description: "合金材质，耳钩设计。").read(as: .googleMerchant),
            RuleExample(title: "Retro Drop Earrings - Alloy", description: "Lightweight alloy, hook closure.")
                .read(as: .googleMerchant),
            // A garment with a storage pocket, or easy to clean, is still a garment: neither names a care good.
            RuleExample(title: "Rain Jacket with Storage Pocket", options: ["Size": ["S", "M", "L"]]),
            RuleExample(title: "易清洁防污外套", options: ["尺码": ["S", "M", "L"]]),
        ],
        nonTriggeringExamples: [
            // Written in another language (Spanish): its colour words are known too.
            RuleExample(
                title: "Pantalón corto y camisa para bebé en azul marino",
                description: "Dos piezas de algodón para bebé: camisa y pantalón corto.", profile: .apparel),
            RuleExample(
                title: "Camiseta de algodón para niña", description: "Camiseta negra de manga corta con estampado.",
                profile: .apparel),
            // 只记录文字长度、没有规格列的数据集（如 Olist）无从判断颜色。
            RuleExample(title: "", attributes: ["name_length": "48", "description_length": "380"], profile: .apparel),
            RuleExample(title: "法式复古方领连衣裙", options: ["颜色分类": ["黑色", "杏色"], "尺码": ["S"]]),
            RuleExample(title: "Black Leather Crossbody Bag"),
            RuleExample(title: "纯棉浴巾", attributes: ["颜色": "白色"]),
            // A sub-title is read with the title.
            RuleExample(title: "纯棉浴巾 加厚吸水", attributes: ["subtitle": "白色，70×140cm"]),
            RuleExample(title: "Cotton Bath Towel", attributes: ["subtitle": "Classic white, 70 x 140 cm"]),
            // A variant's name gives its colour by one character standing alone.
            RuleExample(title: "森屿 女式纯棉圆领长袖T恤", attributes: ["subtitle": "白*竖条 M"]),
            // A shade's name ending in a colour character, as a word of its own (a variant's name in the title).
            RuleExample(title: "女式纯棉圆领长袖T恤 晴空蓝", options: ["尺码": ["S", "M", "L"]]),
            RuleExample(title: "Women's Cotton Crew-Neck Tee Sky Blue", options: ["Size": ["S", "M", "L"]]),
            // The colours of a check or a stripe, before the pattern's name.
            RuleExample(title: "北欧客厅地毯 蓝灰格", description: "短绒面，防滑底。"),
            RuleExample(title: "Nordic Living Room Rug - Blue Grey Check", description: "Short pile, non-slip back."),
            RuleExample(title: "Striped Long-Sleeve Tee", attributes: ["subtitle": "Black / Stripe, L"]),
            RuleExample(title: "Solid Oak Coffee Table", description: "110 x 60 cm."),
            // Bare wood or rattan names a piece of furniture's tone; a painted board (MDF, 密度板) does not.
            RuleExample(title: "Bedside Table", description: "Wooden bedside table, 45 x 40 x 55 cm."),
            RuleExample(title: "床头柜", description: "实木框架，45×40×55cm。"),
            RuleExample(title: "Dark Denim Jacket", description: "Cotton denim, button front."),
            RuleExample(title: "Linen Shirt", description: "Relaxed fit in a soft sage green."),
            // Accessories of other things (the taxonomy's `Bicycle Accessories`, `自行车配件`) are no fashion accessories.
            RuleExample(
                title: "Gemini Front Light 240 lm",
                category: "Sporting Goods > Outdoor Recreation > Cycling > Bicycle Accessories"),
            RuleExample(title: "自行车前灯 USB充电", category: "运动户外/自行车配件"),
            // A car part named with a clothing word, under a broad `Accessories`, is neither a garment nor a fashion
            // accessory: it is chosen by the vehicle it fits.
            RuleExample(title: "Car Bumper Lip Skirt Guard", category: "Other Exterior Accessories"),
            RuleExample(title: "汽车前唇裙边 通用", category: "汽车用品/配件"),
            // Colour does not matter for these: a USB cable, a lipstick set, a book light.
            RuleExample(title: "USB-C to Lightning Cable 1m"),
            RuleExample(title: "Organic Green Tea 100g"),
            RuleExample(title: "手机支架 桌面懒人"),
            // A care good named after the clothes it serves, a beauty treatment worn as gloves: not worn to fit.
            RuleExample(title: "Shoe Deodorizer Spray", description: "Odour-neutralising spray, 150 ml."),
            RuleExample(title: "鞋子除臭喷雾", description: "150ml，植物配方。"),
            RuleExample(title: "Exfoliating Gloves", description: "Nylon weave for body scrubbing."),
            RuleExample(title: "去角质搓澡手套", description: "尼龙材质，沐浴去角质。"),
            // A jewellery metal names its tone; elsewhere than Google, jewellery is not asked for a colour.
            RuleExample(title: "Dinosaur Hoop Earrings", description: "Hand-finished 925 sterling silver.")
                .read(as: .googleMerchant),
            RuleExample(title: "恐龙耳圈", description: "S925银，个性设计。").read(as: .googleMerchant),
            RuleExample(title: "Retro Drop-shaped Alloy Earrings", description: "Lightweight alloy, hook closure."),
            RuleExample(title: "复古水滴合金耳环", description: "合金材质，耳钩设计。"),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard !facts.hasSummarisedText else { return nil }
        if facts.profile == .jewellery, !facts.settings.jewelleryNeedsColour { return nil }
        // Only where a built-in word decided the profile: Shopify's taxonomy gives a colour attribute to three in
        // four categories, which says nothing about whether buyers choose by colour.
        if facts.categoryNeeds != nil { return nil }
        let listing = facts.listing
        if !facts.options(.colour).allSatisfy(\.isBlank) { return nil }
        if !listing.attributeValues(.colour).isEmpty { return nil }
        if facts.options(.other).contains(where: \.namesColour) { return nil }
        if ColourLexicon.textNamesColour(facts.title) || ColourLexicon.textNamesColour(facts.description) { return nil }
        if let subtitle = facts.subtitle, ColourLexicon.textNamesColour(subtitle) { return nil }
        if ColourLexicon.namesColourAlone(facts.title) { return nil }
        if let subtitle = facts.subtitle, ColourLexicon.namesColourAlone(subtitle) { return nil }
        if facts.profile == .jewellery,
            ColourLexicon.namesMetalTone(facts.title) || ColourLexicon.namesMetalTone(facts.description)
        {
            return nil
        }
        if facts.profile == .furniture, ColourLexicon.namesFurnitureTone(facts.title, facts.description) { return nil }
        let evidence = listing.title.isEmpty ? listing.id : listing.title
        return finding(facts, at: .title, message: .noColour, evidence: evidence)
    }
}

extension FindingMessage {
    fileprivate static let noColour = FindingMessage(.noColour)

    /// `noColour`'s text.
    static let noColourText = LocalizedText(
        zh: "没有颜色信息：无颜色分类、颜色属性，标题和详情也未写明颜色",
        en: "No colour is given: no colour option or attribute, and none named in the title or description")
}
