import Foundation
import ListingAudit

/// `listing-audit audit DIR` or `audit --listings FILE [--refunds FILE] [--orders FILE]`: checks every listing,
/// ties refunds to the findings, ranks what to fix first and writes the report files.
enum AuditCommand: Command {
    /// The options `audit` declares; the report and terminal options are `ReportArguments.Options`.
    enum Options {
        static let listings = Option.text(
            "listings", value: "<file>", help: "The listing export (overrides the one found in <folder>).")
        static let refunds = Option.text("refunds", value: "<file>", help: "The refund / after-sales export.")
        static let orders = Option.text(
            "orders", value: "<file>", help: "The order export, for refund rates per order.")
        static let out = Option.text(
            "out", short: "o", value: "<folder>", help: "Where to write the reports.",
            default: "listing-audit-YYYY-MM-DD")
        static let config = RuleOptions.config
        static let language = Option.choice(
            "lang", value: "<language>", help: "Report language.", cases: [Language.zh, .en], default: "from the input")
        static let top = Option.count(
            "top", value: "<n>", help: "How many listings with findings the terminal shows.", default: 8,
            invalid: { "'--top' needs a whole number, not '\($0)'." })
        static let failOn = FailOn.option
    }

    static let spec = CommandSpec(
        name: "audit",
        abstract: "Rank the listings whose content causes refunds, and write the report files.",
        discussion: """
            Give a folder holding a listing export and optionally a refund (after-sales) and an order export; they \
            are recognised by their header rows. Or name each file. Writes priorities.csv, findings.csv, \
            refunds.csv, summary.json and report.html into --out. Each audit keeps a snapshot in --history; the \
            next audit shows new, fixed and still-open findings, whether fixes lowered refunds, and trend.csv.

            As with 'check', the exit status is 1 when a finding reaches --fail-on (default: error), after the \
            reports are written; a script that only wants the reports passes --fail-on never.
            """,
        arguments: "[<folder>]",
        argumentHelp: [("<folder>", "A folder with the listing, refund and order exports (found by their headers).")],
        options: [
            Options.listings, Options.refunds, Options.orders, Options.out, Options.config, Options.language,
            Options.top, Options.failOn,
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
            console: console, label: request.language == .zh ? "审核中" : "Auditing", verbosity: report.verbosity)
        options.progress = progress.reporter
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
        for input in result.inputs where input.skipped > 0 {
            let most = input.skipReasons.first.map { ": most often \($0.reason)" } ?? ""
            let at = input.skipReasons.first?.firstLocation.map { " (first at \($0))" } ?? ""
            console.error("warning: \(input.path): \(input.skipped) rows skipped\(most)\(at)")
        }
        for input in result.inputs {
            guard let listings = input.withoutDescriptionColumn else { continue }
            let note = ShopFacts.descriptionColumnNote(listings).text(request.language ?? result.language)
            console.error("\(input.path): note: [description.empty] \(note)")
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
