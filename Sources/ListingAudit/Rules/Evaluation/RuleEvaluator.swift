/// Measures the rules against a labelled set: a family counts as flagging a listing when any of its rules fires,
/// and is scored per family with precision and recall.
public enum RuleEvaluator {
    /// The file names inside an evaluation directory.
    public static let listingsFile = "listings.csv"
    public static let labelsFile = "labels.csv"

    /// Loads `directory/listings.csv` (any supported export format) and `directory/labels.csv`, and scores them.
    /// - Throws: `IngestError` for unreadable or unusable files, and for labels naming unknown listings.
    public static func evaluate(
        directory: String, engine: RuleEngine = RuleEngine()
    ) throws(IngestError) -> EvaluationReport {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        let loaded = try ListingLoader.load(path: base + listingsFile)
        let labels = try ExpectedLabels.read(path: base + labelsFile)
        let known = Set(loaded.listings.map(\.id))
        if let unknown = labels.byListing.keys.sorted().first(where: { !known.contains($0) }) {
            throw .unusableData(
                location: SourceLocation(file: base + labelsFile, line: 1),
                reason: "labels name listing \(unknown), which \(listingsFile) does not contain")
        }
        return evaluate(listings: loaded.listings, labels: labels, engine: engine)
    }

    /// Scores `listings` against `labels`; listings without labels are left out of the scores.
    public static func evaluate(
        listings: [Listing], labels: ExpectedLabels, engine: RuleEngine = RuleEngine()
    ) -> EvaluationReport {
        var fired: [String: [String]] = [:]
        for finding in engine.run(listings: listings) {
            fired[finding.listingID, default: []].append(finding.ruleID)
        }
        fired = fired.mapValues { $0.uniqued() }
        var scores = labels.families.map(FamilyScore.init)
        var labelled = 0
        for listing in listings {
            guard let expected = labels.byListing[listing.id] else { continue }
            labelled += 1
            let families = Set((fired[listing.id] ?? []).map { String($0.prefix { $0 != "." }) })
            for index in scores.indices {
                guard let isExpected = expected[scores[index].family] else { continue }
                switch (families.contains(scores[index].family), isExpected) {
                case (true, true): scores[index].truePositives.append(listing.id)
                case (true, false): scores[index].falsePositives.append(listing.id)
                case (false, true): scores[index].falseNegatives.append(listing.id)
                case (false, false): scores[index].trueNegatives += 1
                }
            }
        }
        return EvaluationReport(scores: scores, listingCount: labelled, firedRules: fired)
    }
}
