extension AuditLedger {
    /// A classified and matched refund as the ledger counts it (`addRefunds`): the refund stage's workers make one
    /// for each refund that counts, and the stage adds each chunk's in file order.
    struct CountedRefund: Sendable {
        /// The listing's position (`nil`: unmatched).
        var position: Int32?
        var category: RefundCategory
        var method: MatchMethod
        var type: RefundType
        var amount: Double?
    }
}
