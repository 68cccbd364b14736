import ListingAudit

/// `listing-audit evaluate-rules DIR`: runs every rule over a labelled set and prints per-family precision and
/// recall, so rule changes can be measured.
enum EvaluateRulesCommand: Command {
    static let spec = CommandSpec(
        name: "evaluate-rules", abstract: "Measure the rules' precision and recall on a labelled listing set.",
        discussion: "DIR holds listings.csv (any supported export format) and labels.csv "
            + "(listing_id,family,expected with expected 1 or 0). A family flags a listing when any of its rules "
            + "fires.",
        arguments: "<dir>",
        argumentHelp: [("<dir>", "The labelled set, e.g. Corpus/labelled-listings.")],
        options: [Options.details])

    /// The options `evaluate-rules` declares.
    enum Options {
        static let details = Option.flag("details", help: "Also list the listings where rules and labels disagree.")
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard arguments.positionals.count == 1, let directory = arguments.positionals.first else {
            return CLI.report(
                UsageError(message: "'evaluate-rules' takes exactly one directory.", command: spec.name),
                console: console)
        }
        let report: EvaluationReport
        do {
            report = try RuleEvaluator.evaluate(directory: directory)
        } catch {
            return CLI.report(error, console: console)
        }
        console.print(report.table)
        if arguments.value(Options.details) {
            for line in report.disagreements { console.print(line) }
        }
        return .success
    }
}
