extension Listing {
    /// Title, description, attributes (`name: value`) and every option value, one per line: everything a buyer
    /// reads about the product, for rules that accept a fact stated anywhere.
    var everythingWritten: String {
        var lines = [title, description]
        for attribute in attributes { lines.append(attribute.name + ": " + attribute.value) }
        for variant in variants {
            for option in variant.options { lines.append(option.value) }
        }
        return lines.joined(separator: "\n")
    }

    /// Whether the export summarises the texts instead of carrying them (Olist: the lengths of the name and
    /// description, a photo count, no options). Rules that read the title, description or options have nothing to
    /// judge on such a listing; `description.empty` judges the recorded length instead.
    var hasSummarisedText: Bool {
        let written = (title + description).unicodeScalars
        guard variants.isEmpty, !written.contains(where: { $0.isWordScalar }) else { return false }
        return format == .olist || attributes.contains { $0.name == "name_length" || $0.name == "description_length" }
    }

    /// The description length the export records in place of the text (`description_length`), if any.
    var recordedDescriptionLength: Attribute? {
        attributes.first { $0.name == "description_length" }
    }

    /// Title and category path: what the product is.
    var titleAndCategory: String { title + "\n" + categoryPath + "\n" + productType }

    /// The non-empty values of attributes whose name means `kind` (`Color`, `颜色`, `Size`, `尺码`).
    func attributeValues(_ kind: OptionKind) -> [Attribute] {
        attributes.filter { OptionNames.kind(of: $0.name) == kind && !$0.value.trimmingWhitespace().isEmpty }
    }

    /// The first variant that has `value` for an option of `kind`.
    func variant(with value: String, of kind: OptionKind) -> Variant? {
        variants.first { variant in variant.options.contains { $0.kind == kind && $0.value == value } }
    }
}

extension ListingRule {
    /// A finding of this rule for `listing`, located where the evidence was read (a variant, an image), with the
    /// rule's default severity.
    func finding(
        for listing: Listing, at location: SourceLocation, message: LocalizedText, evidence: String
    ) -> Finding {
        Finding(
            listingID: listing.id, ruleID: Self.description.id, severity: Self.description.severity,
            message: message, evidence: evidence, location: location)
    }
}
