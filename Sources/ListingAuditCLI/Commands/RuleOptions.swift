import ListingAudit

/// What `check` and the rule commands share: loading `--config`, validating `--rule`/`--disable` ids.
enum RuleOptions {
    /// An exit code as an `Error`, so a helper can return either a value or the code to exit with.
    struct Exit: Error {
        let exitCode: ExitCode
    }

    /// The configuration from `--config` (or the defaults), with `--rule`/`--disable` ids checked; on failure the
    /// error is printed and the exit code returned.
    static func configuration(
        _ arguments: ParsedArguments, command: String, console: Console
    ) -> Result<AuditConfiguration, Exit> {
        for id in arguments.list("rule") + arguments.list("disable") where RuleRegistry.rule(id: id) == nil {
            _ = CLI.report(UsageError(message: unknownRule(id), command: command), console: console)
            return .failure(Exit(exitCode: .usage))
        }
        guard let path = arguments.value("config") else { return .success(AuditConfiguration()) }
        do {
            return .success(try AuditConfiguration.load(path: path, knownRuleIDs: RuleRegistry.ids))
        } catch {
            console.error("Error: \(error)")
            if case .unreadable = error { return .failure(Exit(exitCode: .noInput)) }
            return .failure(Exit(exitCode: .usage))
        }
    }

    /// `Unknown rule 'x'. Did you mean 'y'?`
    static func unknownRule(_ id: String) -> String {
        let ids = RuleRegistry.ids
        if let extended = ids.first(where: { $0.hasPrefix(id) || $0.contains(id) }) {
            return "Unknown rule '\(id)'. Did you mean '\(extended)'?"
        }
        if let best = ids.min(by: { EditDistance.between($0, id) < EditDistance.between($1, id) }),
            EditDistance.between(best, id) <= max(3, id.count / 3)
        {
            return "Unknown rule '\(id)'. Did you mean '\(best)'?"
        }
        return "Unknown rule '\(id)'. See '\(CLI.name) rules' for the list."
    }
}

/// Decides the message language from the input when `--lang` is not given: Chinese exports (抖店, 淘宝助理, or
/// listings written mostly in Chinese) get Chinese messages.
enum InputLanguage {
    /// How many of the first listings decide the language.
    static let sampleSize = 200

    /// Chinese for Chinese platform formats or when most of the first listings have Chinese titles, else English.
    static func detect(reports: [IngestReport], listings: [Listing]) -> Language {
        if reports.contains(where: { $0.format == .chineseShop || $0.format == .taobaoAssistant }) { return .zh }
        let sample = listings.prefix(sampleSize)
        guard !sample.isEmpty else { return .en }
        let chinese = sample.count { $0.title.containsCJK }
        return chinese * 2 > sample.count ? .zh : .en
    }
}
