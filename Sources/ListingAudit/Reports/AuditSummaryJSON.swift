import Foundation

/// `summary.json`: the run's counts, refund categories, evidence table and top listings, with sorted keys in
/// snake case, pretty-printed, text in the report language. Written as `JSONEncoder` wrote it from the values'
/// `Encodable` conformances (`.prettyPrinted`, `.sortedKeys`, `.withoutEscapingSlashes`, `.convertToSnakeCase`,
/// dates as ISO 8601), member by member into bytes: the encoder spent 34M instructions on a summary of 62 KB.
/// Each object's keys are listed here in the encoder's order, a `nil` value's member left out as it left it out.
enum AuditSummaryJSON {
    /// How many ranked listings the summary lists.
    static let topListings = 20

    static func render(_ result: AuditResult, language: Language) throws(AuditError) -> String {
        var json = PrettyJSONWriter()
        json.object { json in
            json.key("categories")
            json.array(result.categories) { json, tally in category(tally, language, to: &json) }
            json.key("coverage")
            coverage(result.coverage, to: &json)
            json.key("evidence")
            json.array(result.evidence) { json, evidence in self.evidence(evidence, language, to: &json) }
            json.key("fulfilment")
            fulfilment(result.fulfilment, to: &json)
            json.member("generated_at", result.generatedAt.formatted(.iso8601))
            json.key("inputs")
            json.array(result.inputs) { json, input in self.input(input, to: &json) }
            json.member("language", language.rawValue)
            json.key("parameters")
            parameters(result.parameters, to: &json)
            json.member("ranked_by", result.basis.rawValue)
            json.key("refund_heavy_without_findings")
            json.array(result.unexplained) { json, listing in heavy(listing, to: &json) }
            json.key("top_listings")
            json.array(result.priorities.prefix(topListings)) { json, row in priority(row, language, to: &json) }
            json.key("totals")
            totals(result.totals, to: &json)
            json.member("version", result.version)
        }
        guard !json.hasNonFiniteNumber else {
            throw .cannotWrite(path: "summary.json", reason: LocalizedText(
                zh: "有数值不是有限数，无法写成 JSON", en: "a number is not finite and cannot be written as JSON"))
        }
        return String(decoding: json.take(), as: UTF8.self) + "\n"
    }

    private static func category(_ tally: CategoryTally, _ language: Language, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("amount", tally.amount)
            json.member("category", tally.category.rawValue)
            json.member("count", tally.count)
            json.member("exchange", tally.exchange)
            json.member("fulfilment", tally.isFulfilment)
            json.member("label", tally.category.label.text(language))
            json.member("linkable", tally.linkable)
            json.member("matched", tally.matched)
            json.member("refund_only", tally.refundOnly)
            json.member("return_and_refund", tally.returnAndRefund)
            json.member("unknown_type", tally.unknownType)
        }
    }

    private static func coverage(_ summary: MatchSummary, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("by_listing_id", summary.byListingID)
            json.member("by_sku", summary.bySKU)
            json.member("by_title", summary.byTitle)
            json.member("matched_share", summary.matchedShare)
            json.member("unmatched", summary.unmatched)
        }
    }

    private static func evidence(_ evidence: RuleEvidence, _ language: Language, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("basis", evidence.basis.rawValue)
            json.key("categories")
            json.array(evidence.categories) { json, category in json.value(category.rawValue) }
            json.key("difference")
            json.object { json in
                json.member("estimate", evidence.difference.estimate)
                json.member("lower", evidence.difference.lower)
                json.member("upper", evidence.difference.upper)
            }
            json.member("listings_with", evidence.listingsWith)
            json.member("listings_without", evidence.listingsWithout)
            json.member("rule_id", evidence.ruleID)
            json.member("sentence", evidence.sentence.text(language))
            json.key("title")
            text(evidence.title, to: &json)
            json.key("with")
            rate(evidence.with, to: &json)
            json.key("without")
            rate(evidence.without, to: &json)
        }
    }

    private static func rate(_ rate: RateEstimate, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("events", rate.events)
            json.member("lower", rate.lower)
            json.member("rate", rate.rate)
            json.member("trials", rate.trials)
            json.member("upper", rate.upper)
        }
    }

    private static func fulfilment(_ summary: FulfilmentSummary, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("amount", summary.amount)
            json.member("count", summary.count)
            json.member("share", summary.share)
            json.key("top_listings")
            json.array(summary.topListings) { json, listing in heavy(listing, to: &json) }
        }
    }

    private static func heavy(_ listing: CategoryHeavyListing, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("dominant_category", listing.dominantCategory.rawValue)
            json.member("dominant_count", listing.dominantCount)
            json.member("listing_id", listing.listingID)
            json.member("orders", ifPresent: listing.orders)
            json.member("refunds", listing.refunds)
            json.member("title", listing.title)
        }
    }

    private static func input(_ input: InputSummary, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("encoding", input.encoding)
            json.member("format", input.format)
            json.member("kind", input.kind.rawValue)
            json.member("merged_rows", ifPresent: input.mergedRows)
            json.member("not_refunded", ifPresent: input.notRefunded)
            json.member("path", input.path)
            json.member("repaired", input.repaired)
            json.member("rows_read", input.rowsRead)
            json.key("skip_reasons")
            json.array(input.skipReasons) { json, tally in
                json.object { json in
                    json.member("count", tally.count)
                    if let first = tally.firstLocation {
                        json.key("first_location")
                        location(first, to: &json)
                    }
                    json.member("reason", tally.reason)
                }
            }
            json.member("skipped", input.skipped)
            if let dates = input.unreadableDates {
                json.key("unreadable_dates")
                json.object { json in
                    json.member("count", dates.count)
                    if let first = dates.firstLocation {
                        json.key("first_location")
                        location(first, to: &json)
                    }
                    json.member("first_value", ifPresent: dates.firstValue)
                }
            }
            json.member("without_description_column", ifPresent: input.withoutDescriptionColumn)
            json.member("without_description_text", ifPresent: input.withoutDescriptionText)
            json.member("without_galleries", ifPresent: input.withoutGalleries)
            json.member("without_images", ifPresent: input.withoutImages)
        }
    }

    private static func location(_ location: SourceLocation, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("column", ifPresent: location.column)
            json.member("file", location.file)
            json.member("line", location.line)
        }
    }

    private static func parameters(_ parameters: RankingParameters, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.key("category_weights")
            // A dictionary's keys as they are (the encoder converts coding keys, not these), in byte order.
            let weights = parameters.categoryWeights.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            json.object { json in
                for (name, weight) in weights {
                    json.key(named: name)
                    json.value(weight)
                }
            }
            json.member("confidence_z", parameters.confidenceZ)
            json.member("prior_strength", parameters.priorStrength)
            json.member("unexplained_factor", parameters.unexplainedFactor)
            json.member("unexplained_limit", parameters.unexplainedLimit)
            json.member("unexplained_minimum_refunds", parameters.unexplainedMinimumRefunds)
        }
    }

    private static func priority(_ row: ListingPriority, _ language: Language, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("dominant_category", ifPresent: row.dominantCategory?.rawValue)
            json.member("expected_linked_refunds", row.expectedLinkedRefunds)
            json.member("finding_count", row.findingCount)
            json.member("has_history", row.hasHistory)
            json.key("linked_categories")
            json.array(row.linkedCategories) { json, category in json.value(category.rawValue) }
            json.member("linked_refunds", row.linkedRefunds)
            json.member("listing_id", row.listingID)
            json.key("location")
            location(row.location, to: &json)
            json.member("max_severity", ifPresent: row.maxSeverity?.rawValue)
            json.member("orders", ifPresent: row.orders)
            json.member("preventable_amount", row.preventableAmount)
            json.member("preventable_refunds", row.preventableRefunds)
            json.member("profile", row.profile.rawValue)
            json.member("rank", row.rank)
            json.member("refund_amount", row.refundAmount)
            json.member("refund_export_given", row.refundExportGiven)
            json.member("refund_rate", ifPresent: row.refundRate)
            json.member("refunds_total", row.refundsTotal)
            // `ruleIDs` in snake case, as the encoder converts it.
            json.key("rule_i_ds")
            json.array(row.ruleIDs) { json, id in json.value(id) }
            json.member("score", row.score)
            json.member("shrunk_rate", ifPresent: row.shrunkRate)
            json.member("title", row.title)
            if let fix = row.topFix {
                json.key("top_fix")
                text(fix, to: &json)
            }
            json.member("top_rule_id", ifPresent: row.topRuleID)
            if let title = row.topRuleTitle {
                json.key("top_rule_title")
                text(title, to: &json)
            }
            json.member("why", row.why(in: language))
        }
    }

    private static func text(_ text: LocalizedText, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("en", text.en)
            json.member("zh", text.zh)
        }
    }

    private static func totals(_ totals: AuditTotals, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("findings", totals.findings)
            json.member("listings", totals.listings)
            json.member("listings_with_findings", totals.listingsWithFindings)
            json.member("matched_orders", totals.matchedOrders)
            json.member("matched_refunds", totals.matchedRefunds)
            json.member("not_refunded", totals.notRefunded)
            json.member("orders", totals.orders)
            json.member("preventable_amount", totals.preventableAmount)
            json.member("preventable_refunds", totals.preventableRefunds)
            json.member("refund_amount", totals.refundAmount)
            json.member("refund_only", totals.refundOnly)
            json.member("refunds", totals.refunds)
        }
    }
}
