extension AuditResult {
    /// The result of an audit's stages: the inputs as read (the listing export first), the reports' language
    /// (`LanguageStage`), the ledger, the ranking and the shop-level evidence.
    init(
        options: AuditOptions, inputs: [InputSummary], language: Language, ledger: AuditLedger,
        ranking: ListingRanking, shop: EvidenceStage.Output
    ) {
        let totals = AuditTotals(
            listings: ledger.listings.count, listingsWithFindings: ranking.listingsWithFindings,
            findings: ledger.findings.count, refunds: ledger.coverage.total,
            refundAmount: ledger.categories.reduce(0) { $0 + $1.amount }, matchedRefunds: ledger.coverage.matched,
            orders: ledger.orderUnits, matchedOrders: ledger.matchedOrderUnits,
            preventableRefunds: ranking.preventableRefunds, preventableAmount: ranking.preventableAmount,
            refundOnly: ledger.categories.reduce(0) { $0 + $1.refundOnly },
            notRefunded: inputs.reduce(0) { $0 + ($1.notRefunded ?? 0) })
        self.init(
            version: options.version, generatedAt: options.generatedAt, language: language, inputs: inputs,
            basis: ledger.hasOrders ? .orders : .refundCounts, parameters: options.configuration.ranking,
            totals: totals, priorities: ListingPriorities(ranking), findings: ledger.findings,
            categories: ledger.categories, evidence: shop.evidence, coverage: ledger.coverage,
            fulfilment: shop.fulfilment, unexplained: shop.unexplained)
        imageHealth = options.imageProbes.map { probes in
            let format = inputs.first.flatMap { ExportFormat(rawValue: $0.format) } ?? .generic
            return ImageHealth(probes, minimumSide: options.configuration.settings(for: format).minimumImageSide)
        }
    }
}
