extension Listing {
    /// The description length the export records in place of the text (`description_length`), if any.
    var recordedDescriptionLength: Attribute? {
        attributes.first { $0.name == "description_length" }
    }

    /// The non-empty values of attributes whose name means `kind` (`Color`, `颜色`, `Size`, `尺码`).
    func attributeValues(_ kind: OptionKind) -> [Attribute] {
        attributes.filter { OptionNames.kind(of: $0.name) == kind && !$0.value.isBlank }
    }

    /// The first variant that has `value` for an option of `kind`.
    func variant(with value: String, of kind: OptionKind) -> Variant? {
        variants.first { variant in variant.options.contains { $0.kind == kind && $0.value == value } }
    }
}
