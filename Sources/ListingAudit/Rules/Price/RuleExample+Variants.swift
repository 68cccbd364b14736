extension RuleExample {
    /// This example with each variant's price and undiscounted price set, in variant order (variants are added as
    /// needed), and the export's live flag.
    func withPrices(_ prices: [(price: Double?, regular: Double?)], live: Bool? = true) -> RuleExample {
        var listing = self.listing
        for (index, price) in prices.enumerated() {
            if index == listing.variants.count { listing.variants.append(Variant(location: listing.location)) }
            listing.variants[index].price = price.price
            listing.variants[index].regularPrice = price.regular
        }
        listing.price = prices.compactMap(\.price).min()
        listing.isLive = live
        return RuleExample(listing: listing, from: self)
    }

    /// This example with each variant's barcode cell set, in variant order (variants are added as needed).
    func withBarcodes(_ barcodes: [String]) -> RuleExample {
        var listing = self.listing
        for (index, barcode) in barcodes.enumerated() {
            if index == listing.variants.count { listing.variants.append(Variant(location: listing.location)) }
            listing.variants[index].barcode = barcode
        }
        return RuleExample(listing: listing, from: self)
    }
}
