import Foundation
import ListingAudit

/// `listing-audit check FILE...`: the pre-publish check. Prints findings like a compiler and exits 1 when one
/// reaches `--fail-on`.
enum CheckCommand: Command {
    /// The options `check` declares.
    enum Options {
        static let format = Option.choice(
            "format", value: "<format>", help: LocalizedText(zh: "输出格式。", en: "Output format."),
            cases: FindingsFormat.allCases, default: .text)
        static let failOn = FailOn.option
        static let language = Option.choice(
            "lang", value: "<lang>",
            help: LocalizedText(
                zh: "消息语言（默认：中文导出用 zh，其余用 en）。",
                en: "Message language (default: zh for Chinese exports, else en)."),
            cases: [Language.zh, .en])
        static let config = RuleOptions.config
        static let rule = RuleOptions.rule
        static let disable = RuleOptions.disable
        static let platform = RuleOptions.platform
        static let output = Option.text(
            "output", short: "o", value: "<file>",
            help: LocalizedText(
                zh: "把问题写入文件（- 表示标准输出）。", en: "Write the findings to a file (- for standard output)."))
        static let quiet = Verbosity.Options.quietResults
    }

    static let spec = CommandSpec(
        name: "check",
        abstract: LocalizedText(
            zh: "发布前检查商品导出；像编译器一样列出问题。",
            en: "Check listing exports before publishing; print findings like a compiler."),
        discussion: LocalizedText(
            zh: "读取 Shopify、WooCommerce、Amazon、Google Merchant、Magento、抖店/淘宝及通用格式的导出。"
                + "逐条显示“文件:行:列: 严重程度: [规则] 消息 (商品 id)”（证据有列号时给出列），并在标准错误"
                + "上给出汇总。给出文件夹时，检查其中的商品导出。",
            en: "Reads Shopify, WooCommerce, Amazon, Google Merchant, Magento, 抖店/淘宝 and generic exports. "
                + "Prints 'file:line:column: severity: [rule] message (listing id)' (the column when the evidence "
                + "has one) and a summary on standard error. Given a folder, checks the listing export in it."),
        arguments: "<file> ...",
        argumentHelp: [
            (
                "<file>",
                LocalizedText(
                    zh: "商品导出文件（CSV、TSV、TXT、XLSX、XML 商品源、JSON），或存放它的文件夹。",
                    en: "Listing export files (CSV, TSV, TXT, XLSX, XML feeds, JSON), or a folder holding one.")
            )
        ],
        options: [
            Options.format, Options.failOn, Options.language, Options.config, Options.platform, Options.rule,
            Options.disable, Options.output, Options.quiet,
        ] + ReadingOptions.all + ImageProbeArguments.all)

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard !arguments.positionals.isEmpty else {
            return CLI.report(UsageError(message: UsageError.missingFiles, command: spec.name), console: console)
        }
        let rules = arguments.value(Options.rule)
        let disabled = arguments.value(Options.disable)
        var configuration: AuditConfiguration
        switch RuleOptions.configuration(
            path: arguments.value(Options.config), rules: rules, disabled: disabled, command: spec.name,
            console: console)
        {
        case .success(let loaded): configuration = loaded
        case .failure(let code): return code.exitCode
        }
        configuration.onlyRules += rules
        configuration.disabledRules += disabled
        if let platform = arguments.value(Options.platform) { configuration.platform = platform }
        let quiet = arguments.value(Options.quiet)
        let paths: [String]
        switch listingExports(
            arguments.positionals, language: arguments.value(Options.language), quiet: quiet, console: console)
        {
        case .success(let found): paths = found
        case .failure(let code): return code.exitCode
        }

        // One pass over each export, checking batches on every core as they are read. Findings that depend on the
        // whole shop (shared descriptions, whether the export carries images) are settled once every export has
        // been read; then the findings are put in report order and written.
        // Bytes read, speed and time left on a terminal while the exports are read.
        let progress = ProgressIndicator(
            console: console, label: LocalizedText(zh: "检查中", en: "Checking"),
            language: arguments.value(Options.language), verbosity: quiet ? .quiet : .normal)
        let loading: LoadOptions
        switch ReadingOptions.load(arguments, command: spec.name, progress: progress.reporter, console: console) {
        case .success(let options): loading = options
        case .failure(let code): return code.exitCode
        }
        var probes: ImageProbeTable?
        do {
            let limits: ImageProbeArguments.Limits
            do {
                limits = try ImageProbeArguments.limits(arguments, command: spec.name)
            } catch {
                return CLI.report(error, console: console)
            }
            if let probing = try ImageProbeArguments.options(arguments, limits: limits, defaultCache: nil) {
                if let refusal = ImageProbeArguments.unrepeatable(paths, command: spec.name) {
                    return CLI.report(refusal, console: console)
                }
                probes = try ImageProbeArguments.probe(
                    paths: paths, reading: loading, options: probing, language: arguments.value(Options.language),
                    quiet: quiet, console: console)
            }
        } catch {
            return CLI.report(error, console: console, language: arguments.value(Options.language) ?? .en)
        }
        let shop = ShopCheck(
            engine: RuleEngine(configuration: configuration, probes: probes), paths: paths, options: loading)
        // Each export's first titles, by path (`ListingExportLanguage`).
        var languages: [String: ListingExportLanguage] = [:]
        var listingsByFile: [String: Int] = [:]
        let reports: [IngestReport]
        progress.start()
        do {
            reports = try shop.run(restart: { path in
                languages[path] = nil
                listingsByFile[path] = 0
            }) { batch in
                let path = batch.path
                if languages[path]?.isComplete != true {
                    let spoken = languages.values.contains { $0.sampled > 0 }
                    languages[path, default: ListingExportLanguage()].sample(batch.listings)
                    // The progress line speaks once the first titles tell the language (the summary decides it
                    // again with the exports' formats and headers).
                    if !spoken, arguments.value(Options.language) == nil {
                        progress.speak(languages[path]?.titlesAreChinese == true ? .zh : .en)
                    }
                }
                guard let first = batch.listings.first else { return }
                listingsByFile[first.location.file, default: 0] += batch.listings.count
            }
        } catch {
            progress.finish()
            return CLI.report(error, console: console, language: arguments.value(Options.language) ?? .en)
        }
        progress.finish()
        let skipped = reports.flatMap(\.skipped)
        let skippedCount = reports.reduce(0) { $0 + $1.skippedCount }
        let language = arguments.value(Options.language)
            ?? (reports.contains { languages[$0.file, default: ListingExportLanguage()].isChinese($0) } ? .zh : .en)
        let format = arguments.value(Options.format)
        let output: OutputSink
        do {
            output = try OutputSink(path: arguments.value(Options.output), console: console)
        } catch {
            console.error(
                AuditCommand.errorLine(.cannotWrite(path: error.path, reason: error.reason), language: language))
            return .cannotCreate
        }
        var writer = FindingsWriter(format: format, language: language)
        var order = FindingsOrder<RenderedFinding>()
        var summary = FindingsSummary(language: language, skippedRows: skippedCount)
        // Findings are settled and rendered on every core; put in order and written here.
        do {
            try shop.settledBatches({ [writer] batch in
                (batch.file, batch.firstLine, writer.render(batch))
            }) { file, firstLine, rendered in
                summary.add(rendered)
                output.write(writer.write(order.add(rendered, file: file, firstLine: firstLine)))
            }
        } catch {
            _ = output.close()
            return CLI.report(error, console: console, language: language)
        }
        summary.listingCount = listingsByFile.values.reduce(0, +)
        output.write(writer.write(order.finish()))
        output.write(writer.finish(summary))
        if let problem = output.close() {
            console.error(
                AuditCommand.errorLine(.cannotWrite(path: problem.path, reason: problem.reason), language: language))
            return .cannotCreate
        }
        printSkipped(skipped, total: skippedCount, language: language, console: console)
        printRepairs(reports, language: language, console: console)
        // A CSV file of more findings than a spreadsheet opens (the header and a row a finding).
        let table = SpreadsheetRows(file: output.path ?? "", rows: summary.findingCount + 1)
        if format == .csv, output.path != nil, table.exceedsLimit { console.error(table.warning(language)) }
        for note in shop.facts.exportNotes {
            console.error("\(note.file): note: [\(note.gap.ruleID)] \(note.message.text(language))")
        }
        if !quiet { console.error(summary.line) }
        let worst = Severity.allCases.last { summary.count($0) > 0 }
        return arguments.value(Options.failOn).exitCode(worst: worst)
    }

    /// The listing exports to check: each file as given, and for a folder the listing export in it, found by its
    /// header as `audit DIR` finds it (its refund and order exports are left to `audit`). Notes (unless `quiet`)
    /// and errors in `language` when one was asked for, else in English (no export has been read yet to tell).
    private static func listingExports(
        _ arguments: [String], language: Language?, quiet: Bool, console: Console
    ) -> Result<[String], RuleOptions.Exit> {
        var paths: [String] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue else {
                paths.append(argument)
                continue
            }
            do {
                let found = try InputDiscovery.find(in: argument)
                if !quiet {
                    console.error(language == .zh
                        ? "提示：\(argument)：检查 \(found.listings)" : "note: \(argument): checking \(found.listings)")
                }
                paths.append(found.listings)
            } catch {
                if case .discovery(.noListings(let folder, let ignored)) = error, language == .zh {
                    let seen = ignored.isEmpty ? "文件夹里没有导出文件" : "无法识别：" + ignored.joined(separator: "、")
                    console.error("错误：\(folder)：没有找到商品导出表（\(seen)）；请直接给出商品导出文件")
                } else if case .discovery(.noListings(let folder, let ignored)) = error {
                    let seen = ignored.isEmpty
                        ? "no export files in it" : "not recognised: " + ignored.joined(separator: ", ")
                    console.error("Error: \(folder): no listing export found (\(seen)); name the listing export file")
                } else {
                    console.error(AuditCommand.errorLine(error, language: language))
                }
                return .failure(RuleOptions.Exit(exitCode: AuditCommand.exitCode(for: error)))
            }
        }
        return .success(paths)
    }

    /// Lists the rows the reader repaired (quoting, encoding, ragged rows) on standard error, so a damaged export is
    /// never read as if it were clean.
    private static func printRepairs(_ reports: [IngestReport], language: Language, console: Console) {
        let prefix = language == .zh ? "已修复" : "repaired"
        for report in reports {
            for issue in report.issues.prefix(20) {
                console.error(
                    "\(issue.location): warning: [input.\(issue.kind)] \(prefix): \(issue.repairText.text(language))")
            }
            let more = report.issueCount - min(report.issues.count, 20)
            if more > 0 {
                console.error(
                    language == .zh
                        ? "……\(report.file) 另有 \(more) 处已修复" : "… and \(more) more repairs in \(report.file)")
            }
        }
    }

    /// Lists skipped rows on standard error (the first 20, then a count), so no row is lost silently.
    private static func printSkipped(_ rows: [SkippedRow], total: Int, language: Language, console: Console) {
        let shown = 20
        for row in rows.prefix(shown) {
            console.error("\(row.location): skipped: \(row.reason.text(language))")
        }
        if total > shown {
            let more = total - min(shown, rows.count)
            console.error(language == .zh ? "……另有 \(more) 行被跳过" : "… and \(more) more skipped rows")
        }
    }
}
