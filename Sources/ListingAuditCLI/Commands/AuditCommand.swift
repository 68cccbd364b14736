import Foundation
import ListingAudit

/// `listing-audit audit DIR` or `audit --listings FILE [--refunds FILE] [--orders FILE]`: checks every listing,
/// ties refunds to the findings, ranks what to fix first and writes the report files.
enum AuditCommand: Command {
    /// The options `audit` declares; the report and terminal options are `ReportArguments.Options`.
    enum Options {
        static let listings = Option.text(
            "listings", value: "<file>",
            help: LocalizedText(
                zh: "商品导出文件（优先于在 <folder> 中找到的）。",
                en: "The listing export (overrides the one found in <folder>)."))
        static let refunds = Option.text(
            "refunds", value: "<file>", help: LocalizedText(zh: "退款/售后导出文件。", en: "The refund / after-sales export."))
        static let orders = Option.text(
            "orders", value: "<file>",
            help: LocalizedText(
                zh: "订单导出文件，用于按订单计算退款率。", en: "The order export, for refund rates per order."))
        static let out = Option.text(
            "out", short: "o", value: "<folder>",
            help: LocalizedText(zh: "报告写入的文件夹。", en: "Where to write the reports."),
            default: LocalizedText(zh: "listing-audit-YYYY-MM-DD", en: "listing-audit-YYYY-MM-DD"))
        static let config = RuleOptions.config
        static let platform = RuleOptions.platform
        static let language = Option.choice(
            "lang", value: "<language>", help: LocalizedText(zh: "报告语言。", en: "Report language."),
            cases: [Language.zh, .en], default: LocalizedText(zh: "按输入判断", en: "from the input"))
        static let top = Option.count(
            "top", value: "<n>",
            help: LocalizedText(
                zh: "终端显示多少个有问题的商品。", en: "How many listings with findings the terminal shows."),
            default: 8,
            invalid: {
                LocalizedText(zh: "“--top”需要一个整数，不是“\($0)”。", en: "'--top' needs a whole number, not '\($0)'.")
            })
        static let failOn = FailOn.option
    }

    static let spec = CommandSpec(
        name: "audit",
        abstract: LocalizedText(
            zh: "给内容引发退款的商品排序，并写出报告文件。",
            en: "Rank the listings whose content causes refunds, and write the report files."),
        discussion: LocalizedText(
            zh: """
                给出存放商品导出、以及可选的退款（售后）和订单导出的文件夹，按表头识别各文件；也可以逐个指定文件。\
                在 --out 中写出 priorities.csv、findings.csv、refunds.csv、summary.json 和 report.html。每次审计\
                在 --history 中保存一份快照；下一次审计会显示新增、已修复和仍未解决的问题、修改是否降低了退款，\
                以及 trend.csv。

                与“check”一样，有问题达到 --fail-on（默认：error）时退出码为 1，但报告会先写出；只要报告的脚本\
                请传 --fail-on never。
                """,
            en: """
                Give a folder holding a listing export and optionally a refund (after-sales) and an order export; they \
                are recognised by their header rows. Or name each file. Writes priorities.csv, findings.csv, \
                refunds.csv, summary.json and report.html into --out. Each audit keeps a snapshot in --history; the \
                next audit shows new, fixed and still-open findings, whether fixes lowered refunds, and trend.csv.

                As with 'check', the exit status is 1 when a finding reaches --fail-on (default: error), after the \
                reports are written; a script that only wants the reports passes --fail-on never.
                """),
        arguments: "[<folder>]",
        argumentHelp: [
            (
                "<folder>",
                LocalizedText(
                    zh: "存放商品、退款和订单导出的文件夹（按表头识别）。",
                    en: "A folder with the listing, refund and order exports (found by their headers).")
            )
        ],
        options: [
            Options.listings, Options.refunds, Options.orders, Options.out, Options.config, Options.platform,
            Options.language, Options.top, Options.failOn,
        ] + ReadingOptions.all + ReadingOptions.transactions + ImageProbeArguments.all + ReportArguments.Options.all)

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let request: AuditRequest
        switch AuditRequest.parse(arguments, command: spec.name) {
        case .success(let parsed): request = parsed
        case .failure(let error): return CLI.report(error, console: console)
        }
        let report: ReportArguments
        switch ReportArguments.parse(arguments, command: spec.name) {
        case .success(let parsed): report = parsed
        case .failure(let error): return CLI.report(error, console: console)
        }
        let limits: ImageProbeArguments.Limits
        do {
            limits = try ImageProbeArguments.limits(arguments, command: spec.name)
        } catch {
            return CLI.report(error, console: console)
        }
        let reading: LoadOptions
        switch ReadingOptions.load(arguments, command: spec.name, console: console) {
        case .success(let options): reading = options
        case .failure(let code): return code.exitCode
        }
        var options: AuditOptions
        do {
            options = try request.options(console: console)
        } catch {
            console.error(errorLine(error, language: request.language))
            return exitCode(for: error)
        }
        options.listingsReading = reading
        do {
            (options.refundMapping, options.orderMapping) = try ReadingOptions.transactionMappings(arguments)
        } catch {
            return CLI.report(error, console: console, language: request.language ?? .en)
        }
        options.generatedAt = Date()
        if request.out == nil { options.outputDirectory = "listing-audit-" + report.date.text }
        do {
            let parent = PathText.parent(options.outputDirectory ?? ".")
            let cache = ((parent.isEmpty ? "." : parent) as NSString)
                .appendingPathComponent("listing-audit-image-cache")
            if let probing = try ImageProbeArguments.options(arguments, limits: limits, defaultCache: cache) {
                if let refusal = ImageProbeArguments.unrepeatable([options.listingsPath], command: spec.name) {
                    return CLI.report(refusal, console: console)
                }
                options.imageProbes = try ImageProbeArguments.probe(
                    paths: [options.listingsPath], reading: reading, options: probing, language: request.language,
                    quiet: report.verbosity == .quiet, console: console)
            }
        } catch {
            return CLI.report(error, console: console, language: request.language ?? .en)
        }
        let progress = ProgressIndicator(
            console: console, label: LocalizedText(zh: "审核中", en: "Auditing"), language: request.language,
            verbosity: report.verbosity)
        options.progress = progress.reporter
        options.languageDecided = { progress.speak($0) }
        progress.start()
        let outcome: AuditOutcome
        do {
            outcome = try AuditPipeline.run(
                options, reports: report.reportOptions(outputDirectory: options.outputDirectory ?? "."),
                progress: progress.update)
        } catch {
            progress.finish()
            console.error(errorLine(error, language: request.language))
            return exitCode(for: error)
        }
        progress.finish()
        let result = outcome.result
        let language = request.language ?? result.language
        for input in result.inputs where input.skipped > 0 {
            let reason = input.skipReasons.first?.reason(in: language)
            let place = input.skipReasons.first?.firstLocation?.description
            if language == .zh {
                let most = reason.map { "，最多：\($0)" } ?? ""
                let at = place.map { "（第一处在 \($0)）" } ?? ""
                console.error("警告：\(input.path)：跳过 \(input.skipped) 行\(most)\(at)")
            } else {
                let most = reason.map { ": most often \($0)" } ?? ""
                let at = place.map { " (first at \($0))" } ?? ""
                console.error("warning: \(input.path): \(input.skipped) rows skipped\(most)\(at)")
            }
        }
        for input in result.inputs {
            for (gap, listings) in input.exportGaps {
                console.error("\(input.path): note: [\(gap.ruleID)] \(gap.note(listings: listings).text(language))")
            }
        }
        for table in outcome.tables where table.exceedsLimit {
            let path = ((options.outputDirectory ?? "") as NSString).appendingPathComponent(table.file)
            console.error(table.warning(language, shownAs: path))
        }
        AuditOutput.print(
            outcome, arguments: report, top: request.top, folder: options.outputDirectory ?? "", console: console)
        return request.failOn.exitCode(worst: result.maximumSeverity)
    }

    /// An error as printed: in `--lang` when given, else in English.
    static func errorLine(_ error: AuditError, language: Language?) -> String {
        language == .zh ? "错误：" + error.message(.zh) : "Error: " + error.message(.en)
    }

    /// The exit code for an audit that could not run.
    static func exitCode(for error: AuditError) -> ExitCode {
        switch error {
        case .ingest(let error): ExitCode(error)
        case .configuration(.unreadable), .configuration(.inFile(_, .unreadable)): .noInput
        case .configuration: .usage
        case .discovery(.ambiguous): .usage
        case .discovery(.folderNotFound), .discovery(.noListings): .noInput
        case .cannotWrite: .cannotCreate
        case .busy: .temporaryFailure
        }
    }
}
