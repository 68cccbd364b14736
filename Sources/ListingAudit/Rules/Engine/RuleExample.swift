/// A listing written to document a rule, which the generic rule test runs. Records where it was written, so a
/// failing example points at itself.
public struct RuleExample: Sendable {
    /// The listing to check.
    public let listing: Listing
    /// Other listings in the same shop (for cross-listing rules); empty for most rules.
    public let shop: [Listing]
    /// The profile to check under; `nil` lets the profiler decide from the listing.
    public let profile: ProductProfile?
    /// The file the example was written in.
    public let file: String
    /// The line the example was written on.
    public let line: Int

    /// The file every example listing is located in, named once (the rules' examples are made at start-up).
    static let exampleFile = SourceFileName.named("example")

    /// Builds an example listing from the fields a rule cares about.
    /// - Parameters:
    ///   - options: option name → values; each value of the first option becomes a variant, the others are
    ///     combined into every variant (e.g. `["Size": ["S", "M"], "Color": ["Red"]]`). Kinds are recognised from
    ///     the names as the adapters do (`Size`, `尺码`, `Color`, `颜色分类`, …).
    ///   - images: image URLs in gallery order.
    ///   - attributes: extra attributes (material, metafields).
    public init(
        title: String, description: String = "", category: String = "", productType: String = "",
        options: KeyValuePairs<String, [String]> = [:], images: [String] = [], attributes: [String: String] = [:],
        profile: ProductProfile? = nil, shop: [Listing] = [], file: String = #filePath, line: Int = #line
    ) {
        let location = SourceLocation(file: Self.exampleFile, line: line)
        let pairs = Array(options)
        var variants: [Variant] = []
        if let first = pairs.first {
            for value in first.value {
                var chosen = [VariantOption(name: first.key, value: value, kind: OptionNames.kind(of: first.key))]
                for other in pairs.dropFirst() {
                    for otherValue in other.value {
                        chosen.append(
                            VariantOption(name: other.key, value: otherValue, kind: OptionNames.kind(of: other.key)))
                    }
                }
                variants.append(Variant(sku: nil, options: chosen, location: location))
            }
        }
        listing = Listing(
            id: "example-\(line)", title: title, description: description, categoryPath: category,
            productType: productType, variants: variants,
            images: images.enumerated().map { ListingImage(url: $1, position: $0 + 1, location: location) },
            attributes: attributes.sorted { $0.key < $1.key }.map {
                Attribute(name: $0.key, value: $0.value, location: location)
            },
            format: .generic, location: location)
        self.shop = shop
        self.profile = profile
        self.file = file
        self.line = line
    }
}
