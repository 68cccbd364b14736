/// Puts the stages' outputs together into the `AuditResult`.
enum AuditResultAssembler {
    static func assemble(_ state: AuditState) -> AuditResult {
        let ledger = state.ledger
        let priorities = state.priorities
        let totals = AuditTotals(
            listings: ledger.listings.count,
            listingsWithFindings: priorities.reduce(0) { $0 + ($1.findingCount > 0 ? 1 : 0) },
            findings: ledger.findings.count, refunds: ledger.coverage.total,
            refundAmount: ledger.categories.reduce(0) { $0 + $1.amount }, matchedRefunds: ledger.coverage.matched,
            orders: ledger.orderUnits, matchedOrders: ledger.matchedOrderUnits,
            preventableRefunds: priorities.reduce(0) { $0 + $1.preventableRefunds },
            preventableAmount: priorities.reduce(0) { $0 + $1.preventableAmount },
            refundOnly: ledger.categories.reduce(0) { $0 + $1.refundOnly },
            notRefunded: state.inputs.reduce(0) { $0 + ($1.notRefunded ?? 0) })
        return AuditResult(
            version: state.options.version, generatedAt: state.options.generatedAt, language: state.language,
            inputs: state.inputs, basis: ledger.hasOrders ? .orders : .refundCounts,
            parameters: state.options.configuration.ranking, totals: totals, priorities: priorities,
            findings: ledger.findings, categories: ledger.categories, evidence: state.evidence,
            coverage: ledger.coverage, fulfilment: state.fulfilment, unexplained: state.unexplained)
    }
}
