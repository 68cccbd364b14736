import ListingAudit

/// How the commands that read listing exports (`inspect`, `check`, and `audit` for its listing export) are told to
/// read them, with one meaning everywhere: `--encoding`, `--delimiter`, `--as`, `--mapping`, `--sheet`.
enum ReadingOptions {
    static let encoding = Option.choice(
        "encoding", value: "<encoding>", help: LocalizedText(zh: "输入的文本编码。", en: "Text encoding of the inputs."),
        cases: TextEncoding.allCases, default: LocalizedText(zh: "自动识别", en: "detect"))
    static let delimiter = Option.converted(
        "delimiter", value: "<delimiter>",
        help: LocalizedText(
            zh: "字段分隔符：comma、tab、semicolon、pipe 或单个字符。",
            en: "Field delimiter: comma, tab, semicolon, pipe or one character."),
        default: LocalizedText(zh: "自动识别", en: "detect"), convert: ReadingOptions.delimiter(named:),
        invalid: {
            LocalizedText(
                zh: "“--delimiter”的值“\($0)”无效，可用 comma、tab、semicolon、pipe 或单个 ASCII 字符。",
                en: "The value '\($0)' is invalid for '--delimiter'. Use comma, tab, semicolon, pipe or one ASCII "
                    + "character.")
        })
    static let exportFormat = Option.choice(
        "as", value: "<export-format>",
        help: LocalizedText(zh: "按此导出格式读取输入。", en: "Read the inputs as this export format."),
        cases: ExportFormat.allCases.filter { $0 != .mapped }, default: LocalizedText(zh: "自动识别", en: "detect"))
    static let mapping = Option.text(
        "mapping", value: "<file>",
        help: LocalizedText(
            zh: "其他布局的 JSON 列映射（见 docs/formats.md）。",
            en: "JSON column mapping for any other layout (docs/formats.md)."))
    static let sheet = Option.text(
        "sheet", value: "<sheet>",
        help: LocalizedText(
            zh: "要读取的工作簿工作表（名称或序号）；默认：第一个表头是可读导出的工作表。",
            en: "The worksheet to read from workbooks (name or number); default: the first whose header is an "
                + "export we read."))

    static let refundMapping = Option.text(
        "refund-mapping", value: "<file>",
        help: LocalizedText(
            zh: "其他布局的退款导出的 JSON 列映射（见 docs/formats.md）。",
            en: "JSON column mapping for a refund export of any other layout (docs/formats.md)."))
    static let orderMapping = Option.text(
        "order-mapping", value: "<file>",
        help: LocalizedText(
            zh: "其他布局的订单导出的 JSON 列映射（见 docs/formats.md）。",
            en: "JSON column mapping for an order export of any other layout (docs/formats.md)."))

    /// The options a command declares for reading, in help order.
    static let all: [any DeclaredOption] = [encoding, delimiter, exportFormat, mapping, sheet]

    /// The options for reading refund and order exports, in help order.
    static let transactions: [any DeclaredOption] = [refundMapping, orderMapping]

    /// The refund and order column mappings `arguments` name (`--refund-mapping`, `--order-mapping`).
    /// - Throws: `IngestError` when a mapping file cannot be read or is not a mapping.
    static func transactionMappings(
        _ arguments: ParsedArguments
    ) throws(IngestError) -> (refunds: TransactionMapping?, orders: TransactionMapping?) {
        let refunds = try arguments.value(refundMapping).map { path throws(IngestError) in
            try TransactionMapping.load(path: path, kind: .refunds)
        }
        let orders = try arguments.value(orderMapping).map { path throws(IngestError) in
            try TransactionMapping.load(path: path, kind: .orders)
        }
        return (refunds, orders)
    }

    /// The load options `arguments` ask for, reporting progress to `progress`.
    /// - Throws: `UsageError` for `--as` with `--mapping`; `IngestError` when the mapping file cannot be used.
    static func loadOptions(
        _ arguments: ParsedArguments, command: String, progress: ProgressReporter? = nil
    ) throws -> LoadOptions {
        let read = ReadOptions(
            encoding: arguments.value(encoding), delimiter: try arguments.value(delimiter), progress: progress,
            sheet: arguments.value(sheet))
        var options = LoadOptions(read: read)
        options.format = arguments.value(exportFormat)
        if let path = arguments.value(mapping) {
            if options.format != nil {
                throw UsageError(
                    message: LocalizedText(
                        zh: "“--as”和“--mapping”只能用其一。", en: "Use either '--as' or '--mapping', not both."),
                    command: command)
            }
            options.mapping = try ColumnMapping.load(path: path)
        }
        return options
    }

    /// `loadOptions`, with a failure printed on `console` and turned into the exit code it deserves.
    static func load(
        _ arguments: ParsedArguments, command: String, progress: ProgressReporter? = nil, console: Console
    ) -> Result<LoadOptions, RuleOptions.Exit> {
        do {
            return .success(try loadOptions(arguments, command: command, progress: progress))
        } catch let error as UsageError {
            return .failure(RuleOptions.Exit(exitCode: CLI.report(error, console: console)))
        } catch let error as IngestError {
            return .failure(RuleOptions.Exit(exitCode: CLI.report(error, console: console)))
        } catch {
            return .failure(RuleOptions.Exit(exitCode: .software))
        }
    }

    /// The delimiter byte `name` stands for, or `nil`.
    static func delimiter(named name: String) -> UInt8? {
        switch name {
        case "comma", ",": return UInt8(ascii: ",")
        case "tab", "\\t", "\t": return 0x09
        case "semicolon", ";": return UInt8(ascii: ";")
        case "pipe", "|": return UInt8(ascii: "|")
        default:
            guard name.utf8.count == 1, let byte = name.utf8.first, byte > 0x20, byte < 0x7F,
                byte != UInt8(ascii: "\"")
            else { return nil }
            return byte
        }
    }
}
