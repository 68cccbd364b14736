/// Ties each listing's findings to the refund categories their rules link to: the ledger that refunds and orders
/// are then counted into.
enum LinkStage {
    static func run(listings: ListingTable, findings: AuditFindings, ruleLinks: RuleLinkTable) -> AuditLedger {
        AuditLedger(listings: listings, findings: findings, ruleLinks: ruleLinks)
    }
}
