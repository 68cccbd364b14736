/// One listing's ranking numbers, computed by a `ListingScorer` from the ledger and the baselines (formulas in
/// `docs/ranking.md`).
struct ListingScore {
    var preventable = 0.0
    var preventableAmount = 0.0
    var expected = 0.0
    var linkedRefunds = 0
    var shrunkRate: Double?
    var topRule: Int32?
    var dominant: RefundCategory?
    var hasHistory = false
}
