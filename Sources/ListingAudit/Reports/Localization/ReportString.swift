/// Every fixed string of the HTML report and the terminal summary, in both languages. The raw value is a stable
/// key; `%1`, `%2`, … are replaced by arguments in order (both languages use the same placeholders).
public enum ReportString: String, Sendable, CaseIterable {
    case documentTitle, generatedBy, contents, basisOrders, basisCounts, basisSeverity, noRefundExport, noOrders
    case statistics, statisticsNote
    case summary, listings, listingsWithFindings, findings, refunds, refundAmount, linkedShare, linkedShareNote
    case moneyAtStake, moneyAtStakeNote
    case fixList, fixListIntro, fixListShown, noPriorities, why, topFix, linkedCategories, findingsAndEvidence
    case noFindingsForListing, newProduct
    case refundReasons, refundReasonsChart, refundReasonsSummary, fulfilmentNote, noRefunds, refundsAxis
    case pareto, paretoChart, paretoSummary, paretoEmpty, cumulativeShare, otherListings
    case findingsByRule, findingsByRuleChart, findingsByRuleSummary, findingsAxis, noFindings
    case evidence, evidenceIntroOrders, evidenceIntroCounts, credible, notConclusive, noEvidence
    case unexplained, unexplainedIntro, fulfilmentListings
    case coverage, inputs, kindListings, kindRefunds, kindOrders, rowsRead, rowsSkipped, repairs, format, encoding
    case skipReasons, firstAt, noSkips, matchSummary, matchedByID, matchedBySKU, matchedByTitle, unmatched
    case history, historyIntro, firstAudit, newFindings, fixedFindings, openFindings, rateChanges, nothingChanged
    case rose, fell, auditsOpen, historyRowsCapped
    case fixEffects, fixEffectsIntro, measureLinked, measureAll, perAudit, reappeared, noFixes
    case severityError, severityWarning, severityAdvice
    case outputs, historyWarnings, topListings, terminalHistory, terminalFix, terminalRate, historyFolder
    case cause, causeListing, causeFulfilment, causeOther, trendRate, trendCount, trendSummary
    case imageHealth, imageHealthIntro, imageHealthLate, imageListings, imageHosts, imageHost, imagesProbed
    case imagesBroken, imagesSmall, noImageProblems, imageRowsCapped

    /// The text in `language` with `%1`, `%2`, … replaced by `arguments`.
    public func text(_ language: Language, _ arguments: String...) -> String {
        Self.fill(text.text(language), arguments)
    }

    /// Replaces `%1` … `%9` in `template` by `arguments` (missing ones by nothing). Arguments are not rescanned.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        var result = ""
        var characters = template.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                result.append(character)
                continue
            }
            guard let next = characters.next() else {
                result.append(character)
                break
            }
            if let digit = next.wholeNumberValue, digit >= 1 {
                if digit <= arguments.count { result += arguments[digit - 1] }
            } else {
                result.append(character)
                result.append(next)
            }
        }
        return result
    }

    /// The placeholders the template uses, e.g. `["%1", "%2"]`.
    func placeholders(_ language: Language) -> [String] {
        let template = Array(text.text(language))
        var found: Set<String> = []
        for index in template.indices.dropLast() where template[index] == "%" {
            if let digit = template[index + 1].wholeNumberValue, digit >= 1 { found.insert("%\(digit)") }
        }
        return found.sorted()
    }

    /// The severity's name.
    public static func severity(_ severity: Severity) -> ReportString {
        switch severity {
        case .error: .severityError
        case .warning: .severityWarning
        case .advice: .severityAdvice
        }
    }
}
