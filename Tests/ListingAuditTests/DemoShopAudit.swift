import Foundation

@testable import ListingAudit

/// Audits a demo shop folder the way `listing-audit audit FOLDER` does, with a fixed timestamp and version so results
/// compare across runs.
enum DemoShopAudit {
    static func run(_ folder: String) throws(AuditError) -> AuditResult {
        let found = try InputDiscovery.find(in: folder)
        return try AuditPipeline.run(
            AuditOptions(
                listingsPath: found.listings, refundsPath: found.refunds, ordersPath: found.orders,
                generatedAt: Date(timeIntervalSince1970: 0), version: "test"))
    }
}
