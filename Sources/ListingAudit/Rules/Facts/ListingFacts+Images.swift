extension ListingFacts {
    /// One image address of the listing, read once for every image rule.
    struct ImageAddress: Sendable {
        /// Where it was read.
        let location: SourceLocation
        /// The picture it shows: the address without scheme, query and size suffix.
        let picture: ImagePicture
        /// Whether it points at a stand-in picture (`placeholder.png`).
        let isPlaceholder: Bool
        /// What keeps a marketplace from fetching it, if anything.
        let problem: ImageURL.Problem?

        /// The address as the export wrote it, as text (for a finding's evidence); its bytes are held once, by its
        /// picture.
        var url: String { String(decoding: picture.address, as: UTF8.self) }
    }

    /// Every image address, gallery first, then variant images not in the gallery; blanks and repeats dropped. The
    /// gallery's addresses are read from the bytes the listing holds, with no `String` made, by `reader`, which goes
    /// on from the addresses of the listings it read before (the worker's `ListingReaders.gallery`): a listing's first
    /// address whose folder and name differ from the last listing's only in their digits is not scanned again.
    static func imageAddresses(of listing: Listing, reader: inout ImageURL.GalleryReader) -> [ImageAddress] {
        var list = AddressList(capacity: listing.images.count)
        // By index: a `for image in` loop copies each whole `ListingImage` to read its address.
        for index in listing.images.indices {
            list.add(listing.images[index].address, listing.images[index].location, reader: &reader)
        }
        for variant in listing.variants {
            if let url = variant.imageURL { list.add(ArraySlice(url.utf8), variant.location, reader: &reader) }
        }
        return list.addresses
    }

    /// The addresses of `imageAddresses` as they are gathered, blanks and repeats dropped. A value with methods,
    /// not closures over the list: the closures' captures were retained and released for every address.
    private struct AddressList {
        private(set) var addresses: [ImageAddress] = []
        /// The addresses as `String`s, once the list is long (past 32).
        private var seen: Set<String>?

        init(capacity: Int) { addresses.reserveCapacity(capacity) }

        /// Reads `address` with `reader` and adds it, unless it is blank or an address the list holds.
        mutating func add(
            _ address: ArraySlice<UInt8>, _ location: SourceLocation, reader: inout ImageURL.GalleryReader
        ) {
            guard !ListingFacts.isBlank(address) else { return }
            let (picture, isPlaceholder, problem) = reader.read(address)
            guard isNew(address, picture) else { return }
            addresses.append(
                ImageAddress(location: location, picture: picture, isPlaceholder: isPlaceholder, problem: problem))
        }

        /// Whether no address of the list is `address` (read as `picture`). A gallery holds a handful of pictures: a
        /// linear search beats hashing every address, and only an address its picture does not already tell apart
        /// (`hasOtherAddress`) is compared (`ListingImage.isSameAddress`). A long gallery's addresses are hashed as
        /// `String`s, which hash by canonical equivalence as they compare.
        private mutating func isNew(_ address: ArraySlice<UInt8>, _ picture: ImagePicture) -> Bool {
            if seen == nil, addresses.count > 32 { seen = Set(addresses.map(\.url)) }
            if seen != nil { return seen!.insert(String(decoding: address, as: UTF8.self)).inserted }
            // Read where the list holds them: a `contains` closure copied each whole `ImageAddress` out first.
            return addresses.withUnsafeBufferPointer { earlier in
                for index in earlier.indices where !earlier[index].picture.hasOtherAddress(than: picture) {
                    if ListingImage.isSameAddress(earlier[index].picture.address, address) { return false }
                }
                return true
            }
        }
    }

    /// Whether `address` is empty or white space only (`String.isBlank`): no, at once, when it starts with visible
    /// ASCII.
    fileprivate static func isBlank(_ address: ArraySlice<UInt8>) -> Bool {
        if let first = address.first, first > 0x20, first < 0x7F { return false }
        return String(decoding: address, as: UTF8.self).isBlank
    }

    /// The number of different pictures: addresses compared by picture, placeholders left out. A short gallery is
    /// counted where the list holds it, with no list of its repeats made.
    static func distinctPictures(_ addresses: [ImageAddress]) -> Int {
        guard addresses.count <= 32 else {
            return addresses.count { !$0.isPlaceholder } - repeatedPictures(addresses, placeholders: false).count
        }
        return addresses.withUnsafeBufferPointer { list in
            var count = 0
            for index in list.indices where !list[index].isPlaceholder {
                if !isRepeated(list, index, placeholders: false) { count += 1 }
            }
            return count
        }
    }

    /// The indices of the addresses whose picture an earlier address shows, placeholders compared too or left out
    /// on both sides: a linear search in a short gallery, hashing in a long one (so a listing with thousands of
    /// images costs no more than its length). The pictures are compared where the addresses hold them, with no
    /// list of them and no copy of an address made.
    static func repeatedPictures(_ addresses: [ImageAddress], placeholders: Bool = true) -> [Int] {
        func isCompared(_ index: Int) -> Bool { placeholders || !addresses[index].isPlaceholder }
        if addresses.count <= 32 {
            return addresses.withUnsafeBufferPointer { list in
                list.indices.filter { isCompared($0) && isRepeated(list, $0, placeholders: placeholders) }
            }
        }
        var seen = Set<ImagePicture>()
        return addresses.indices.filter { isCompared($0) && !seen.insert(addresses[$0].picture).inserted }
    }

    /// Whether an address before `index` of `list` shows the picture at `index`, the placeholders before it
    /// compared only when `placeholders`. The keys are read where the list holds them and the pictures compared only
    /// when they agree (comparing the pictures alone, the optimiser may copy both addresses out for every pair).
    private static func isRepeated(
        _ list: UnsafeBufferPointer<ImageAddress>, _ index: Int, placeholders: Bool
    ) -> Bool {
        for earlier in 0..<index where placeholders || !list[earlier].isPlaceholder {
            if list[earlier].picture.key == list[index].picture.key, list[earlier].picture == list[index].picture {
                return true
            }
        }
        return false
    }
}
