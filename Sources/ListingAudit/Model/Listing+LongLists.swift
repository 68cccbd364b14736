/// The first position of each key among the elements of a list that is only ever appended to, or reordered as a
/// whole (an adapter's `complete`), so that looking a key up in a long list costs the same however long it grew: a
/// hostile export with tens of thousands of image addresses in one cell, or a feed group of thousands of items,
/// would otherwise compare each new entry with all earlier ones.
struct FirstPositions<Key: Hashable & Sendable>: Sendable {
    private var positions: [Key: Int] = [:]
    /// How many elements, from the start, are indexed.
    private var indexed = 0

    /// The first position in `elements` whose key (`keyOf`) is `key`, if any. Takes in the elements appended since
    /// the last lookup; a key the index does not hold is not in the list (elements are never removed), and a
    /// position it gives is checked, the index made again if the list was reordered.
    mutating func position<Element>(of key: Key, in elements: [Element], keyOf: (Element) -> Key) -> Int? {
        if indexed > elements.count { self = FirstPositions() }
        take(elements, keyOf)
        if let position = positions[key], keyOf(elements[position]) != key {
            self = FirstPositions()
            take(elements, keyOf)
        }
        return positions[key]
    }

    private mutating func take<Element>(_ elements: [Element], _ keyOf: (Element) -> Key) {
        while indexed < elements.count {
            let key = keyOf(elements[indexed])
            if positions[key] == nil { positions[key] = indexed }
            indexed += 1
        }
    }
}

/// What makes two attributes the same one: name and value.
struct AttributeKey: Hashable, Sendable {
    let name: String
    let value: String

    init(_ attribute: Attribute) {
        name = attribute.name
        value = attribute.value
    }
}

extension Listing {
    /// A gallery or attribute list up to this long is searched; past it, looked up through an index (not encoded).
    static let longListThreshold = 32

    /// Adds an image unless one with the same address is already in the gallery (`ListingImage.isSameAddress`); a
    /// variant link fills in a missing one.
    mutating func addImage(_ image: consuming ListingImage) {
        if let existing = galleryPosition(of: image.address) {
            fillIn(existing, variantSKU: image.variantSKU, altText: image.altText)
            return
        }
        images.append(image)
    }

    /// Adds the picture at `address` as the gallery's next image (`position` one past the gallery's end), as
    /// `addImage` does. The image is made here rather than by the caller: a `ListingImage` (96 bytes) handed in was
    /// copied once more on its way into the gallery, for every address of a list cell.
    mutating func addImage(
        address: consuming ArraySlice<UInt8>, variantSKU: String? = nil, altText: String? = nil,
        location: SourceLocation
    ) {
        if let existing = galleryPosition(of: address) {
            fillIn(existing, variantSKU: variantSKU, altText: altText)
            return
        }
        appendImage(address: address, variantSKU: variantSKU, altText: altText, location: location)
    }

    /// Appends the picture at `address` as the gallery's next image, with no search for it: for a caller that knows
    /// the gallery does not hold `address` yet. Made by `ListingImage(taking:…)` and given its texts in place, it is
    /// moved into the gallery, not copied there; `address` is taken too (`consuming`), so a slice of a gallery cell
    /// made for it costs one reference count, not a copy retained and the slice released.
    mutating func appendImage(
        address: consuming ArraySlice<UInt8>, variantSKU: String? = nil, altText: String? = nil,
        location: SourceLocation
    ) {
        images.append(ListingImage(taking: address, position: images.count + 1, location: location))
        guard variantSKU != nil || altText != nil else { return }
        images[images.count - 1].variantSKU = variantSKU
        images[images.count - 1].altText = altText
    }

    /// Gives the image at `position` the variant link and alt text of another mention of its address, where it has
    /// none.
    private mutating func fillIn(_ position: Int, variantSKU: String?, altText: String?) {
        if images[position].variantSKU == nil { images[position].variantSKU = variantSKU }
        if images[position].altText == nil { images[position].altText = altText }
    }

    /// The position in `images` of the (first) image whose address is the same text as `address`
    /// (`ListingImage.isSameAddress`), if any. Past the short-list threshold, the index keys each address by its
    /// `String`, which hashes by canonical equivalence as it compares.
    mutating func galleryPosition(of address: ArraySlice<UInt8>) -> Int? {
        guard images.count > Self.longListThreshold else {
            return images.firstIndex { ListingImage.isSameAddress($0.address, address) }
        }
        // Taken out while used, so that the index is changed in place, not copied.
        var index = galleryIndex ?? FirstPositions()
        galleryIndex = nil
        defer { galleryIndex = index }
        return index.position(of: String(decoding: address, as: UTF8.self), in: images) { $0.url }
    }

    /// Adds `attribute` unless one with the same name and value is already there.
    mutating func addAttributeOnce(_ attribute: Attribute) {
        let key = AttributeKey(attribute)
        guard attributes.count > Self.longListThreshold else {
            if !attributes.contains(where: { AttributeKey($0) == key }) { attributes.append(attribute) }
            return
        }
        var index = attributeIndex ?? FirstPositions()
        attributeIndex = nil
        defer { attributeIndex = index }
        if index.position(of: key, in: attributes, keyOf: AttributeKey.init) == nil { attributes.append(attribute) }
    }
}
