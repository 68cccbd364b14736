import Testing
@testable import ListingAudit

/// Runs one rule's example through the real engine, the way `check` would.
enum RuleExampleRunner {
    /// The findings of `rule` for `example`, with the description rewritten by `descriptionVariant` (the shop's other
    /// listings get the same rewrite, so cross-listing rules see consistent data).
    static func findings(
        of rule: any ListingRule.Type, for example: RuleExample, descriptionVariant: (String) -> String
    ) -> [Finding] {
        func rewrite(_ listing: Listing) -> Listing {
            var listing = listing
            listing.description = descriptionVariant(listing.description)
            return listing
        }
        let listing = rewrite(example.listing)
        // An example without a profile is profiled as `check` profiles it (no profiler given: the facts decide, with
        // what the deciding word says beyond the profile, such as a prepared food's portion).
        let engine = example.profile.map { fixed in
            RuleEngine(rules: [rule]) { candidate, settings in
                candidate.id == listing.id ? fixed : RuleRegistry.profiler(candidate, settings)
            }
        } ?? RuleEngine(rules: [rule])
        return engine.run(listings: [listing] + example.shop.map(rewrite)).filter { $0.listingID == listing.id }
    }

    /// Where the example was written, for `Issue.record`.
    static func sourceLocation(of example: RuleExample) -> Testing.SourceLocation {
        let fileName = example.file.split(separator: "/").last.map(String.init) ?? example.file
        return Testing.SourceLocation(
            fileID: "ListingAudit/\(fileName)", filePath: example.file, line: example.line, column: 1)
    }

    /// Whether the example is a Chinese one (its title or description contains Chinese).
    static func isChinese(_ example: RuleExample) -> Bool {
        example.listing.title.containsCJK || example.listing.description.containsCJK
    }
}
