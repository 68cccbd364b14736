import Foundation
@testable import ListingAudit

/// Small hand-made snapshots for the history and trend tests.
enum HistoryFixtures {
    static func date(_ text: String) -> AuditDate {
        guard let date = AuditDate(text) else { preconditionFailure("bad fixture date \(text)") }
        return date
    }

    static func finding(_ ruleID: String, _ categories: [RefundCategory] = [.sizeFit]) -> SnapshotFinding {
        SnapshotFinding(ruleID: ruleID, severity: .warning, evidence: "evidence of \(ruleID)", categories: categories)
    }

    static func listing(
        _ id: String, _ findings: [SnapshotFinding], refunds: Int = 0, linked: Int? = nil,
        byCategory: [RefundCategory: Int] = [:], orders: Int? = 100
    ) -> ListingSnapshot {
        ListingSnapshot(
            listingID: id, title: "Title \(id)", score: Double(linked ?? refunds), findings: findings,
            refunds: refunds, linkedRefunds: linked ?? (findings.isEmpty ? 0 : refunds),
            refundsByCategory: Dictionary(uniqueKeysWithValues: byCategory.map { ($0.key.rawValue, $0.value) }),
            orders: orders)
    }

    static func snapshot(_ date: String, _ listings: [ListingSnapshot]) -> AuditSnapshot {
        AuditSnapshot(date: Self.date(date), toolVersion: "test", basis: .orders, listings: listings)
    }

    /// The text `write` writes to a new file, byte-order mark included.
    static func written(_ write: (OutputFile) throws -> Void) throws -> String {
        let path = temporaryFolder().appendingPathComponent("written.csv").path
        try write(try OutputFile(path: path))
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() -> URL {
        let url = TestPaths.scratch
            .appendingPathComponent("listing-audit-tests-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
