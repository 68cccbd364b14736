import Foundation
import ListingAudit

/// `listing-audit inspect FILE...`: shows how each listing export is read, before auditing it; a refund or order
/// export is shown as `audit` reads it.
enum InspectCommand: Command {
    static let spec = CommandSpec(
        name: "inspect",
        abstract: LocalizedText(
            zh: "显示商品导出是怎样读取的：格式、编码、行数、商品数、跳过的行、各列。",
            en: "Show how listing exports are read: format, encoding, rows, listings, skipped rows, columns."),
        discussion: LocalizedText(
            zh: """
                按表头识别每个文件的导出格式（Shopify、WooCommerce、Amazon、Google Merchant、Magento、Olist、\
                淘宝助理、国内店铺导出、通用格式），并显示读到的内容。文件可以是 CSV/TSV/TXT、Excel 工作簿\
                （.xlsx；按表头选工作表，或用 --sheet 指定）、XML 商品源或 JSON。参数是文件夹时检查其中的导出。\
                其他布局用 --mapping（见 docs/formats.md）。退款或订单导出按“audit”的读法显示：保留和跳过的行、\
                不是真实日期的日期，以及每个字段所在的列。
                """,
            en: """
                Detects each file's export format from its header row (Shopify, WooCommerce, Amazon, Google Merchant, \
                Magento, Olist, 淘宝助理, Chinese shop exports, the generic format) and prints what was read. Files may \
                be CSV/TSV/TXT, Excel workbooks (.xlsx; the sheet is chosen by its header, or with --sheet), XML \
                product feeds or JSON. A directory argument inspects the exports in it. Use --mapping for any other \
                layout (see docs/formats.md). A refund or order export is shown as 'audit' reads it: rows kept and \
                skipped, dates that are no real date, and the column of each field.
                """),
        arguments: "<file> ...",
        argumentHelp: [
            ("<file>", LocalizedText(zh: "商品导出文件，或存放它们的文件夹。", en: "A listing export, or a directory of them."))
        ],
        options: [
            Options.format, Options.encoding, Options.delimiter, Options.exportFormat, Options.mapping,
            Options.samples, Options.language, Options.sheet, Options.quiet,
        ] + ReadingOptions.transactions)

    /// The options `inspect` declares.
    enum Options {
        static let format = Option.choice(
            "format", value: "<format>", help: LocalizedText(zh: "输出格式。", en: "Output format."),
            cases: Format.allCases, default: .text)
        static let encoding = ReadingOptions.encoding
        static let delimiter = ReadingOptions.delimiter
        static let exportFormat = ReadingOptions.exportFormat
        static let mapping = ReadingOptions.mapping
        static let samples = Option.count(
            "samples", value: "<n>", help: LocalizedText(zh: "每个文件显示的示例商品数。", en: "Sample listings shown per file."),
            default: 3,
            invalid: { _ in
                LocalizedText(
                    zh: "“--samples”的值必须是 ≥ 0 的整数。", en: "The value for '--samples' must be a whole number ≥ 0.")
            })
        static let language = Option.choice(
            "lang", value: "<lang>",
            help: LocalizedText(
                zh: "说明的语言（默认：中文导出用 zh，其余用 en）。",
                en: "Language of reasons (default: zh for Chinese exports, else en)."),
            cases: [Language.zh, .en])
        static let sheet = ReadingOptions.sheet
        static let quiet = Verbosity.Options.quietResults
    }

    /// How `inspect` prints what it read.
    enum Format: String, CaseIterable, Sendable {
        case text
        case json
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let options: LoadOptions
        let samples: Int
        let mappings: (refunds: TransactionMapping?, orders: TransactionMapping?)
        do {
            guard !arguments.positionals.isEmpty else {
                throw UsageError(message: UsageError.missingFiles, command: spec.name)
            }
            options = try loadOptions(arguments)
            samples = try arguments.value(Options.samples)
            mappings = try ReadingOptions.transactionMappings(arguments)
        } catch let error as UsageError {
            return CLI.report(error, console: console)
        } catch let error as IngestError {
            return fail(error, console: console, language: arguments.value(Options.language) ?? .en)
        } catch {
            return .software
        }
        let chosen = arguments.value(Options.language)
        // Errors while reading are printed in the language asked for (English by default); the results in the one
        // asked for or, without --lang, the inputs' own (Chinese for Chinese exports).
        let language = chosen ?? .en
        var worst = ExitCode.success
        var results: [InspectedFile] = []
        var transactions: [InspectedTransactions] = []
        let progress = ProgressIndicator(
            console: console, label: LocalizedText(zh: "读取中", en: "Reading"), language: chosen,
            verbosity: arguments.value(Options.quiet) ? .quiet : .normal)
        var reading = options
        reading.read.progress = progress.reporter
        progress.start()
        for path in arguments.positionals {
            let files: [String]
            do {
                files = try inputFiles(path)
            } catch {
                progress.withLineErased { worst = worse(worst, fail(error, console: console, language: language)) }
                continue
            }
            for file in files {
                do {
                    let survey = try ListingLoader.survey(path: file, options: reading, samples: samples)
                    results.append(
                        InspectedFile(report: survey.report, samples: survey.samples, isChinese: survey.isChinese))
                } catch {
                    // A refund or order export is shown as `audit --refunds` / `--orders` would read it; with a
                    // column mapping for one, its error says why the file is not that export.
                    var failure: any Error = error
                    do {
                        if let export = try InspectedTransactions.read(
                            file, options: reading.read, refunds: mappings.refunds, orders: mappings.orders)
                        {
                            transactions.append(export)
                            continue
                        }
                    } catch {
                        failure = error
                    }
                    progress.withLineErased {
                        worst = worse(worst, fail(failure, console: console, language: language))
                    }
                }
            }
        }
        progress.finish()
        let printer = InspectOutput(
            samples: samples,
            language: chosen
                ?? (transactions.contains(where: \.isChinese) || results.contains(where: \.isChinese) ? .zh : .en))
        if arguments.value(Options.format) == .json {
            console.print(printer.json(results, transactions: transactions))
        } else {
            let texts = results.map(printer.text) + transactions.map(printer.text)
            if !texts.isEmpty { console.print(texts.joined(separator: "\n\n")) }
        }
        return worst
    }

    private static func loadOptions(_ arguments: ParsedArguments) throws -> LoadOptions {
        try ReadingOptions.loadOptions(arguments, command: spec.name)
    }

    /// The file itself (`-`: standard input), or the exports directly inside a directory (CSV/TSV/TXT, workbooks, XML
    /// and JSON), sorted by name.
    private static func inputFiles(_ path: String) throws(IngestError) -> [String] {
        if path == "-" { return [path] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        guard isDirectory.boolValue else { return [path] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw .unreadable(path: path, reason: SystemError.reason(error))
        }
        let files = names.filter {
            !$0.hasPrefix(".") && TableFormat.inputExtensions.contains(($0 as NSString).pathExtension.lowercased())
        }.sorted()
        guard !files.isEmpty else {
            throw .unreadable(path: path, reason: LocalizedText(
                zh: "文件夹里没有 .csv、.tsv、.txt、.xlsx、.xml 或 .json 文件",
                en: "no .csv, .tsv, .txt, .xlsx, .xml or .json files in the directory"))
        }
        return files.map { (path as NSString).appendingPathComponent($0) }
    }

    /// Prints an ingest error and returns its exit code: 66 for missing/unreadable files, 65 for unusable data.
    private static func fail(_ error: any Error, console: Console, language: Language) -> ExitCode {
        guard let error = error as? IngestError else {
            console.error((language == .zh ? "错误：" : "Error: ") + TerminalText.escaped("\(error)"))
            return .software
        }
        return CLI.report(error, console: console, language: language)
    }

    private static func worse(_ a: ExitCode, _ b: ExitCode) -> ExitCode { a.rawValue >= b.rawValue ? a : b }
}
