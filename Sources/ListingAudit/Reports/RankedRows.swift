/// Writes `priorities.csv` rows of a ranking straight from its ledger, the numbers rescored per listing: ids and
/// titles from the listing table's bytes, rule ids joined from their bytes, each rule's fix, each severity and each
/// flag as a cell rendered once; each distinct reason is made once per chunk of rows (`PriorityReason.line`, keyed
/// by `PriorityReason.sentenceKey`) and copied as a written cell into every row that has it; each row is written into
/// room made once (`AuditPrioritiesCSV.appendRow(to:bytes:)`). The bytes are those of the rows
/// `ListingRanking.row(at:)` makes, written by `AuditPrioritiesCSV.appendRow`.
struct RankedRows: Sendable {
    let ranking: ListingRanking
    let language: Language
    /// Each rule's id (for joining), then each rule's fix as a cell, by rule number.
    private let ruleIDs: CSVCellTable
    private let fixes: CSVCellTable
    /// Each severity's cell (advice, warning, error: `position(of:)`), and the flag cells `false` and `true`.
    private let severities: CSVCellTable
    private let flags: CSVCellTable

    init(ranking: ListingRanking, language: Language) {
        self.ranking = ranking
        self.language = language
        ruleIDs = CSVCellTable(ranking.ledger.rules.map(\.id))
        fixes = CSVCellTable(ranking.ledger.rules.map { $0.fix.text(language) })
        severities = CSVCellTable([Severity.advice, .warning, .error].map { CSVValue.severity($0, language) })
        flags = CSVCellTable([false, true].map { CSVValue.flag($0, language) })
    }

    /// Writes the rows at 0-based ranks `range`.
    func write(_ range: Range<Int>, to rows: inout CSVByteBuffer) {
        let ledger = ranking.ledger
        var joined: [UInt8] = []
        ruleIDs.withCells { ids in
            fixes.withCells { fixes in
                severities.withCells { severities in
                    flags.withCells { flags in
                        // Held here, not captured from outside the closures, and its cell taken outside the row's
                        // closures: a captured `ReasonCells` was copied (its arrays retained and released) to read
                        // every row's cell.
                        var reasons = ReasonCells()
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
                            // The reason without the rule's texts: they are looked up only for a line not made yet.
                            let reason = PriorityReason(
                                findingCount: ledger.findingCount(listing), topRuleID: nil, topRuleTitle: nil,
                                hasHistory: score.hasHistory, maxSeverity: ledger.severity(listing),
                                linkedRefunds: score.linkedRefunds, dominantCategory: score.dominant,
                                preventableRefunds: score.preventable, orders: orders,
                                expectedLinkedRefunds: score.expected, refundsTotal: total,
                                refundExportGiven: ledger.hasRefundExport)
                            let key = reason.sentenceKey(rule: score.topRule.map { Int32($0) } ?? -1)
                            let (why, isNew) = reasons.number(of: key)
                            if isNew {
                                var named = reason
                                if let top = score.topRule.map({ ledger.rules[Int($0)] }) {
                                    named.topRuleID = top.id
                                    named.topRuleTitle = top.title
                                }
                                reasons.add(named.line(language).bytes)
                            }
                            let severity = reason.maxSeverity.map { severities[Self.position(of: $0)] } ?? Self.empty
                            reasons.withCell(why) { why in
                                ledger.listings.withID(listing) { id in
                                    ledger.listings.withTitle(listing) { title in
                                        joined.withUnsafeBufferPointer { joined in
                                            let row = AuditPrioritiesCSV.ByteRow(
                                                rank: offset + 1, listingID: id, title: title,
                                                score: score.preventable, findingCount: reason.findingCount,
                                                ruleIDs: joined, severity: severity,
                                                linkedRefunds: score.linkedRefunds, refundsTotal: total, orders: orders,
                                                refundRate: orders.flatMap {
                                                    $0 > 0 ? Double(total) / Double($0) : nil
                                                },
                                                preventableRefunds: score.preventable,
                                                preventableAmount: score.preventableAmount,
                                                topFix: score.topRule.map { fixes[Int($0)] } ?? Self.empty,
                                                hasHistory: flags[score.hasHistory ? 1 : 0], why: why)
                                            AuditPrioritiesCSV.appendRow(to: &rows, bytes: row)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static var empty: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }

    /// The number of `severity`'s cell in `severities`.
    private static func position(of severity: Severity) -> Int {
        switch severity {
        case .advice: 0
        case .warning: 1
        case .error: 2
        }
    }
}

/// The reasons of a chunk of `priorities.csv` rows, each distinct line written once as a CSV cell into one arena
/// and found again by the bytes of its `PriorityReason.SentenceKey`. No closure makes a missing line: one that
/// captured the row's values was built (the ledger copied) for every row, made or not.
private struct ReasonCells {
    private var cells = CSVByteBuffer()
    /// The keys seen, numbered in order; line `i`'s cell is `cells` at `ranges[i]`.
    private var keys = ByteKeyTable(capacity: 1_024)
    private var ranges: [Range<Int>] = []

    /// The number of the line keyed `key`, and whether it is new: then its text must be given to `add` before the
    /// next key is looked up.
    mutating func number(of key: PriorityReason.SentenceKey) -> (number: Int, isNew: Bool) {
        let (index, inserted) = key.withBytes { keys.insert($0) }
        return (index, inserted)
    }

    /// Writes the cell of the line `number(of:)` just found new, from its UTF-8.
    mutating func add(_ line: [UInt8]) {
        ranges.append(line.withUnsafeBufferPointer { cells.appendLoneCell($0) })
    }

    /// Calls `body` with the cell of line `number`.
    func withCell<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        cells.withBytes(in: ranges[number], body)
    }
}
