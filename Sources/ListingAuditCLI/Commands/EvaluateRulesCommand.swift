import ListingAudit

/// `listing-audit evaluate-rules DIR`: runs every rule over a labelled set and prints per-family precision and
/// recall, so rule changes can be measured.
enum EvaluateRulesCommand: Command {
    static let spec = CommandSpec(
        name: "evaluate-rules",
        abstract: LocalizedText(
            zh: "在带标注的商品集上测量规则的精确率和召回率。",
            en: "Measure the rules' precision and recall on a labelled listing set."),
        discussion: LocalizedText(
            zh: "DIR 中有 listings.csv（任一支持的导出格式）和 labels.csv（listing_id,family,expected，expected 为 1 "
                + "或 0）。一个规则族中任一规则触发，即视为该族标记了这个商品。",
            en: "DIR holds listings.csv (any supported export format) and labels.csv "
                + "(listing_id,family,expected with expected 1 or 0). A family flags a listing when any of its rules "
                + "fires."),
        arguments: "<dir>",
        argumentHelp: [
            (
                "<dir>",
                LocalizedText(
                    zh: "标注集，例如 Corpus/labelled-listings。", en: "The labelled set, e.g. Corpus/labelled-listings.")
            )
        ],
        options: [Options.details])

    /// The options `evaluate-rules` declares.
    enum Options {
        static let details = Option.flag(
            "details",
            help: LocalizedText(
                zh: "同时列出规则与标注不一致的商品。", en: "Also list the listings where rules and labels disagree."))
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard arguments.positionals.count == 1, let directory = arguments.positionals.first else {
            return CLI.report(
                UsageError(
                    message: LocalizedText(
                        zh: "“evaluate-rules”需要正好一个文件夹。", en: "'evaluate-rules' takes exactly one directory."),
                    command: spec.name),
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
