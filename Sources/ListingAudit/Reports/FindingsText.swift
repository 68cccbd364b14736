/// `file:line: severity: [rule] message (listing id)`, one finding a line, the way compilers print diagnostics.
enum FindingsText {
    static func render(_ report: FindingsReport) -> String {
        report.findings.map { finding in
            "\(finding.location): \(finding.severity.rawValue): [\(finding.ruleID)] "
                + "\(finding.message.text(report.language)) (\(finding.listingID))\n"
        }.joined()
    }
}
