/// `size.missing_options`: a product that comes in sizes (clothes, shoes, hats, gloves, belts, rings) with no size
/// anywhere: no size option, no size attribute, no size stated in the title or description (a size label with its
/// value, `尺码：M`, `waist 70 cm`; `high waist` is a cut, not a size: `SizeStatement`), and no letter size ending the
/// title or sub-title (a variant's name: `睡衣 藏青色 L`). Children's sizes by age (`0-3M`, `3-6 months`) are sizes,
/// in an option of any name.
struct MissingSizeOptionsRule: ListingRule {
    static let description = RuleDescription(
        id: "size.missing_options", severity: .error,
        title: LocalizedText(zh: "缺少尺码", en: "No size given"),
        rationale: LocalizedText(
            zh: "买家无法选择或确认尺码，只能猜测，收到后不合适就退货（尺码不合适、与描述不符）。",
            en: "Buyers cannot choose or check a size, so they guess and return what does not fit."),
        fix: LocalizedText(
            zh: "添加“尺码”销售属性（如 S/M/L 或 36–40 码），单一尺码也请写明（如“均码，胸围 96cm”）。",
            en: "Add a Size option (S/M/L, EU 36–40); for a single size, say so with measurements (\"One size, "
                + "bust 96 cm\")."),
        linkedCategories: [.sizeFit, .notAsDescribed],
        profiles: [.apparel, .shoes, .accessories, .jewellery],
        readsWords: true,
        triggeringExamples: [
            RuleExample(
                title: "2024夏季新款碎花连衣裙 收腰显瘦", description: "雪纺面料，清爽透气。",
                options: ["颜色分类": ["蓝色碎花", "白色碎花"]], images: ["https://img.example.cn/d1.jpg"]),
            RuleExample(
                title: "Women's Leather Ankle Boots", description: "Genuine leather upper, rubber sole.",
                options: ["Color": ["Black", "Brown"]]),
            RuleExample(title: "925 Sterling Silver Stacking Ring", description: "Minimalist band, polished finish."),
            RuleExample(title: "纯棉男士棒球帽 遮阳", description: "纯棉材质，透气舒适。", options: ["颜色": ["黑色"]]),
            // Sports supports are worn to fit.
            RuleExample(title: "运动护腕 吸汗", description: "弹力针织，吸汗透气。", options: ["颜色": ["黑色"]]),
            RuleExample(
                title: "Compression Knee Brace", description: "Breathable knit.", options: ["Color": ["Black"]]),
            // A size word without its value names a cut, not a size; 衣长 in 上衣长袖 is no size word at all.
            RuleExample(
                title: "High Waist Wide Leg Trousers", description: "Relaxed fit, pressed front crease.",
                options: ["Color": ["Black"]]),
            RuleExample(title: "女士缎面上衣长袖衬衫", description: "缎面光泽，垂坠感好。", options: ["颜色": ["香槟色"]]),
            // A title that names no product is read with its sub-title, which does.
            RuleExample(
                title: "森屿 男式", description: "法兰绒面料，柔软保暖。",
                attributes: ["subtitle": "格纹法兰绒睡衣"]),
            RuleExample(
                title: "Northwind Men's", description: "Soft brushed flannel.",
                attributes: ["subtitle": "Check flannel pyjama shirt"]),
            // Shoes that are easy to clean are still shoes: `clean` names no care good.
            RuleExample(title: "Easy-Clean White Leather Sneakers", description: "Leather upper, rubber sole."),
            RuleExample(title: "百搭小白鞋 女 易清洁", description: "牛皮鞋面，橡胶底。"),
            // Clothes named by the generic noun or by their sleeves, as fashion copy names them.
            RuleExample(title: "这款短袖透气舒适", description: "纯棉面料，透气。", options: ["颜色": ["白色"]]),
            RuleExample(title: "Soft cotton clothes for everyday wear", description: "100% cotton."),
        ],
        nonTriggeringExamples: [
            // Written in another language: a size stated in its words cannot be read.
            RuleExample(
                title: "Vestido de algodón con volantes para niña", description: "Vestido de algodón, talla única.",
                profile: .apparel),
            // An export with text lengths and no options at all (Olist) cannot show sizes.
            RuleExample(title: "", attributes: ["name_length": "48", "description_length": "512"], profile: .apparel),
            RuleExample(
                title: "Classic Crew Neck T-Shirt", options: ["Size": ["S", "M", "L"], "Color": ["White"]]),
            RuleExample(title: "女士针织开衫", description: "均码，胸围 110cm，衣长 62cm。", options: ["颜色": ["米白"]]),
            RuleExample(title: "亚麻阔腿裤", description: "尺码：S-XL，腰围64-80cm。", options: ["颜色": ["米白"]]),
            RuleExample(
                title: "High Waist Linen Trousers", description: "Sizes available: S, M, L. Waist 64–80 cm.",
                options: ["Color": ["Ecru"]]),
            RuleExample(
                title: "Running Sneakers", description: "Breathable mesh.", attributes: ["Shoe size": "EU 38"]),
            // Unstitched suit fabric is sold by the piece and tailored to the buyer: there is no size to give.
            RuleExample(
                title: "Three-Piece Unstitched Lawn Suit", description: "Printed lawn shirt, dupatta, trouser."),
            // Not sized: a phone case with colours, earrings, a scarf.
            RuleExample(title: "iPhone 15 手机壳 防摔", options: ["颜色": ["透明", "黑色"]]),
            RuleExample(title: "Gold Hoop Earrings", description: "14k gold plated, 25 mm hoops."),
            // A storage bag for clothes is no garment.
            RuleExample(title: "衣服收纳袋 防尘", description: "无纺布，60×40×30cm。"),
            RuleExample(title: "Clothes storage bag", description: "Non-woven fabric, 60 x 40 x 30 cm."),
            RuleExample(
                title: "Cashmere Scarf", description: "180 x 30 cm, 100% cashmere.", options: ["Color": ["Grey"]]),
            // Sizes in an option whose name the export did not call "size".
            RuleExample(title: "Cotton Hoodie", options: ["Style": ["S", "M", "L", "XL"]]),
            // Children's sizes by age, in options named for the age or in another language.
            RuleExample(title: "Baby Cotton Bodysuit", options: ["Months": ["0-3M", "3-6M", "6-12M"]]),
            RuleExample(title: "Baby Sandals", options: ["Talla del calzado": ["6-12-meses", "12-18-meses"]]),
            RuleExample(title: "婴儿纯棉连体衣", options: ["月龄": ["0-3个月", "3-6个月"]]),
            RuleExample(title: "Toddler Pyjamas", options: ["Style": ["2T", "3T", "4T"]]),
            RuleExample(title: "运动护膝", options: ["尺码": ["S", "M", "L"], "颜色": ["黑色"]]),
            RuleExample(title: "Compression Knee Brace", options: ["Size": ["S", "M", "L"], "Color": ["Black"]]),
            // One variant's name, which names its size last.
            RuleExample(title: "森屿 男式", attributes: ["subtitle": "格纹法兰绒睡衣 藏青色 L"]),
            RuleExample(title: "Linen Shirt - White / XL", description: "Relaxed fit, 100% linen."),
            // What a product is for is not what it is: a care good named after the shoes it cleans, a beauty
            // treatment worn as gloves.
            RuleExample(title: "Cleaner & Refresher Kit for Sneakers", description: "Foam cleaner, brush, 150 ml."),
            RuleExample(title: "Sneaker Cleaning Kit", description: "Foam cleaner and brush, 150 ml."),
            RuleExample(title: "小白鞋专用清洁剂 去污增白", description: "泡沫清洁剂，150ml，附刷子。"),
            RuleExample(title: "Moisturizing Gloves", description: "Overnight hand mask, shea butter gel lining."),
            RuleExample(title: "护理手膜 保湿滋润手套", description: "乳木果油凝胶内层，20g。"),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        guard !facts.hasSummarisedText, SizeLexicon.needsSize(facts) else { return nil }
        let listing = facts.listing
        if !facts.options(.size).allSatisfy(\.isBlank) { return nil }
        if !listing.attributeValues(.size).isEmpty { return nil }
        if facts.options(.other).contains(where: { $0.isLetterSize || $0.isAgeSize }) { return nil }
        if facts.titleOrDescription(SizeStatement.isStated) { return nil }
        if SizeStatement.endsWithLetterSize(facts.title) { return nil }
        if let subtitle = facts.subtitle, SizeStatement.endsWithLetterSize(subtitle) { return nil }
        let options = Set(listing.variants.flatMap { $0.options.map(\.name) }).sorted()
        // The option names the listing has, or its title when it has none (the message says what is missing).
        let named = listing.title.isEmpty ? listing.id : listing.title
        let evidence = options.isEmpty ? named : options.joined(separator: ", ")
        return finding(at: listing.location, message: .noSize, evidence: evidence)
    }
}

extension FindingMessage {
    fileprivate static let noSize = FindingMessage(.noSize)

    /// `noSize`'s text.
    static let noSizeText = LocalizedText(
        zh: "该商品需要尺码，但没有尺码选项、尺码属性或尺码说明",
        en: "This product comes in sizes but has no size option, size attribute or size statement")
}
