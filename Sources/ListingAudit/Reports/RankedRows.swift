/// Writes `priorities.csv` rows of a ranking straight from its ledger, the numbers rescored per listing: ids and
/// titles from the listing table's bytes, rule ids joined from their bytes, each rule's fix as a cell rendered once;
/// only the reason is made, as UTF-8 (`PriorityReason.line`). The bytes are those of the rows `ListingRanking.row(at:)`
/// makes, written by `AuditPrioritiesCSV.appendRow`.
struct RankedRows: Sendable {
    let ranking: ListingRanking
    let language: Language
    /// Each rule's id (for joining), then each rule's fix as a cell, by rule number.
    private let ruleIDs: CSVCellTable
    private let fixes: CSVCellTable

    init(ranking: ListingRanking, language: Language) {
        self.ranking = ranking
        self.language = language
        ruleIDs = CSVCellTable(ranking.ledger.rules.map(\.id))
        fixes = CSVCellTable(ranking.ledger.rules.map { $0.fix.text(language) })
    }

    /// Writes the rows at 0-based ranks `range`.
    func write(_ range: Range<Int>, to rows: inout CSVByteBuffer) {
        let ledger = ranking.ledger
        var joined: [UInt8] = []
        ruleIDs.withCells { ids in
            fixes.withCells { fixes in
                for offset in range {
                    let listing = ranking.listing(at: offset)
                    let score = ranking.scorer.score(listing, in: ledger)
                    let orders = ledger.hasOrders ? ledger.orderCount(listing) : nil
                    let total = ledger.totalRefunds(listing)
                    joined.removeAll(keepingCapacity: true)
                    for rule in ledger.rules(of: listing) {
                        if !joined.isEmpty { joined += [UInt8(ascii: ";"), UInt8(ascii: " ")] }
                        joined.append(contentsOf: ids[Int(rule)])
                    }
                    let top = score.topRule.map { ledger.rules[Int($0)] }
                    let reason = PriorityReason(
                        findingCount: ledger.findingCount(listing), topRuleID: top?.id, topRuleTitle: top?.title,
                        hasHistory: score.hasHistory, maxSeverity: ledger.severity(listing),
                        linkedRefunds: score.linkedRefunds, dominantCategory: score.dominant,
                        preventableRefunds: score.preventable, orders: orders,
                        expectedLinkedRefunds: score.expected, refundsTotal: total,
                        refundExportGiven: ledger.hasRefundExport)
                    let why = reason.line(language).bytes
                    ledger.listings.withID(listing) { id in
                        ledger.listings.withTitle(listing) { title in
                            joined.withUnsafeBufferPointer { joined in why.withUnsafeBufferPointer { why in
                                AuditPrioritiesCSV.appendRow(
                                    to: &rows, rank: offset + 1, listingID: id, title: title, score: score.preventable,
                                    findingCount: reason.findingCount, ruleIDs: joined, severity: reason.maxSeverity,
                                    linkedRefunds: score.linkedRefunds, refundsTotal: total, orders: orders,
                                    refundRate: orders.flatMap { $0 > 0 ? Double(total) / Double($0) : nil },
                                    preventableRefunds: score.preventable, preventableAmount: score.preventableAmount,
                                    topFix: WrittenCSVCell(bytes: score.topRule.map { fixes[Int($0)] } ?? Self.empty),
                                    hasHistory: score.hasHistory, why: why, language: language)
                            } }
                        }
                    }
                }
            }
        }
    }

    private static var empty: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }
}
