extension HTMLReport {
    /// The shop-level evidence table: each rule's linked refund rate with against without the finding.
    func evidence(_ page: inout HTMLBuilder) {
        section("evidence", .evidence, &page) { section in
            guard !result.evidence.isEmpty else {
                section.note(t(.noEvidence))
                return
            }
            section.note(t(result.basis == .orders ? .evidenceIntroOrders : .evidenceIntroCounts))
            let rows: [[TableCell]] = result.evidence.map { row in
                var rule = HTMLBuilder()
                rule.text(row.title.text(language) + " ")
                rule.element("code", text: row.ruleID)
                let difference = row.difference
                // A side without orders has no rate: no change to state, nothing credible.
                let comparable = row.with.trials > 0 && row.without.trials > 0
                let credible = comparable && difference.isCrediblyPositive
                var verdict = HTMLBuilder()
                verdict.element(
                    "span", ["class": credible ? "badge sev-error" : "badge sev-advice"],
                    text: t(credible ? .credible : .notConclusive))
                return [
                    .markup(rule), .text(row.categories.map { $0.label.text(language) }.joined(separator: " · ")),
                    .number(rate(row.with)), .number(rate(row.without)),
                    .number(comparable ? NumberText.pointChange(difference.estimate, language: language) : "–"),
                    .number(
                        comparable
                            ? NumberText.pointChange(difference.lower, language: language) + " … "
                                + NumberText.pointChange(difference.upper, language: language) : "–"),
                    .number(NumberText.count(row.listingsWith)), .number(NumberText.count(row.listingsWithout)),
                    .markup(verdict),
                ]
            }
            section.table(
                columns: [
                    TableColumn(.rule, language), TableColumn(.categoryLabel, language),
                    TableColumn(.rateWith, language, numeric: true), TableColumn(.rateWithout, language, numeric: true),
                    TableColumn(.change, language, numeric: true),
                    TableColumn(.confidenceInterval, language, numeric: true),
                    TableColumn(.listingsWith, language, numeric: true),
                    TableColumn(.listingsWithout, language, numeric: true), TableColumn(.confidence, language),
                ], rows: rows)
        }
    }

    /// `11.4% (12/105)`, or "no orders" when there is nothing to divide by.
    func rate(_ estimate: RateEstimate) -> String {
        guard estimate.trials > 0 else { return t(.noOrders) }
        return NumberText.percent(estimate.rate)
            + " (\(NumberText.count(estimate.events))/\(NumberText.count(estimate.trials)))"
    }

    /// Listings with many refunds but no findings, and the listings with the most fulfilment refunds.
    func unexplained(_ page: inout HTMLBuilder) {
        guard !result.unexplained.isEmpty || !result.fulfilment.topListings.isEmpty else { return }
        section("unexplained", .unexplained, &page) { section in
            if !result.unexplained.isEmpty {
                section.note(t(.unexplainedIntro))
                heavyTable(result.unexplained, caption: nil, &section)
            }
            if !result.fulfilment.topListings.isEmpty {
                heavyTable(result.fulfilment.topListings, caption: t(.fulfilmentListings), &section)
            }
        }
    }

    private func heavyTable(_ listings: [CategoryHeavyListing], caption: String?, _ section: inout HTMLBuilder) {
        section.table(
            caption: caption,
            columns: [
                TableColumn(.listingID, language), TableColumn(.title, language),
                TableColumn(.refunds, language, numeric: true), TableColumn(.orders, language, numeric: true),
                TableColumn(.categoryLabel, language),
            ],
            rows: listings.map { listing in
                [
                    .code(listing.listingID), .text(listing.title), .number(NumberText.count(listing.refunds)),
                    .number(listing.orders.map(NumberText.count) ?? "–"),
                    .text("\(listing.dominantCategory.label.text(language)) (\(listing.dominantCount))"),
                ]
            })
    }
}
