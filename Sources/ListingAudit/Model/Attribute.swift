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
}
