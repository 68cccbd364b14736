/// Derives what ranking needs per listing from the findings, already grouped by listing: distinct rules (most
/// severe first), worst severity and linked categories.
struct FindingGrouping {
    private(set) var rules: [RuleLinkTable.Entry]
    private(set) var ruleStart: [Int32]
    private(set) var ruleIndices: [Int32] = []
    private(set) var maxSeverity: [Severity?]
    private(set) var linkedMask: [UInt16]

    init(listingCount: Int, findings: AuditFindings, ruleLinks: RuleLinkTable) {
        rules = findings.rules.values.map { ruleLinks.entry(for: $0) }
        maxSeverity = Array(repeating: nil, count: listingCount)
        linkedMask = Array(repeating: 0, count: listingCount)
        ruleStart = Array(repeating: 0, count: listingCount + 1)
        for listing in 0..<listingCount {
            appendRules(of: findings.records[findings.range(ofListing: listing)], listing: listing)
            ruleStart[listing + 1] = Int32(ruleIndices.count)
        }
    }

    private mutating func appendRules(of slice: ArraySlice<AuditFindings.Record>, listing: Int) {
        guard !slice.isEmpty else { return }
        // A listing has few findings: a linear scan beats a dictionary here.
        var worst: [(rule: Int32, severity: Severity)] = []
        for finding in slice {
            let number = Int32(finding.rule)
            if let seen = worst.firstIndex(where: { $0.rule == number }) {
                worst[seen].severity = max(worst[seen].severity, finding.severity)
            } else {
                worst.append((number, finding.severity))
            }
        }
        let sorted = worst.sorted { $0.severity != $1.severity ? $0.severity > $1.severity : $0.rule < $1.rule }
        var mask: UInt16 = 0
        for (number, _) in sorted {
            ruleIndices.append(number)
            mask |= RefundCategory.mask(rules[Int(number)].categories)
        }
        linkedMask[listing] = mask
        maxSeverity[listing] = sorted.first?.severity
    }
}
