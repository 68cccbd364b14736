/// The fields of a listing whose source location is tracked individually.
public enum ListingField: String, Sendable, Codable, CaseIterable {
    case id, title, description, category, productType, brand, price
}

/// One product listing in the shape every format adapter produces.
public struct Listing: Sendable, Codable {
    /// The platform's own product key (Shopify `Handle`, WooCommerce parent `ID`/`SKU`, Amazon `seller-sku`,
    /// Google `item_group_id`/`id`, 商品ID).
    public var id: String
    /// The product title.
    public var title: String
    /// The description as plain text: HTML stripped, entities decoded, table cells and list items kept readable.
    public var description: String
    /// The category path (e.g. `Apparel & Accessories > Clothing > Dresses`, `女装/连衣裙`).
    public var categoryPath: String
    /// The product type, where the platform has one separate from the category.
    public var productType: String
    /// The brand or vendor.
    public var brand: String
    /// The listing's price (lowest variant price when variants differ), when known.
    public var price: Double?
    /// The purchasable variants. A product without options has one variant with no options, or none.
    public var variants: [Variant]
    /// The gallery images, in position order, variant images included.
    public var images: [ListingImage]
    /// Extra attributes: material, metafields, platform attributes.
    public var attributes: [Attribute]
    /// Whether the export marks the listing live (Shopify `Status` active or `Published`, WooCommerce `Published`,
    /// Amazon `status` Active, every item of a Google feed with prices); `nil` when the export does not say.
    public var isLive: Bool?
    /// The format the listing was read as.
    public var format: ExportFormat
    /// Where the listing's first record starts.
    public var location: SourceLocation
    /// Where individual fields were read, when they came from a record other than `location`'s.
    public var fieldLocations: [ListingField: SourceLocation]
    /// The gallery's first position of each address, made only for a long gallery (`Listing+LongLists.swift`).
    var galleryIndex: FirstPositions<String>?
    /// The attributes' first position of each name and value, made only for a long list (`Listing+LongLists.swift`).
    var attributeIndex: FirstPositions<AttributeKey>?

    private enum CodingKeys: String, CodingKey {
        case id, title, description, categoryPath, productType, brand, price, variants, images, attributes, isLive
        case format, location, fieldLocations
    }

    public init(
        id: String, title: String = "", description: String = "", categoryPath: String = "",
        productType: String = "", brand: String = "", price: Double? = nil, variants: [Variant] = [],
        images: [ListingImage] = [], attributes: [Attribute] = [], format: ExportFormat,
        location: SourceLocation, fieldLocations: [ListingField: SourceLocation] = [:]
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.categoryPath = categoryPath
        self.productType = productType
        self.brand = brand
        self.price = price
        self.variants = variants
        self.images = images
        self.attributes = attributes
        self.format = format
        self.location = location
        self.fieldLocations = fieldLocations
    }

    /// Where `field` was read: its own location if tracked, else the listing's.
    public func location(of field: ListingField) -> SourceLocation {
        fieldLocations[field] ?? location
    }

    /// The distinct values of every option of `kind`, in first-seen order.
    public func optionValues(_ kind: OptionKind) -> [String] {
        var seen = Set<String>()
        var values: [String] = []
        for variant in variants {
            for option in variant.options where option.kind == kind && seen.insert(option.value).inserted {
                values.append(option.value)
            }
        }
        return values
    }
}
