/// `images.same_file` (with `--probe-images`): the same image file under different addresses in one gallery (the
/// same size and the same first kilobytes), which `images.duplicates` cannot see from the addresses.
struct SameFileImagesRule: ListingRule {
    static let description = RuleDescription(
        id: "images.same_file", severity: .advice,
        title: LocalizedText(zh: "不同地址的相同图片", en: "Same image under different addresses"),
        rationale: LocalizedText(
            zh: "同一张图片换个地址重复上传，占用了展示位，买家看到的角度更少。",
            en: "The same photo uploaded twice under different names takes a gallery slot another angle could use."),
        fix: LocalizedText(
            zh: "删除重复上传的图片，换成其他角度或细节图。",
            en: "Remove the copy and use the slot for another angle or a detail."),
        linkedCategories: [.notAsDescribed],
        readsProbes: true,
        triggeringExamples: [
            RuleExample(
                title: "真皮手提包", images: ["https://img.example.cn/bag/a.jpg", "https://img.example.cn/bag/b.jpg"]
            )
                .withProbes([.image(.jpeg, 800, 800, hash: 7), .image(.jpeg, 800, 800, hash: 7)]),
            RuleExample(
                title: "Canvas Sneakers", images: ["https://cdn.example.com/s1.jpg", "https://cdn.example.com/copy.jpg"]
            )
                .withProbes([.image(.jpeg, 1000, 1000, hash: 9), .image(.jpeg, 1000, 1000, hash: 9)]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                title: "真皮手提包", images: ["https://img.example.cn/bag/a.jpg", "https://img.example.cn/bag/b.jpg"]
            )
                .withProbes([.image(.jpeg, 800, 800, hash: 7), .image(.jpeg, 800, 800, hash: 8)]),
            // The same address twice is images.duplicates' finding, not this one.
            RuleExample(
                title: "Canvas Sneakers", images: ["https://cdn.example.com/s1.jpg", "https://cdn.example.com/s1.jpg"]
            )
                .withProbes([.image(.jpeg, 1000, 1000, hash: 9), .image(.jpeg, 1000, 1000, hash: 9)]),
        ])

    func check(_ facts: ListingFacts) -> RuleFinding? {
        var firstByKey: [String: ProbedImage] = [:]
        var copies: [(copy: ProbedImage, original: ProbedImage)] = []
        for probed in facts.probedImages {
            guard let key = probed.probe.contentKey else { continue }
            if let original = firstByKey[key] {
                if ImagePicture(original.image.url) != ImagePicture(probed.image.url) {
                    copies.append((probed, original))
                }
            } else {
                firstByKey[key] = probed
            }
        }
        guard let first = copies.first else { return nil }
        return finding(
            at: first.copy.image.location, message: .sameFile(copies.count),
            evidence: "\(first.copy.image.url) = \(first.original.image.url)")
    }
}

extension FindingMessage {
    fileprivate static func sameFile(_ count: Int) -> FindingMessage {
        FindingMessage(.sameFile, count)
    }

    /// `sameFile`'s text.
    static func sameFileText(_ message: FindingMessage, _ language: Language) -> String {
        let count = message.first
        return switch language {
        case .zh: "\(count) 张图片与同一商品的另一张是同一文件"
        case .en: "\(count) image\(count == 1 ? " is" : "s are") the same file as another in the gallery"
        }
    }
}
