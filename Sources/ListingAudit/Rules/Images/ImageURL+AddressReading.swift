extension ImageURL {
    /// What the image rules need of one address besides its bytes, as `GalleryReader.read` gives it: kept beside an
    /// image read where its gallery cell is split (`ListingImage.reading`), so that the rules do not read the
    /// address again (`ListingFacts.imageAddresses`).
    struct AddressReading: Sendable, Equatable {
        /// The key of the address's picture (`ImagePicture.key`).
        let pictureKey: UInt64
        /// Whether the address is printable ASCII without spaces (`ImagePicture.isPlain`).
        let isPlain: Bool
        /// Whether it points at a stand-in picture (`read`'s `isPlaceholder`).
        let isPlaceholder: Bool
        /// What keeps a marketplace from fetching it, if anything.
        let problem: Problem?

        /// The reading `GalleryReader.read` (or `ImageURL.read`) gave.
        init(_ read: (picture: ImagePicture, isPlaceholder: Bool, problem: Problem?)) {
            pictureKey = read.picture.key
            isPlain = read.picture.isPlain
            isPlaceholder = read.isPlaceholder
            problem = read.problem
        }

        /// The picture of `address`, the address this reading was made of.
        func picture(of address: ArraySlice<UInt8>) -> ImagePicture {
            ImagePicture(address: address, key: pictureKey, isPlain: isPlain)
        }
    }
}
