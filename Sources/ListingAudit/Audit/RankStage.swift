/// Scores and orders the listings.
enum RankStage: AuditStage {
    static func run(_ state: AuditState) throws(AuditError) {
        let baselines = CategoryBaselines(ledger: state.ledger)
        state.priorities = PriorityRanker(parameters: state.options.configuration.ranking)
            .rank(state.ledger, baselines: baselines)
    }
}

/// Builds the shop-level evidence table and the refunds a listing fix cannot prevent.
enum EvidenceStage: AuditStage {
    static func run(_ state: AuditState) throws(AuditError) {
        let parameters = state.options.configuration.ranking
        state.evidence = RuleEvidenceBuilder.build(state.ledger, z: parameters.confidenceZ)
        state.fulfilment = RefundHeavyFinder.fulfilment(state.ledger)
        state.unexplained = RefundHeavyFinder.unexplained(state.ledger, parameters: parameters)
    }
}
