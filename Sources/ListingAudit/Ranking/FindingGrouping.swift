/// Groups findings by listing position in one counting-sort pass and derives what ranking needs per listing:
/// distinct rules (most severe first), finding count, worst severity and linked categories.
struct FindingGrouping {
    private(set) var findings: [Finding] = []
    private(set) var rules: [RuleCatalog.Entry] = []
    private(set) var ruleStart: [Int32]
    private(set) var ruleIndices: [Int32] = []
    private(set) var findingCounts: [Int32]
    private(set) var maxSeverity: [Severity?]
    private(set) var linkedMask: [UInt16]

    init(listingCount: Int, findings input: [Finding], positions: [String: Int32], catalog: RuleCatalog) {
        findingCounts = Array(repeating: 0, count: listingCount)
        maxSeverity = Array(repeating: nil, count: listingCount)
        linkedMask = Array(repeating: 0, count: listingCount)
        ruleStart = Array(repeating: 0, count: listingCount + 1)
        var ruleNumbers: [String: Int32] = [:]
        var owners: [Int32] = []
        owners.reserveCapacity(input.count)
        for finding in input {
            let owner = positions[finding.listingID] ?? -1
            owners.append(owner)
            if owner >= 0 { findingCounts[Int(owner)] += 1 }
            if ruleNumbers[finding.ruleID] == nil {
                ruleNumbers[finding.ruleID] = Int32(rules.count)
                rules.append(catalog.entry(for: finding.ruleID))
            }
        }
        // Counting sort: listing `i`'s findings start at `starts[i]`; findings of unknown listings go last.
        var starts = Array(repeating: 0, count: listingCount + 1)
        for index in 0..<listingCount { starts[index + 1] = starts[index] + Int(findingCounts[index]) }
        var next = starts
        var order = Array(repeating: 0, count: input.count)
        var unknown = starts[listingCount]
        for (index, owner) in owners.enumerated() {
            if owner >= 0 {
                order[next[Int(owner)]] = index
                next[Int(owner)] += 1
            } else {
                order[unknown] = index
                unknown += 1
            }
        }
        // Findings from the rule engine already come grouped by listing in input order: keep that array (no copy).
        findings = order.indices.allSatisfy { order[$0] == $0 } ? input : order.map { input[$0] }
        for listing in 0..<listingCount {
            let slice = findings[starts[listing]..<starts[listing + 1]]
            appendRules(of: slice, listing: listing, numbers: ruleNumbers)
            ruleStart[listing + 1] = Int32(ruleIndices.count)
        }
    }

    private mutating func appendRules(of slice: ArraySlice<Finding>, listing: Int, numbers: [String: Int32]) {
        guard !slice.isEmpty else { return }
        // A listing has few findings: a linear scan beats a dictionary here.
        var worst: [(rule: Int32, severity: Severity)] = []
        for finding in slice {
            guard let number = numbers[finding.ruleID] else { continue }
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
