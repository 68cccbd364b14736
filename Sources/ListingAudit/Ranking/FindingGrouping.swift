/// Derives what ranking needs per listing from the findings, already grouped by listing: distinct rules (most
/// severe first), worst severity and linked categories. Each listing's part depends on its own findings only, so
/// chunks of listings are grouped on every core (`ParallelChunks`) and joined in listing order.
struct FindingGrouping {
    private(set) var rules: [RuleLinkTable.Entry]
    private(set) var ruleStart: [Int32]
    private(set) var ruleIndices: [Int32] = []
    private(set) var maxSeverity: [Severity?] = []
    private(set) var linkedMask: [UInt16] = []

    init(listingCount: Int, findings: AuditFindings, ruleLinks: RuleLinkTable) {
        rules = findings.rules.values.map { ruleLinks.entry(for: $0) }
        let masks = rules.map { RefundCategory.mask($0.categories) }
        let chunks = ParallelChunks(count: listingCount, minimumChunk: 4096).map { listings in
            Chunk(listings: listings, findings: findings, masks: masks)
        }
        ruleStart = [0]
        ruleStart.reserveCapacity(listingCount + 1)
        maxSeverity.reserveCapacity(listingCount)
        linkedMask.reserveCapacity(listingCount)
        for chunk in chunks {
            let base = Int32(ruleIndices.count)
            ruleStart.append(contentsOf: chunk.ruleEnds.lazy.map { base + $0 })
            ruleIndices.append(contentsOf: chunk.ruleIndices)
            maxSeverity.append(contentsOf: chunk.maxSeverity)
            linkedMask.append(contentsOf: chunk.linkedMask)
        }
    }

    /// The grouping of one run of listings; `ruleEnds[i]` is where listing `i`'s rules end in `ruleIndices`.
    private struct Chunk: Sendable {
        var ruleIndices: [Int32] = []
        var ruleEnds: [Int32] = []
        var maxSeverity: [Severity?] = []
        var linkedMask: [UInt16] = []

        /// Groups the findings of `listings`; `masks` holds each rule's linked categories.
        init(listings: Range<Int>, findings: AuditFindings, masks: [UInt16]) {
            ruleEnds.reserveCapacity(listings.count)
            maxSeverity.reserveCapacity(listings.count)
            linkedMask.reserveCapacity(listings.count)
            // A listing has few findings: a linear scan beats a dictionary here. One buffer serves every listing.
            var worst: [(rule: Int32, severity: Severity)] = []
            for listing in listings {
                worst.removeAll(keepingCapacity: true)
                for finding in findings.records[findings.range(ofListing: listing)] {
                    let number = Int32(finding.rule)
                    if let seen = worst.firstIndex(where: { $0.rule == number }) {
                        worst[seen].severity = max(worst[seen].severity, finding.severity)
                    } else {
                        worst.append((number, finding.severity))
                    }
                }
                worst.sort { $0.severity != $1.severity ? $0.severity > $1.severity : $0.rule < $1.rule }
                var mask: UInt16 = 0
                for (number, _) in worst {
                    ruleIndices.append(number)
                    mask |= masks[Int(number)]
                }
                ruleEnds.append(Int32(ruleIndices.count))
                maxSeverity.append(worst.first?.severity)
                linkedMask.append(mask)
            }
        }
    }
}
