import Foundation
@testable import ListingAudit

/// A small but complete audit result for the report tests, with user text that needs escaping.
enum ReportFixtures {
    static let hostileTitle = #"<script>alert("x")</script> & 'Tom's' dress"#

    static func result(basis: RankingBasis = .orders) -> AuditResult {
        let location = SourceLocation(file: "listings.csv", line: 7, column: 3)
        let size = LocalizedText(zh: "缺少尺码表", en: "No size chart")
        let vague = LocalizedText(zh: "描述含糊", en: "Vague description")
        let findings = [
            Finding(
                listingID: "L-1", ruleID: "size.missing_chart", severity: .error,
                message: LocalizedText(zh: "没有尺码表", en: "The listing has no size chart"), evidence: "均码 <free size>",
                location: location),
            Finding(
                listingID: "L-1", ruleID: "description.vague", severity: .warning,
                message: LocalizedText(zh: "描述过于笼统", en: "The description is vague"), evidence: "high quality",
                location: location),
            Finding(
                listingID: "L-2", ruleID: "description.vague", severity: .advice,
                message: LocalizedText(zh: "描述过于笼统", en: "The description is vague"), evidence: "\"best\" & more",
                location: SourceLocation(file: "listings.csv", line: 9)),
        ]
        let priorities = [
            ListingPriority(
                rank: 1, listingID: "L-1", title: hostileTitle, profile: .apparel, location: location, score: 6.5,
                findingCount: 2, ruleIDs: ["size.missing_chart", "description.vague"], maxSeverity: .error,
                refundsTotal: 12, refundAmount: 1_234.5, linkedCategories: [.sizeFit, .notAsDescribed],
                linkedRefunds: 10, orders: 120, refundRate: 0.1, shrunkRate: 0.07, expectedLinkedRefunds: 3.5,
                preventableRefunds: 6.5, preventableAmount: 640, topRuleID: "size.missing_chart", topRuleTitle: size,
                topFix: LocalizedText(zh: "添加尺码表", en: "Add a size chart"), dominantCategory: .sizeFit,
                hasHistory: true),
            ListingPriority(
                rank: 2, listingID: "L-2", title: "连衣裙 夏季", profile: .apparel, location: location, score: 1,
                findingCount: 1, ruleIDs: ["description.vague"], maxSeverity: .advice, refundsTotal: 3,
                refundAmount: 90, linkedCategories: [.notAsDescribed], linkedRefunds: 2, orders: 80,
                refundRate: 0.0375, preventableRefunds: 1, preventableAmount: 30, topRuleID: "description.vague",
                topRuleTitle: vague, topFix: LocalizedText(zh: "写明材质", en: "State the material"),
                dominantCategory: .notAsDescribed, hasHistory: true),
            ListingPriority(
                rank: 3, listingID: "L-3", title: "Mug", profile: .homeGoods, location: location, refundsTotal: 5,
                refundAmount: 50, orders: 40, refundRate: 0.125, dominantCategory: .damagedInTransit, hasHistory: true),
        ]
        return AuditResult(
            version: "0.1.0", generatedAt: Date(timeIntervalSince1970: 0), language: .en,
            inputs: [
                InputSummary(
                    kind: .listings, path: "shop/listings.csv", format: "shopify", encoding: "utf-8", rowsRead: 3),
                InputSummary(
                    kind: .refunds, path: "shop/refunds <2026>.csv", format: "douyin", encoding: "gb18030",
                    rowsRead: 22, skipped: 2,
                    skipReasons: [SkipTally(
                        reason: "no order id", count: 2, firstLocation: SourceLocation(file: "refunds.csv", line: 4))]),
            ],
            basis: basis, parameters: RankingParameters(),
            totals: AuditTotals(
                listings: 3, listingsWithFindings: 2, findings: 3, refunds: 20, refundAmount: 1_374.5,
                matchedRefunds: 20, orders: 240, matchedOrders: 240, preventableRefunds: 7.5, preventableAmount: 670),
            priorities: ListingPriorities(priorities), findings: AuditFindings(findings),
            categories: RefundCategory.allCases.map { category in
                switch category {
                case .sizeFit: CategoryTally(category: category, count: 9, amount: 900, matched: 9, linkable: true)
                case .notAsDescribed:
                    CategoryTally(category: category, count: 4, amount: 300, matched: 4, linkable: true)
                case .damagedInTransit: CategoryTally(category: category, count: 5, amount: 50, matched: 5)
                case .changedMind:
                    CategoryTally(category: category, count: 2, amount: 124.5, matched: 2, linkable: true)
                default: CategoryTally(category: category)
                }
            },
            evidence: [
                RuleEvidence(
                    ruleID: "size.missing_chart", title: size, categories: [.sizeFit], basis: basis, listingsWith: 1,
                    listingsWithout: 2, with: RateEstimate(events: 8, trials: 120),
                    without: RateEstimate(events: 1, trials: 120)),
                RuleEvidence(
                    ruleID: "description.vague", title: vague, categories: [.notAsDescribed], basis: basis,
                    listingsWith: 2, listingsWithout: 1, with: RateEstimate(events: 4, trials: 200),
                    without: RateEstimate(events: 0, trials: 40)),
            ],
            coverage: MatchSummary(byListingID: 15, bySKU: 3, byTitle: 1, unmatched: 1),
            fulfilment: FulfilmentSummary(
                count: 5, amount: 50, share: 0.25,
                topListings: [CategoryHeavyListing(
                    listingID: "L-3", title: "Mug", refunds: 5, orders: 40, dominantCategory: .damagedInTransit,
                    dominantCount: 5)]),
            unexplained: [CategoryHeavyListing(
                listingID: "L-3", title: "Mug & <cup>", refunds: 5, orders: 40, dominantCategory: .damagedInTransit,
                dominantCount: 5)])
    }

    /// A two-audit history for `result()`: last week L-1 also had a colour finding, now fixed.
    static func history() -> HistoryComparison {
        let current = AuditSnapshot(
            result: result(), date: HistoryFixtures.date("2026-11-26"),
            refundsByCategory: ["L-1": [.sizeFit: 8, .notAsDescribed: 2, .colourMismatch: 1, .other: 1]])
        var earlier = current
        earlier.date = HistoryFixtures.date("2026-11-19")
        earlier.listings[0].findings.append(HistoryFixtures.finding("colour.unnamed", [.colourMismatch]))
        earlier.listings[0].refundsByCategory["colour_mismatch"] = 6
        earlier.listings[0].refunds += 5
        return HistoryComparison(history: [earlier], current: current)
    }
}
