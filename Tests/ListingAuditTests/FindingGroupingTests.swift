import Testing

@testable import ListingAudit

/// `FindingGrouping` groups runs of listings on every core and joins them in listing order. Whatever the chunks, each
/// listing must get what grouping it alone gives: its distinct rules most severe first (equal severities by rule
/// number), its worst severity, and the categories its rules link to.
@Suite struct FindingGroupingTests {
    @Test(arguments: [31, 32])
    func groupingInChunksEqualsGroupingEachListingAlone(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let ruleLinks = RuleLinkTable(descriptions: RuleRegistry.all.map { $0.description })
        let ids = Array(RuleRegistry.ids.prefix(20)) + ["unknown.rule"]
        var findings = AuditFindings(listings: ListingTable())
        let listingCount = 9_000
        for listing in 0..<listingCount - 3 where generator.below(4) != 0 {
            for _ in 0..<(1 + generator.below(5)) {
                let finding = Finding(
                    listingID: "L\(listing)", ruleID: ids[generator.below(ids.count)],
                    severity: Severity.allCases[generator.below(Severity.allCases.count)],
                    message: LocalizedText(zh: "m", en: "m"), evidence: "",
                    location: SourceLocation(file: "a.csv", line: 2))
                findings.append(finding, listing: listing)
            }
        }
        #expect(ParallelChunks(count: listingCount, minimumChunk: 4096).ranges.count > 1)
        let grouping = FindingGrouping(listingCount: listingCount, findings: findings, ruleLinks: ruleLinks)
        #expect(grouping.rules.map(\.id) == findings.rules.values)
        var ruleStart: [Int32] = [0]
        var ruleIndices: [Int32] = []
        var maxSeverity: [Severity?] = []
        var linkedMask: [UInt16] = []
        for listing in 0..<listingCount {
            var worst: [Int32: Severity] = [:]
            for record in findings.records[findings.range(ofListing: listing)] {
                worst[Int32(record.rule)] = max(worst[Int32(record.rule)] ?? record.severity, record.severity)
            }
            let rules = worst.keys.sorted { (worst[$0]!, -$0) > (worst[$1]!, -$1) }
            ruleIndices += rules
            ruleStart.append(Int32(ruleIndices.count))
            maxSeverity.append(worst.values.max())
            linkedMask.append(rules.reduce(0) {
                $0 | RefundCategory.mask(ruleLinks.entry(for: findings.rules[$1]).categories)
            })
        }
        #expect(linkedMask.contains { $0 != 0 } && maxSeverity.contains(nil))
        #expect(grouping.ruleStart == ruleStart)
        #expect(grouping.ruleIndices == ruleIndices)
        #expect(grouping.maxSeverity == maxSeverity)
        #expect(grouping.linkedMask == linkedMask)
    }
}
