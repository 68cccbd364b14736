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

    /// This example with what probing its images found, in gallery order (`--probe-images`).
    func withProbes(_ probes: [ExampleProbe]) -> RuleExample {
        var listing = self.listing
        for (index, probe) in probes.enumerated() where index < listing.images.count {
            listing.images[index].probe = probe.probe(of: listing.images[index].url)
        }
        return RuleExample(listing: listing, from: self)
    }

    /// This example with its main image found to be the main image file of `products` other products too, one of
    /// them titled `title` at `address` (what `--probe-images` finds across the run's listings).
    func withSharedMain(products: Int, title: String, address: String) -> RuleExample {
        var listing = self.listing
        listing.images[0].sameFileElsewhere = SharedImageFile(products: products, title: title, address: address)
        return RuleExample(listing: listing, from: self)
    }

    /// This example read as an export of `format` (so that platform's image preset applies).
    func read(as format: ExportFormat) -> RuleExample {
        var listing = self.listing
        listing.format = format
        return RuleExample(listing: listing, from: self)
    }

    init(listing: Listing, from example: RuleExample) {
        self.listing = listing
        shop = example.shop
        profile = example.profile
        file = example.file
        line = example.line
    }
}

/// What probing an example's image found.
enum ExampleProbe {
    /// An image of this format and size; `bytes` is the file size (`nil`: not told), `hash` its prefix hash.
    case image(
        ImageFormat, Int, Int, bytes: Int? = 200 << 10, contentType: String? = nil, hash: UInt64? = nil)
    /// The server answered with this status.
    case status(Int)
    /// The fetch failed.
    case failed(ImageProbe.Failure)

    func probe(of address: String) -> ImageProbe {
        switch self {
        case let .image(format, width, height, bytes, contentType, hash):
            ImageProbe(
                address: address, outcome: .fetched,
                header: ImageHeader(format: format, width: width, height: height),
                byteSize: bytes, contentType: contentType,
                prefixHash: hash ?? ImageProbe.hash(prefixOf: Array(address.utf8)))
        case .status(let code):
            ImageProbe(address: address, outcome: .status(code))
        case .failed(let failure):
            ImageProbe(address: address, outcome: .failed(failure))
        }
    }
}
