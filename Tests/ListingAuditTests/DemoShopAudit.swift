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

    /// The options of an audit of the Corpus folder `shop` (`demo-shop`, …) that writes its reports into `out`, with
    /// the same fixed timestamp and version.
    static func options(_ shop: String, out: URL) throws -> AuditOptions {
        let found = try InputDiscovery.find(in: TestPaths.corpus.appendingPathComponent(shop).path)
        return AuditOptions(
            listingsPath: found.listings, refundsPath: found.refunds, ordersPath: found.orders,
            outputDirectory: out.path, generatedAt: Date(timeIntervalSince1970: 0), version: "test")
    }
}
