/// `priorities.csv`: one row per listing in rank order, with its score, refunds, the fix and why.
enum AuditPrioritiesCSV {
    static let columns: [OutputColumn] = [
        .rank, .listingID, .title, .score, .findings, .ruleID, .severity, .linkedRefunds, .refundsTotal, .orders,
        .refundRate, .preventableRefunds, .preventableAmount, .topFix, .hasHistory, .why,
    ]

    static func write(_ result: AuditResult, language: Language, to path: String) throws(AuditError) {
        let output = try AuditCSVOutput(path: path, columns: columns, language: language)
        for row in result.priorities {
            try output.append([
                String(row.rank), row.listingID, row.title, AuditNumbers.score(row.score), String(row.findingCount),
                row.ruleIDs.joined(separator: "; "), row.maxSeverity?.rawValue ?? "", String(row.linkedRefunds),
                String(row.refundsTotal), row.orders.map(String.init) ?? "", row.refundRate.map(AuditNumbers.rate) ?? "",
                AuditNumbers.score(row.preventableRefunds), AuditNumbers.amount(row.preventableAmount),
                row.topFix?.text(language) ?? "", row.hasHistory ? "true" : "false", row.why.text(language),
            ])
        }
        try output.finish()
    }
}

/// `findings.csv`: every finding with where its evidence was read.
enum AuditFindingsCSV {
    static let columns: [OutputColumn] = [
        .listingID, .rule, .severity, .message, .evidence, .file, .line, .column,
    ]

    static func write(_ result: AuditResult, language: Language, to path: String) throws(AuditError) {
        let output = try AuditCSVOutput(path: path, columns: columns, language: language)
        for finding in result.findings {
            try output.append([
                finding.listingID, finding.ruleID, finding.severity.rawValue, finding.message.text(language),
                finding.evidence, finding.location.file, String(finding.location.line),
                finding.location.column.map(String.init) ?? "",
            ])
        }
        try output.finish()
    }
}
