/// `images.format_mismatch` (with `--probe-images`): the bytes are one format while the address's extension or
/// the server's `Content-Type` names another (a PNG saved as `.jpg`, a WebP served as `image/jpeg`).
struct FormatMismatchImageRule: ListingRule {
    static let description = RuleDescription(
        id: "images.format_mismatch", severity: .warning,
        title: LocalizedText(zh: "图片格式与后缀不符", en: "Image format mislabelled"),
        rationale: LocalizedText(
            zh: "格式与后缀或类型不符的图片，部分平台、浏览器和手机应用会拒收或显示不出来，买家看到的是缺图。",
            en: "Marketplaces, browsers and apps refuse or fail to show images whose real format differs from "
                + "their name or type, so buyers see gaps."),
        fix: LocalizedText(
            zh: "用真实格式另存图片（或改正后缀），重新上传。",
            en: "Save the image in the format its name says (or fix the name) and upload it again."),
        linkedCategories: [.notAsDescribed],
        readsProbes: true,
        triggeringExamples: [
            RuleExample(title: "陶瓷花瓶", images: ["https://img.example.cn/vase/1.jpg"])
                .withProbes([.image(.png, 800, 800)]),
            RuleExample(title: "Wool Beanie", images: ["https://cdn.example.com/beanie?id=4"])
                .withProbes([.image(.webp, 1000, 1000, contentType: "image/jpeg")]),
        ],
        nonTriggeringExamples: [
            RuleExample(title: "陶瓷花瓶", images: ["https://img.example.cn/vase/1.jpeg"])
                .withProbes([.image(.jpeg, 800, 800, contentType: "image/jpeg; charset=binary")]),
            // An address without an extension and a generic type say nothing about the format.
            RuleExample(title: "Wool Beanie", images: ["https://cdn.example.com/beanie?id=4"])
                .withProbes([.image(.webp, 1000, 1000, contentType: "application/octet-stream")]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        for probed in facts.probedImages {
            guard let real = probed.header?.format else { continue }
            let named = Self.extensionFormat(of: probed.image.url)
            let served = probed.probe.contentType.flatMap(ImageFormat.named(mediaType:))
            guard let claimed = [named, served].compactMap({ $0 }).first(where: { $0 != real }) else { continue }
            let label = claimed == named ? "." + (Self.extensionName(of: probed.image.url) ?? "") : claimed.rawValue
            return finding(
                at: probed.image.location, message: .mislabelled(claimed: claimed, real: real),
                evidence: "\(probed.image.url) (\(label), \(real.rawValue))")
        }
        return nil
    }

    /// The format the address's file-name extension names, if any.
    static func extensionFormat(of url: String) -> ImageFormat? {
        extensionName(of: url).flatMap(ImageFormat.named(extension:))
    }

    /// The extension of the address's file name (query and fragment removed), if it has one.
    private static func extensionName(of url: String) -> String? {
        let path = url.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? url
        let name = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return String(name[name.index(after: dot)...])
    }
}

extension FindingMessage {
    fileprivate static func mislabelled(claimed: ImageFormat, real: ImageFormat) -> FindingMessage {
        FindingMessage(.mislabelled, claimed.caseNumber, real.caseNumber)
    }

    /// `mislabelled`'s text.
    static func mislabelledText(_ message: FindingMessage, _ language: Language) -> String {
        let named = ImageFormat(caseNumber: message.first).rawValue.uppercased()
        let actual = ImageFormat(caseNumber: message.second).rawValue.uppercased()
        return switch language {
        case .zh: "图片标为 \(named)，实际是 \(actual) 格式"
        case .en: "An image labelled \(named) is in fact \(actual)"
        }
    }
}
