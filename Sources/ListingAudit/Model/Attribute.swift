/// A named extra fact about a listing: material, a Shopify metafield, an Amazon attribute, a 商品属性 pair.
public struct Attribute: Hashable, Sendable, Codable {
    /// The attribute name as the export wrote it (for metafields, the `namespace.key`).
    public var name: String
    /// The value as text.
    public var value: String
    /// Where it was read.
    public var location: SourceLocation

    public init(name: String, value: String, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }

    /// The name of the attribute that holds a listing's sub-title (淘宝助理 `subtitle`, 严选 `brief`, newbee_mall
    /// `goods_intro`): a line read with the title, not a description.
    public static let subtitleName = "subtitle"

    /// The name of the attribute that holds how many pictures a description of pictures only has (HTML of `<img>`
    /// tags and no text a buyer can read): the description itself is empty.
    public static let descriptionPicturesName = "description pictures"
}

extension Listing {
    /// Records that the description, still empty, was HTML of `count` pictures and no text
    /// (`Attribute.descriptionPicturesName`); nothing when `count` is 0 or the description has text. The pictures
    /// are counted only when the description is empty: a written one is not read again.
    mutating func notePictureOnlyDescription(_ count: @autoclosure () -> Int, at location: SourceLocation) {
        guard description.isEmpty, !attributes.contains(where: { $0.name == Attribute.descriptionPicturesName })
        else { return }
        let count = count()
        guard count > 0 else { return }
        attributes.append(Attribute(name: Attribute.descriptionPicturesName, value: String(count), location: location))
    }
}
