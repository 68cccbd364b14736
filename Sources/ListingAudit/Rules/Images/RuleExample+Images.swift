extension RuleExample {
    /// This example with the gallery's pixel sizes recorded, in gallery order (exports such as Amazon's image
    /// reports and Shopify's GraphQL exports carry them).
    func withImageSizes(_ sizes: [(width: Int, height: Int)]) -> RuleExample {
        var listing = self.listing
        for (index, size) in sizes.enumerated() where index < listing.images.count {
            listing.images[index].width = size.width
            listing.images[index].height = size.height
        }
        return RuleExample(listing: listing, from: self)
    }

    /// This example with variant images linked: each variant whose colour is a key gets that image URL.
    func withVariantImages(_ imageByColour: [String: String]) -> RuleExample {
        var listing = self.listing
        for index in listing.variants.indices {
            guard let colour = listing.variants[index].value(of: .colour) else { continue }
            listing.variants[index].imageURL = imageByColour[colour]
        }
        return RuleExample(listing: listing, from: self)
    }

    private init(listing: Listing, from example: RuleExample) {
        self.listing = listing
        shop = example.shop
        profile = example.profile
        file = example.file
        line = example.line
    }
}
