import ListingAudit

/// `listing-audit classify-reasons FILE`: classifies each row's reason and comment; for a labelled file
/// (`reason,comment,expected_category,note`) also prints the misses, the confusion counts and the accuracy.
enum ClassifyReasonsCommand: Command {
    static let spec = CommandSpec(
        name: "classify-reasons",
        abstract: LocalizedText(
            zh: "把退款原因归入退款分类；给带标注的文件打分。",
            en: "Classify refund reasons into the refund taxonomy; score a labelled file."),
        discussion: LocalizedText(
            zh: """
                读取含 reason 和/或 comment 列的 CSV（任何退款导出都可以）。有 expected_category 列时，还会显示\
                分错的行、混淆计数和准确率。分类：\(categories)。
                """,
            en: """
                Reads a CSV with a reason and/or comment column (any refund export works). With an expected_category
                column it also prints the misses, the confusion counts and the accuracy. Categories: \(categories).
                """),
        arguments: "<file>",
        argumentHelp: [
            (
                "<file>",
                LocalizedText(
                    zh: "含 reason,comment[,expected_category,note] 列的 CSV，或一个退款导出文件。",
                    en: "A CSV with reason,comment[,expected_category,note] columns, or a refund export.")
            )
        ],
        options: [Options.missesOnly])

    /// The category ids, as the discussion lists them.
    private static let categories = RefundCategory.allCases.map(\.rawValue).joined(separator: ", ")

    /// The options `classify-reasons` declares.
    enum Options {
        static let missesOnly = Option.flag(
            "misses-only",
            help: LocalizedText(
                zh: "只显示分类与标注不同的行。", en: "Print only the rows classified differently from their label."))
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            let message = LocalizedText(zh: "需要正好一个 <file>。", en: "Expected exactly one <file>.")
            return CLI.report(UsageError(message: message, command: spec.name), console: console)
        }
        let evaluation: ReasonEvaluation
        do {
            evaluation = try ReasonEvaluation.run(path: path)
        } catch {
            return CLI.report(error, console: console)
        }
        let missesOnly = arguments.value(Options.missesOnly)
        for row in evaluation.rows where !missesOnly || row.isCorrect == false {
            var cells = [row.sample.location.description, row.category.rawValue]
            if let expected = row.sample.expected {
                cells.append(row.isCorrect == true ? "ok" : "MISS expected=\(expected.rawValue)")
            }
            cells.append("reason=\(quoted(row.sample.reason))")
            cells.append("comment=\(quoted(row.sample.comment))")
            cells.append("evidence=[\(row.evidence.joined(separator: " | "))]")
            console.print(cells.joined(separator: "  "))
        }
        for skip in evaluation.skipped {
            console.error("warning: \(skip.location): skipped: \(skip.reason.en)")
        }
        if let accuracy = evaluation.accuracy {
            console.print("")
            console.print("confusion (expected -> predicted):")
            for expected in RefundCategory.allCases {
                guard let row = evaluation.confusion[expected] else { continue }
                let cells = row.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)=\($0.value)" }
                console.print("  \(expected.rawValue): \(cells.joined(separator: ", "))")
            }
            let percent = (accuracy * 1000).rounded() / 10
            console.print("accuracy: \(evaluation.correct)/\(evaluation.labelled) = \(percent)%")
        } else {
            console.print("classified: \(evaluation.rows.count)")
        }
        return .success
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
