/// Scores and orders the listings: the shop's baselines from every listing's tallies, then each listing's score.
enum RankStage {
    static func run(_ ledger: AuditLedger, parameters: RankingParameters) -> ListingRanking {
        PriorityRanker(parameters: parameters).ranking(ledger, baselines: CategoryBaselines(ledger: ledger))
    }
}
