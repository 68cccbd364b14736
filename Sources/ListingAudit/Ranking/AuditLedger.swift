/// The per-listing numbers ranking works from, in flat arrays indexed by listing position: findings (as rule
/// indices), the categories they link to, refund counts per category, amounts and orders.
///
/// Refunds and orders are added one at a time as they stream in, so none has to stay in memory: a million
/// listings cost about 70 bytes each here, whatever the number of refunds.
public struct AuditLedger: Sendable {
    /// The listings, in input order.
    public let listings: ListingTable
    /// The rules that fired, numbered as `findings` numbers them (first seen first).
    public let rules: [RuleLinkTable.Entry]
    /// Every finding, grouped by listing in input order.
    public let findings: AuditFindings
    /// Listing `i`'s distinct rule indices are `ruleIndices[ruleStart[i]..<ruleStart[i + 1]]`, most severe first.
    let ruleStart: [Int32]
    let ruleIndices: [Int32]
    /// Worst severity per listing (`nil` without findings).
    let maxSeverity: [Severity?]
    /// Categories linked by the listing's findings.
    let linkedMask: [UInt16]
    /// Refunds per listing and category: `refundCounts[i * RefundCategory.count + category.ordinal]`.
    private(set) var refundCounts: [Int32]
    /// Per listing, side by side: the summed refund amount (`amounts[2 * i]`) and the summed amount of refunds in
    /// linked categories (`amounts[2 * i + 1]`), so that a refund adds both in one cache line.
    private(set) var amounts: [Double]
    /// Orders (units) per listing; all zero until orders are added. A row holds at most
    /// `NumberGrammar.quantityLimit` units, so these 64-bit sums (and the totals) cannot overflow.
    private(set) var orders: [Int]
    /// Whether an order export was read (even an empty one): rates instead of counts.
    public private(set) var hasOrders = false
    /// Whether a refund export was given (even an empty one): without one, no listing has a refund history to judge.
    public private(set) var hasRefundExport = true
    /// Shop-level tallies per category, in taxonomy order.
    public private(set) var categories: [CategoryTally]
    /// How refunds were matched.
    public private(set) var coverage = MatchSummary()
    /// Order units read, and how many were tied to a listing.
    public private(set) var orderUnits = 0
    public private(set) var matchedOrderUnits = 0

    /// A ledger of `listings` and their `findings` (whose listing numbers are positions in `listings`), rules
    /// resolved through `ruleLinks`.
    init(listings: ListingTable, findings: AuditFindings, ruleLinks: RuleLinkTable) {
        self.listings = listings
        self.findings = findings
        let grouped = FindingGrouping(listingCount: listings.count, findings: findings, ruleLinks: ruleLinks)
        rules = grouped.rules
        ruleStart = grouped.ruleStart
        ruleIndices = grouped.ruleIndices
        maxSeverity = grouped.maxSeverity
        linkedMask = grouped.linkedMask
        refundCounts = Array(repeating: 0, count: listings.count * RefundCategory.count)
        amounts = Array(repeating: 0, count: 2 * listings.count)
        orders = Array(repeating: 0, count: listings.count)
        let linkable = grouped.rules.reduce(UInt16(0)) { $0 | RefundCategory.mask($1.categories) }
        categories = RefundCategory.allCases.map { CategoryTally(category: $0, linkable: linkable & $0.bit != 0) }
    }

    /// A ledger of `listings` and their `findings`, rules resolved through `ruleLinks`. Findings are grouped by
    /// listing (each to the first listing with its id); findings naming no listing only number their rule.
    public init(listings: [AuditListing], findings: [Finding], ruleLinks: RuleLinkTable) {
        let table = ListingTable(listings)
        var positions: [String: Int] = [:]
        for (index, listing) in listings.enumerated() where positions[listing.id] == nil {
            positions[listing.id] = index
        }
        var grouped = AuditFindings(listings: table)
        grouped.reserveRules(findings.map(\.ruleID))
        let owned = findings.enumerated().compactMap { offset, finding in
            positions[finding.listingID].map { (finding: finding, listing: $0, offset: offset) }
        }
        for item in owned.sorted(by: { ($0.listing, $0.offset) < ($1.listing, $1.offset) }) {
            grouped.append(item.finding, listing: item.listing)
        }
        self.init(listings: table, findings: grouped, ruleLinks: ruleLinks)
    }

    /// The position of the first listing with `id`, if any: a search through every listing, for tests and tools
    /// (refunds and orders come with their listing's position from the matcher).
    public func position(of id: String) -> Int? { listings.firstIndex(of: id) }

    /// Counts one classified refund of the listing at `position` (`nil`: unmatched), as the refund matcher answers.
    public mutating func addRefund(
        position: Int?, category: RefundCategory, amount: Double?, type: RefundType, matchedBy: MatchMethod
    ) {
        addRefunds([
            CountedRefund(
                position: position.map(Int32.init), category: category, method: matchedBy, type: type, amount: amount)
        ])
    }

    /// Counts `refunds`, classified and matched, in file order: what `addRefund` counts for each in turn, every
    /// amount added to the same sums in the same order (sums of `Double`s depend on it). Two passes: the shop's
    /// tallies, then each matched refund's listing — its links, a count and the two amounts side by side, whose
    /// memory a short loop reaches for several refunds at once (at a million listings each is a cache miss). Each
    /// pass writes its arrays through their buffers, taken once a chunk: an element written in place of the array
    /// tested the array's uniqueness at every refund, and a tally was copied out and back.
    mutating func addRefunds(_ refunds: [CountedRefund]) {
        // The buffers live for their closures, which end before the arrays are touched again.
        categories.withUnsafeMutableBufferPointer { tallies in
            for refund in refunds {
                coverage.add(refund.position == nil ? .unmatched : refund.method)
                let category = refund.category.ordinal
                tallies[category].count += 1
                tallies[category].amount += refund.amount ?? 0
                switch refund.type {
                case .refundOnly: tallies[category].refundOnly += 1
                case .returnAndRefund: tallies[category].returnAndRefund += 1
                case .exchange: tallies[category].exchange += 1
                case .unknown: tallies[category].unknownType += 1
                }
                if refund.position != nil { tallies[category].matched += 1 }
            }
        }
        let listingCount = linkedMask.count
        refundCounts.withUnsafeMutableBufferPointer { counts in
            amounts.withUnsafeMutableBufferPointer { amounts in
                linkedMask.withUnsafeBufferPointer { linkedMask in
                    for refund in refunds {
                        guard let position = refund.position.map(Int.init) else { continue }
                        // The buffers are read without bounds checks: a position is one of the ledger's listings.
                        precondition(position >= 0 && position < listingCount)
                        let amount = refund.amount ?? 0
                        counts[position * RefundCategory.count + refund.category.ordinal] += 1
                        amounts[2 * position] += amount
                        if linkedMask[position] & refund.category.bit != 0 { amounts[2 * position + 1] += amount }
                    }
                }
            }
        }
    }

    /// Counts `quantity` ordered units of the listing at `position` (`nil`: counted as unmatched).
    public mutating func addOrder(position: Int?, quantity: Int) {
        hasOrders = true
        let units = min(max(0, quantity), NumberGrammar.quantityLimit)
        orderUnits += units
        guard let position else { return }
        matchedOrderUnits += units
        orders[position] += units
    }

    /// Marks that an order export was read, even if it held no usable rows.
    public mutating func markOrdersRead() { hasOrders = true }

    /// Marks that no refund export was given, so reports say so instead of calling every listing a new product.
    public mutating func markNoRefundExport() { hasRefundExport = false }

    // MARK: Per-listing reads for ranking

    func refunds(_ listing: Int, _ category: RefundCategory) -> Int {
        Int(refundCounts[listing * RefundCategory.count + category.ordinal])
    }

    func totalRefunds(_ listing: Int) -> Int {
        let base = listing * RefundCategory.count
        var total = 0
        for offset in 0..<RefundCategory.count { total += Int(refundCounts[base + offset]) }
        return total
    }

    /// Refunds of `listing` in the categories its findings link to.
    func linkedRefunds(_ listing: Int) -> Int {
        let mask = linkedMask[listing]
        guard mask != 0 else { return 0 }
        var total = 0
        for category in RefundCategory.taxonomy where mask & category.bit != 0 { total += refunds(listing, category) }
        return total
    }

    func rules(of listing: Int) -> ArraySlice<Int32> {
        ruleIndices[Int(ruleStart[listing])..<Int(ruleStart[listing + 1])]
    }

    func orderCount(_ listing: Int) -> Int { orders[listing] }
    func amount(_ listing: Int) -> Double { amounts[2 * listing] }
    func linkedAmount(_ listing: Int) -> Double { amounts[2 * listing + 1] }
    func mask(_ listing: Int) -> UInt16 { linkedMask[listing] }
    func findingCount(_ listing: Int) -> Int { findings.range(ofListing: listing).count }
    func severity(_ listing: Int) -> Severity? { maxSeverity[listing] }

    /// Whether listing `listing` has a finding of the rule `id`.
    func hasRule(_ listing: Int, id: String) -> Bool {
        ruleIndices[Int(ruleStart[listing])..<Int(ruleStart[listing + 1])].contains { rules[Int($0)].id == id }
    }
}
