/// One step of an audit. Stages run in the order `AuditPipeline.stages` lists them, on one shared state.
protocol AuditStage: Sendable {
    /// Does the stage's work, reading what earlier stages left in `state`.
    static func run(_ state: AuditState) throws(AuditError)
}
