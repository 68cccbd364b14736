/// What an option of a variant describes, recognised from the option's name.
public enum OptionKind: String, Sendable, Codable {
    case size
    case colour
    case other
}

/// One option value of a variant, e.g. `Size = M` or `颜色分类 = 黑色`.
public struct VariantOption: Hashable, Sendable, Codable {
    /// The option name exactly as the export wrote it.
    public var name: String
    /// The option value exactly as the export wrote it.
    public var value: String
    /// Size, colour or other, recognised from `name`.
    public var kind: OptionKind

    public init(name: String, value: String, kind: OptionKind) {
        self.name = name
        self.value = value
        self.kind = kind
    }
}

/// One purchasable variant (SKU) of a listing.
public struct Variant: Hashable, Sendable, Codable {
    /// The variant's SKU, when the export has one.
    public var sku: String?
    /// The option values that set this variant apart.
    public var options: VariantOptions
    /// Price, when known.
    public var price: Double?
    /// URL of the variant's own image, when the export links one.
    public var imageURL: String?
    /// The GTIN / EAN / UPC cell exactly as written (Shopify `Variant Barcode`, Google `gtin`, WooCommerce
    /// `GTIN, UPC, EAN, or ISBN`), when the export has one.
    public var barcode: String?
    /// The undiscounted price the export gives beside the selling one (Shopify `Variant Compare At Price`; Google
    /// `price` and WooCommerce `Regular price` when a sale price is set; Magento `price` beside `special_price`).
    public var regularPrice: Double?
    /// Where the variant was read.
    public var location: SourceLocation

    public init(
        sku: String? = nil, options: [VariantOption] = [], price: Double? = nil, imageURL: String? = nil,
        barcode: String? = nil, regularPrice: Double? = nil, location: SourceLocation
    ) {
        self.init(
            sku: sku, options: VariantOptions(options), price: price, imageURL: imageURL, barcode: barcode,
            regularPrice: regularPrice, location: location)
    }

    /// A variant holding `options` as they are (a range of a shared block, when a reader kept them in one).
    init(
        sku: String?, options: VariantOptions, price: Double?, imageURL: String? = nil, barcode: String? = nil,
        regularPrice: Double? = nil, location: SourceLocation
    ) {
        self.sku = sku
        self.options = options
        self.price = price
        self.imageURL = imageURL
        self.barcode = barcode
        self.regularPrice = regularPrice
        self.location = location
    }

    /// The value of the first option of `kind`, if any.
    public func value(of kind: OptionKind) -> String? {
        options.first { $0.kind == kind }?.value
    }
}
