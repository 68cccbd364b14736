import Foundation
import Testing
@testable import ListingAuditCLI

@Suite struct ReasonClassifierCommandTests {
    private func run(_ arguments: [String]) -> (ExitCode, String, String) {
        CapturingConsole.run(arguments)
    }

    @Test func labelledFilePrintsRowsConfusionAndAccuracy() {
        let path = TestPaths.corpus.appendingPathComponent("labelled-refunds/reasons.csv").path
        let (code, out, err) = run(["classify-reasons", path])
        #expect(code == .success)
        #expect(err.isEmpty)
        #expect(out.contains("reasons.csv:2  size_fit  ok  reason=\"APPAREL_TOO_SMALL\""))
        #expect(out.contains("confusion (expected -> predicted):"))
        #expect(out.contains("accuracy: "))
        let (_, missesOnly, _) = run(["classify-reasons", "--misses-only", path])
        #expect(!missesOnly.contains("  ok  "))
    }

    @Test func unlabelledRefundExportPrintsClassificationsOnly() {
        let path = TestPaths.corpus.appendingPathComponent("formats/refunds/shopify-returns.csv").path
        let (code, out, _) = run(["classify-reasons", path])
        #expect(code == .success)
        #expect(out.contains("shopify-returns.csv:4  damaged_in_transit  reason=\"DEFECTIVE\""))
        #expect(out.contains("classified: 4"))
        #expect(!out.contains("accuracy"))
    }

    @Test func badInvocationsHaveDistinctExitCodes() throws {
        #expect(run(["classify-reasons"]).0 == .usage)
        let (missing, _, err) = run(["classify-reasons", "/nonexistent/reasons.csv"])
        #expect(missing == .noInput)
        #expect(err.contains("/nonexistent/reasons.csv"))
        let url = TestPaths.scratch.appendingPathComponent("no-reasons-\(UUID()).csv")
        try "a,b\n1,2\n".write(to: url, atomically: true, encoding: .utf8)
        let (unusable, _, message) = run(["classify-reasons", url.path])
        #expect(unusable == .dataError)
        #expect(message.contains(":1: no reason or comment column"))
    }

    @Test func unknownLabelsAreReportedNotDropped() throws {
        let url = TestPaths.scratch.appendingPathComponent("labels-\(UUID()).csv")
        try "reason,comment,expected_category\ntoo small,,size_fit\ntoo big,,sizes\n".write(
            to: url, atomically: true, encoding: .utf8)
        let (code, out, err) = run(["classify-reasons", url.path])
        #expect(code == .success)
        #expect(err.contains(":3:3: skipped: unknown category 'sizes'"))
        #expect(out.contains("accuracy: 1/1"))
    }
}
