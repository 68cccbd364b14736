import ListingAudit

/// The history part of the terminal summary: a few lines, never more than `limit` per kind; listing ids from the
/// input have their control characters escaped (`TerminalText`).
enum HistorySummary {
    static func render(
        _ history: HistoryComparison, language: Language, style: TerminalStyle, limit: Int = 3
    ) -> [String] {
        guard let previous = history.previous else { return [ReportString.firstAudit.text(language)] }
        var lines = [
            style.bold(ReportString.terminalHistory.text(
                language, previous.text, String(history.newFindings.count), String(history.fixedFindings.count),
                String(history.openFindingCount)))
        ]
        for open in history.openFindings.prefix(limit) where open.audits > 2 {
            lines.append("  \(TerminalText.escaped(open.listingID)) \(open.ruleID): "
                + ReportString.auditsOpen.text(language, String(open.audits), open.since.text))
        }
        for effect in history.fixEffects.prefix(limit) {
            let subject = "\(TerminalText.escaped(effect.listingID)) \(effect.ruleIDs.joined(separator: ", "))"
            let line = ReportString.terminalFix.text(
                language, subject, effect.fixedOn.text, tally(effect.before, language), tally(effect.after, language))
            lines.append("  " + style.change(line, delta: effect.delta))
        }
        // A fixed listing's rate change is its fix check above: print each listing's numbers once.
        let checked = Set(history.fixEffects.prefix(limit).map(\.listingID))
        for change in history.rateChanges.filter({ !checked.contains($0.listingID) }).prefix(limit) {
            let line = ReportString.terminalRate.text(
                language, TerminalText.escaped(change.listingID), tally(change.before, language),
                tally(change.after, language))
            lines.append("  " + style.change(line, delta: change.delta))
        }
        return lines
    }

    /// `9.0% (18/200)` with orders, `3.0 per audit (6)` without.
    static func tally(_ tally: RefundTally, _ language: Language) -> String {
        if let rate = tally.rate, let orders = tally.orders {
            return NumberText.percent(rate) + " (\(tally.refunds)/\(orders))"
        }
        return ReportString.perAudit.text(language, NumberText.decimal(tally.refundsPerAudit, digits: 1))
            + " (\(tally.refunds))"
    }
}
