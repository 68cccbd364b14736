import ListingAudit

/// `listing-audit evaluate-rules DIR`: runs every rule over a labelled set and prints per-family precision and
/// recall, so rule changes can be measured. A set of real listings labelled by pointer (`labels.csv` with `file`
/// and `half` columns) is scored on the exports it points at, per half.
enum EvaluateRulesCommand: Command {
    static let spec = CommandSpec(
        name: "evaluate-rules",
        abstract: LocalizedText(
            zh: "在带标注的商品集上测量规则的精确率和召回率。",
            en: "Measure the rules' precision and recall on a labelled listing set."),
        discussion: LocalizedText(
            zh: "DIR 中有 listings.csv（任一支持的导出格式）和 labels.csv（listing_id,family,expected，expected 为 1 "
                + "或 0）。一个规则族中任一规则触发，即视为该族标记了这个商品。若 labels.csv 为 "
                + "file,listing_id,half,family,expected（指向 --exports 文件夹中的真实导出），则像 check 一样检查"
                + "每个导出（整个文件视为一家店；DIR 中的 mappings.csv 可为某个导出指定列映射文件，同 --mapping），"
                + "按开发集和测试集分别给出结果。",
            en: "DIR holds listings.csv (any supported export format) and labels.csv "
                + "(listing_id,family,expected with expected 1 or 0). A family flags a listing when any of its rules "
                + "fires. When labels.csv is file,listing_id,half,family,expected (pointers into real exports in the "
                + "--exports folder), each export is checked as check checks it (the whole file is one shop; "
                + "mappings.csv in DIR may name a column mapping file for an export, as --mapping does) and the dev "
                + "and test halves are scored apart."),
        arguments: "<dir>",
        argumentHelp: [
            (
                "<dir>",
                LocalizedText(
                    zh: "标注集，例如 Corpus/labelled-listings 或 Corpus/labelled-real-listings。",
                    en: "The labelled set, e.g. Corpus/labelled-listings or Corpus/labelled-real-listings.")
            )
        ],
        options: [Options.details, Options.exports, Options.half, Options.language])

    /// The options `evaluate-rules` declares.
    enum Options {
        static let details = Option.flag(
            "details",
            help: LocalizedText(
                zh: "同时列出规则与标注不一致的商品。", en: "Also list the listings where rules and labels disagree."))
        static let exports = Option.text(
            "exports", value: "<dir>",
            help: LocalizedText(
                zh: "真实导出所在的文件夹（默认：DIR 所在仓库旁的 ../shared/real-exports）。",
                en: "The folder of the real exports (default: ../shared/real-exports beside DIR's repository)."))
        static let half = Option.choice(
            "half", value: "<half>",
            help: LocalizedText(zh: "只给出这一半的结果（默认：两半都给出）。", en: "Score only this half (default: both)."),
            cases: RealListingLabels.Half.allCases)
        static let language = Option.choice(
            "lang", value: "<lang>", help: LocalizedText(zh: "输出语言（默认：en）。", en: "Output language (default: en)."),
            cases: [Language.zh, .en])
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
        let language = arguments.value(Options.language) ?? console.language
        let labels = (directory.hasSuffix("/") ? directory : directory + "/") + RuleEvaluator.labelsFile
        if RealListingLabels.describes(path: labels) {
            return runReal(directory: directory, arguments: arguments, language: language, console: console)
        }
        if arguments.value(Options.exports) != nil || arguments.value(Options.half) != nil {
            return CLI.report(
                UsageError(
                    message: LocalizedText(
                        zh: "“--exports”和“--half”只用于指向真实导出的标注集（labels.csv 有 file 和 half 列）。",
                        en: "'--exports' and '--half' apply only to a set labelled by pointer into real exports "
                            + "(labels.csv with file and half columns)."),
                    command: spec.name),
                console: console)
        }
        let report: EvaluationReport
        do {
            report = try RuleEvaluator.evaluate(directory: directory)
        } catch {
            return CLI.report(error, console: console, language: language)
        }
        console.print(report.table(language))
        if arguments.value(Options.details) {
            for line in report.disagreements { console.print(line) }
        }
        return .success
    }

    /// Scores a set labelled by pointer into real exports, per half.
    private static func runReal(
        directory: String, arguments: ParsedArguments, language: Language, console: Console
    ) -> ExitCode {
        guard
            let exports = arguments.value(Options.exports)
                ?? RealListingEvaluator.defaultExports(forLabelsIn: directory)
        else {
            return CLI.report(
                UsageError(
                    message: LocalizedText(
                        zh: "\(directory) 不在任何仓库中，无法推断真实导出的位置；请用“--exports”指定。",
                        en: "\(directory) is in no repository, so the real exports cannot be found beside it; name "
                            + "them with '--exports'."),
                    command: spec.name),
                console: console)
        }
        let report: RealEvaluationReport
        do {
            report = try RealListingEvaluator.evaluate(directory: directory, exports: exports)
        } catch {
            return CLI.report(error, console: console, language: language)
        }
        let half = arguments.value(Options.half)
        console.print(report.table(language, only: half))
        if arguments.value(Options.details) {
            for disagreement in report.disagreements where half == nil || disagreement.half == half {
                console.print(disagreement.line(language))
            }
        }
        return .success
    }
}
