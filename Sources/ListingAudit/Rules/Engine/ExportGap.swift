/// Something a whole export lacks, said once for the export instead of the same finding on each of its listings: a
/// reviewer would ask for every one, but the shop fixes it in one place (the export settings or the feed).
public enum ExportGap: String, Sendable, CaseIterable {
    /// No description column: `description.empty` on every listing otherwise.
    case descriptionColumn
    /// A description column no listing fills, in an export that may leave it blank (an Amazon listings report's
    /// `item-description`), or an export that records descriptions' lengths instead of their text (Olist): the
    /// descriptions exist elsewhere and cannot be checked here.
    case descriptionText
    /// No listing of the export has an image address (no image column, or one left empty everywhere): what the
    /// buyer sees cannot be checked, and `images.missing_main` on every listing otherwise.
    case images
    /// A Google feed in which no item has an additional image (`additional_image_link`): every product shows only
    /// its main picture, `images.too_few` on every listing otherwise.
    case galleries

    /// The rule whose finding the note stands for on each listing.
    public var ruleID: String {
        switch self {
        case .descriptionColumn, .descriptionText: EmptyDescriptionRule.description.id
        case .images: MissingMainImageRule.description.id
        case .galleries: TooFewImagesRule.description.id
        }
    }

    /// The note on an export of `listings` listings with this gap.
    public func note(listings: Int) -> LocalizedText {
        let plural = listings == 1 ? "" : "s"
        switch self {
        case .descriptionColumn:
            return LocalizedText(
                zh: "导出文件没有描述列：\(listings) 个商品的描述无法检查；请连同商品描述一起导出",
                en: "The export has no description column: the descriptions of its \(listings) listing\(plural) "
                    + "cannot be checked; export them with the descriptions")
        case .descriptionText:
            return LocalizedText(
                zh: "导出文件中没有任何描述文字：\(listings) 个商品的描述无法检查；请连同商品描述一起导出",
                en: "No listing of the export has description text: the descriptions of its \(listings) listing"
                    + "\(plural) cannot be checked; export them with the descriptions")
        case .images:
            return LocalizedText(
                zh: "导出文件中没有任何图片地址：\(listings) 个商品的图片无法检查；请连同图片链接一起导出",
                en: "The export has no image addresses: the pictures of its \(listings) listing\(plural) cannot be "
                    + "checked; export them with the image links")
        case .galleries:
            return LocalizedText(
                zh: "feed 中没有任何附加图片（additional_image_link）：\(listings) 个商品都只有一张主图；"
                    + "请为每个商品加上细节、背面和使用场景图（最多 10 张）",
                en: "The feed has no additional images (additional_image_link): each of its \(listings) listing"
                    + "\(plural) shows only its main picture; add detail, back and in-use photos (up to 10) to "
                    + "every item")
        }
    }
}
