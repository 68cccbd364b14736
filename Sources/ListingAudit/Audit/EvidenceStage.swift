/// Builds the shop-level evidence table and finds the refunds a listing fix cannot prevent.
enum EvidenceStage {
    /// What the stage hands on.
    struct Output {
        /// Per rule that fired: the linked refund rate with its finding against without it.
        var evidence: [RuleEvidence]
        var fulfilment: FulfilmentSummary
        var unexplained: [UnexplainedListing]
    }

    static func run(_ ledger: AuditLedger, parameters: RankingParameters) -> Output {
        Output(
            evidence: RuleEvidenceBuilder.build(ledger, z: parameters.confidenceZ),
            fulfilment: RefundHeavyFinder.fulfilment(ledger),
            unexplained: RefundHeavyFinder.unexplained(ledger, parameters: parameters))
    }
}
