extension Listing {
    /// The description length the export records in place of the text (`description_length`), if any.
    var recordedDescriptionLength: Attribute? {
        attributes.first { $0.name == "description_length" }
    }

    /// The non-empty values of attributes whose name means `kind` (`Color`, `颜色`, `Size`, `尺码`).
    func attributeValues(_ kind: OptionKind) -> [Attribute] { attributes.values(kind) }

    /// The first variant that has `value` for an option of `kind`.
    func variant(with value: String, of kind: OptionKind) -> Variant? { variants.first(with: value, of: kind) }
}

// The two look-ups on the lists themselves, for the rules: a method called on `facts.listing` copies the whole
// listing first (the facts read it where the batch holds it), a list read from it is one reference.
extension [Attribute] {
    /// The non-empty values of the attributes whose name means `kind`.
    func values(_ kind: OptionKind) -> [Attribute] {
        filter { OptionNames.kind(of: $0.name) == kind && !$0.value.isBlank }
    }
}

extension [Variant] {
    /// The first variant that has `value` for an option of `kind`.
    func first(with value: String, of kind: OptionKind) -> Variant? {
        first { variant in variant.options.contains { $0.kind == kind && $0.value == value } }
    }
}
