extension HTMLReport {
    /// Rule titles by id: every registered rule, so rules that no longer fire (fixed findings in the history
    /// sections) keep their titles too.
    var ruleTitles: [String: LocalizedText] {
        Dictionary(RuleRegistry.all.map { ($0.description.id, $0.description.title) }, uniquingKeysWith: { a, _ in a })
    }

    /// The ranked listings with findings: stats, why, what to fix, and every finding with its evidence.
    func fixList(_ page: inout HTMLBuilder) {
        let rankedCount = result.priorities.listingsWithFindings
        let shown = result.priorities.firstWithFindings(fixListLimit)
        let findingsByListing = result.findings.byListing(ids: Set(shown.map(\.listingID)))
        let titles = ruleTitles
        section("fix-list", .fixList, &page) { section in
            guard rankedCount > 0 else {
                section.note(t(.noPriorities))
                return
            }
            section.note(t(.fixListIntro))
            if rankedCount > fixListLimit {
                section.note(t(.fixListShown, String(fixListLimit), NumberText.count(rankedCount)))
            }
            section.element("ol", ["class": "fixes"]) { list in
                for priority in shown {
                    list.element("li", ["class": "fix", "id": "listing-\(priority.rank)"]) { item in
                        fixItem(priority, findings: findingsByListing[priority.listingID] ?? [], titles: titles, &item)
                    }
                }
            }
        }
    }

    private func fixItem(
        _ priority: ListingPriority, findings: [Finding], titles: [String: LocalizedText], _ item: inout HTMLBuilder
    ) {
        item.element("h3") { heading in
            heading.element("span", ["class": "rank"], text: "#\(priority.rank)")
            heading.text(priority.title.isEmpty ? priority.listingID : priority.title)
            heading.raw(" ")
            heading.element("span", ["class": "id"], text: priority.listingID)
        }
        item.element("dl", ["class": "stats"]) { stats in
            stat(&stats, .preventableRefunds, NumberText.decimal(priority.preventableRefunds, digits: 1))
            stat(&stats, .preventableAmount, NumberText.money(priority.preventableAmount))
            stat(&stats, .linkedRefunds, NumberText.count(priority.linkedRefunds))
            stat(&stats, .refunds, NumberText.count(priority.refundsTotal))
            if let orders = priority.orders { stat(&stats, .orders, NumberText.count(orders)) }
            if let rate = priority.refundRate { stat(&stats, .refundRate, NumberText.percent(rate)) }
        }
        item.element("p") { line in
            line.element("strong", text: t(.why) + ": ")
            line.text(priority.hasHistory || !priority.refundExportGiven ? priority.why(in: language) : t(.newProduct))
        }
        if let orders = priority.orders, orders > 0, let shrunk = priority.shrunkRate {
            // The numbers behind the plain-words reason, one click away.
            item.element("details") { details in
                details.element("summary", text: t(.statistics))
                details.element("p") { line in
                    let own = NumberText.percent(Double(priority.linkedRefunds) / Double(orders))
                    let expected = NumberText.percent(priority.expectedLinkedRefunds / Double(orders))
                    line.text(t(.statisticsNote, own, NumberText.percent(shrunk), expected))
                    line.raw(" ")
                    line.element("a", ["href": "#evidence"], text: t(.evidence))
                }
            }
        }
        if let fix = priority.topFix {
            item.element("p") { line in
                line.element("strong", text: t(.topFix) + ": ")
                if let title = priority.topRuleTitle { line.element("em", text: title.text(language) + " — ") }
                line.text(fix.text(language))
            }
        }
        if !priority.linkedCategories.isEmpty {
            item.element("p") { line in
                line.element("strong", text: t(.linkedCategories) + ": ")
                line.text(priority.linkedCategories.map { $0.label.text(language) }.joined(separator: " · "))
            }
        }
        let rows: [[TableCell]] = findings.map { finding in
            var rule = HTMLBuilder()
            if let title = titles[finding.ruleID] { rule.text(title.text(language) + " ") }
            rule.element("code", text: finding.ruleID)
            var evidence = HTMLBuilder()
            if !finding.evidence.isEmpty { evidence.element("q", text: finding.evidence) }
            var place = HTMLBuilder()
            place.element("code", ["title": finding.location.description], text: Self.shortLocation(finding.location))
            return [
                .markup(rule), .markup(severityBadge(finding.severity)), .text(finding.message.text(language)),
                .markup(evidence), .markup(place),
            ]
        }
        item.table(
            caption: t(.findingsAndEvidence),
            columns: [
                TableColumn(.rule, language), TableColumn(.severity, language), TableColumn(.message, language),
                TableColumn(.evidence, language), TableColumn(.file, language),
            ], rows: rows)
    }

    /// `listings.csv:7:3`: the file's name without its folder (the full path is the tooltip).
    static func shortLocation(_ location: SourceLocation) -> String {
        var short = location
        short.file = lastPart(of: location.file)
        return short.description
    }

    /// The last part of `path` between slashes that is not empty, or the whole path when it has none: what
    /// `path.split(separator: "/").last` gives. An ASCII path is read as bytes (a `Character` there is a byte);
    /// any other goes through `split`, where a slash joined to the scalars around it is no separator.
    static func lastPart(of path: String) -> String {
        let utf8 = path.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return String(path.split(separator: "/").last ?? Substring(path))
        }
        let slash = UInt8(ascii: "/")
        guard let end = utf8.lastIndex(where: { $0 != slash }) else { return path }
        let start = utf8[..<end].lastIndex(of: slash).map { utf8.index(after: $0) } ?? utf8.startIndex
        return String(path[start...end])
    }

    private func stat(_ stats: inout HTMLBuilder, _ column: OutputColumn, _ value: String) {
        stats.element("div") { pair in
            pair.element("dt", text: column.label.text(language))
            pair.element("dd", text: value)
        }
    }

    /// A coloured, worded severity badge (the word carries the meaning; colour only repeats it).
    func severityBadge(_ severity: Severity) -> HTMLBuilder {
        var badge = HTMLBuilder()
        badge.element("span", ["class": "badge sev-\(severity.rawValue)"], text: t(ReportString.severity(severity)))
        return badge
    }
}
