/// `images.colour_without_image`: colour variants that cannot be seen. Where the export links images to variants,
/// the colours with no image of their own; otherwise, more colours than different pictures.
struct ColourVariantImagesRule: ListingRule {
    static let description = RuleDescription(
        id: "images.colour_without_image", severity: .warning,
        title: LocalizedText(zh: "颜色缺少对应图片", en: "Colours without their own image"),
        rationale: LocalizedText(
            zh: "买家只能从颜色名想象“雾霾蓝”“燕麦色”长什么样，收到后觉得颜色不对就退货。",
            en: "Buyers must imagine what \"Dusty Blue\" or \"Oatmeal\" looks like; when it differs, the colour "
                + "comes back."),
        fix: LocalizedText(
            zh: "为每个颜色分类上传一张对应的 SKU 图片。",
            en: "Give every colour variant its own image."),
        linkedCategories: [.colourMismatch],
        triggeringExamples: [
            RuleExample(
                title: "纯棉短袖T恤",
                options: ["颜色": ["白色", "黑色", "雾霾蓝"]],
                images: ["https://img.example.cn/t/white.jpg", "https://img.example.cn/t/black.jpg",
                         "https://img.example.cn/t/blue.jpg"]
            ).withVariantImages([
                "白色": "https://img.example.cn/t/white.jpg", "黑色": "https://img.example.cn/t/black.jpg",
            ]),
            RuleExample(
                title: "Linen Throw Pillow Cover",
                options: ["Color": ["Oatmeal", "Sage", "Rust", "Navy"]],
                images: ["https://cdn.example.com/p1.jpg", "https://cdn.example.com/p2.jpg"]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                title: "纯棉短袖T恤",
                options: ["颜色": ["白色", "黑色"]],
                images: ["https://img.example.cn/t/white.jpg", "https://img.example.cn/t/black.jpg"]
            ).withVariantImages([
                "白色": "https://img.example.cn/t/white.jpg", "黑色": "https://img.example.cn/t/black.jpg",
            ]),
            RuleExample(
                title: "Linen Throw Pillow Cover",
                options: ["Color": ["Oatmeal", "Sage"]],
                images: ["https://cdn.example.com/p1.jpg", "https://cdn.example.com/p2.jpg",
                         "https://cdn.example.com/p3.jpg"]),
            // One colour needs no image of its own beyond the gallery.
            RuleExample(title: "USB-C Cable", options: ["Color": ["Black"]], images: ["https://cdn.example.com/c.jpg"]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        let listing = facts.listing
        let options = facts.options(.colour)
        // Counted where the facts hold them: the colours are listed only where a finding may need them.
        let colourCount = options.count { !$0.isBlank }
        guard colourCount > 1 else { return nil }
        // The colours that are not blank and pass `test`, joined for the evidence where the facts hold them (no list
        // of them made).
        func colours(where test: (String) -> Bool = { _ in true }) -> String {
            String.joined(separator: ", ") { part in
                for option in options where !option.isBlank && test(option.source) { part(option.source.utf8) }
            }
        }
        let linkedSKUs = Set(listing.images.compactMap(\.variantSKU))
        let isLinked = !linkedSKUs.isEmpty || listing.variants.contains { $0.imageURL != nil }
        if isLinked {
            // The colours of the variants that have a picture, gathered in one pass: a product with thousands of
            // colour variants costs its length, not colours × variants.
            var pictured = Set<String>()
            for variant in listing.variants
            where !(variant.imageURL ?? "").isBlank || variant.sku.map(linkedSKUs.contains) == true {
                if let colour = variant.value(of: .colour) { pictured.insert(colour) }
            }
            guard let first = options.first(where: { !$0.isBlank && !pictured.contains($0.source) })?.source else {
                return nil
            }
            let location = listing.variant(with: first, of: .colour)?.location ?? listing.location
            let evidence = colours { !pictured.contains($0) }
            return finding(at: location, message: .coloursWithoutImages(evidence), evidence: evidence)
        }
        let images = facts.distinctImageCount
        guard images > 0, colourCount > images else { return nil }
        return finding(
            at: listing.variants.first?.location ?? listing.location,
            message: .fewerImagesThanColours(colours: colourCount, images: images),
            evidence: colours())
    }
}

extension FindingMessage {
    fileprivate static func coloursWithoutImages(_ colours: String) -> FindingMessage {
        FindingMessage(.coloursWithoutImages, words: [colours])
    }

    /// `coloursWithoutImages`' text.
    static func coloursWithoutImagesText(_ message: FindingMessage, _ language: Language) -> String {
        switch language {
        case .zh: "这些颜色没有对应图片：\(message.words[0])"
        case .en: "These colours have no image of their own: \(message.words[0])"
        }
    }

    fileprivate static func fewerImagesThanColours(colours: Int, images: Int) -> FindingMessage {
        FindingMessage(.fewerImagesThanColours, colours, images)
    }

    /// `fewerImagesThanColours`' text.
    static func fewerImagesThanColoursText(_ message: FindingMessage, _ language: Language) -> String {
        let (colours, images) = (message.first, message.second)
        return switch (language, images) {
        case (.zh, 0): "有 \(colours) 个颜色，却没有一张商品图片"
        case (.zh, _): "有 \(colours) 个颜色，却只有 \(images) 张不同的图片"
        case (.en, 0): "\(colours) colours but no product photo"
        case (.en, _): "\(colours) colours but only \(images) different image\(images == 1 ? "" : "s")"
        }
    }
}
