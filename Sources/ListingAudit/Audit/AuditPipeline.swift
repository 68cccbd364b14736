/// Runs an audit: an explicit ordered list of stages, each with the reason it must come where it is.
public enum AuditPipeline {
    static let stages: [any AuditStage.Type] = [
        // Must come before linking: linking needs the findings and each listing's profile. Streams the listings once,
        // keeping only compact per-listing state and the refund matcher's tables; settles the findings that depend
        // on the whole export (shared descriptions, whether it carries images at all) once it has been read.
        ListingStage.self,
        // Must come before refunds stream: each refund is counted into its listing's linked or unlinked tallies as
        // it is read, which needs the categories the listing's findings link to and the matcher's lookup tables.
        LinkStage.self,
        // Reads, classifies and matches refunds in one streaming pass (refunds.csv is written as it goes), so
        // millions of refunds never sit in memory. Must come before ranking, which needs every tally.
        RefundStage.self,
        // Must come before ranking: orders turn refund counts into rates. Uses the matcher built by the rule check,
        // then lets it go.
        OrderStage.self,
        // Must come after refunds and orders: scores need every listing's tallies and the shop baselines.
        RankStage.self,
        // Must come after ranking's inputs are complete; independent of the ranking order itself.
        EvidenceStage.self,
    ]

    /// Runs every stage and returns the result; writes the report files when `options.outputDirectory` is set.
    /// - Throws: `AuditError` for unreadable or unusable inputs, a bad configuration, or an unwritable output.
    public static func run(_ options: AuditOptions) throws(AuditError) -> AuditResult {
        try runStages(options).result
    }

    /// `run`, also returning the final state for the reports that need per-listing tallies (history).
    /// `progress` is told before each stage: its index and the number of stages.
    static func runStages(
        _ options: AuditOptions, progress: (Int, Int) -> Void = { _, _ in }
    ) throws(AuditError) -> (result: AuditResult, state: AuditState) {
        let state = try AuditState(options: options)
        for (index, stage) in stages.enumerated() {
            progress(index, stages.count)
            try stage.run(state)
        }
        let result = AuditResultAssembler.assemble(state)
        if let folder = options.outputDirectory {
            try AuditFilesWriter.write(result, to: folder)
        }
        return (result, state)
    }
}
