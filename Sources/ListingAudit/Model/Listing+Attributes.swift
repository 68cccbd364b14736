/// The name and value pairs of a long attribute list, so that adding one an item group repeats on each of its rows
/// costs the same however many came before (a feed group of 20k items named 20k materials).
struct AttributeIndex: Sendable {
    private struct Pair: Hashable {
        let name: String
        let value: String
    }

    /// The pairs of the attributes indexed.
    private var pairs = Set<Pair>()
    /// How many of `attributes`, from the start, are indexed.
    fileprivate var indexed = 0

    /// Indexes the attributes not yet indexed.
    fileprivate mutating func take(_ attributes: [Attribute]) {
        while indexed < attributes.count {
            pairs.insert(Pair(name: attributes[indexed].name, value: attributes[indexed].value))
            indexed += 1
        }
    }

    /// Whether an indexed attribute has `name` and `value`.
    fileprivate func contains(name: String, value: String) -> Bool { pairs.contains(Pair(name: name, value: value)) }
}

extension Listing {
    /// An attribute list up to this long is searched, not indexed.
    static let attributeIndexThreshold = 32

    /// Adds `attribute` unless one with the same name and value is already there: a linear search of a short list,
    /// an index past `attributeIndexThreshold` attributes. Attributes are only ever appended once a listing is made,
    /// so the index takes in those appended since it was last used, and is made again if the list is shorter than
    /// what it indexed.
    mutating func addAttributeOnce(_ attribute: Attribute) {
        guard attributes.count > Self.attributeIndexThreshold else {
            if !attributes.contains(where: { $0.name == attribute.name && $0.value == attribute.value }) {
                attributes.append(attribute)
            }
            return
        }
        var index = attributeIndex ?? AttributeIndex()
        attributeIndex = nil
        defer { attributeIndex = index }
        if index.indexed > attributes.count { index = AttributeIndex() }
        index.take(attributes)
        guard !index.contains(name: attribute.name, value: attribute.value) else { return }
        attributes.append(attribute)
    }
}
