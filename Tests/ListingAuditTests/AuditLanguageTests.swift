import Foundation
import Testing

@testable import ListingAudit

/// Without `--lang`, the audit tells its progress display the reports' language once, when every input has decided
/// it: after the listings are read and the refund and order exports' headers, before any report is written.
@Suite struct AuditLanguageTests {
    /// The languages an audit of these inputs announced, in order, and the language its reports ended in.
    private func announced(
        listings: String, refunds: String? = nil, orders: String? = nil, language: Language? = nil
    ) throws -> (told: [Language], reports: Language) {
        let told = Told()
        var options = AuditOptions(
            listingsPath: TestPaths.corpus.appendingPathComponent(listings).path,
            refundsPath: refunds.map { TestPaths.corpus.appendingPathComponent($0).path },
            ordersPath: orders.map { TestPaths.corpus.appendingPathComponent($0).path },
            generatedAt: Date(timeIntervalSince1970: 0), version: "test")
        options.language = language
        options.languageDecided = { told.append($0) }
        let result = try AuditPipeline.run(options)
        return (told.languages, result.language)
    }

    @Test func chineseListingsAreAnnouncedOnceAsChinese() throws {
        let run = try announced(listings: "demo-shop/listings.csv", refunds: "demo-shop/after-sales.csv")
        #expect(run.told == [.zh] && run.reports == .zh)
    }

    @Test func englishListingsWithChineseRefundsAreAnnouncedOnceAsChinese() throws {
        let run = try announced(listings: "demo-shop-en/products.csv", refunds: "demo-shop/after-sales.csv")
        #expect(run.told == [.zh] && run.reports == .zh)
    }

    @Test func englishListingsAndRefundsWithChineseOrdersAreAnnouncedOnceAsChinese() throws {
        let run = try announced(
            listings: "demo-shop-en/products.csv", refunds: "demo-shop-en/returns.csv", orders: "demo-shop/orders.csv")
        #expect(run.told == [.zh] && run.reports == .zh)
    }

    @Test func englishInputsAreAnnouncedOnceAsEnglish() throws {
        let run = try announced(listings: "demo-shop-en/products.csv", refunds: "demo-shop-en/returns.csv")
        #expect(run.told == [.en] && run.reports == .en)
    }

    @Test func aChosenLanguageIsNeverAnnounced() throws {
        let run = try announced(
            listings: "demo-shop/listings.csv", refunds: "demo-shop/after-sales.csv", language: .en)
        #expect(run.told.isEmpty && run.reports == .en)
    }
}

/// Collects what a `@Sendable` callback was told.
private final class Told: @unchecked Sendable {
    private let lock = NSLock()
    private var told: [Language] = []

    func append(_ language: Language) { lock.withLock { told.append(language) } }
    var languages: [Language] { lock.withLock { told } }
}
