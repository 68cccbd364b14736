import Foundation
import ListingAudit

/// `listing-audit init-config [FILE]`: writes the default configuration, to edit and pass with `--config`.
enum InitConfigCommand: Command {
    static let spec = CommandSpec(
        name: "init-config",
        abstract: LocalizedText(
            zh: "把默认配置（JSON）写入文件或标准输出。",
            en: "Write the default configuration (JSON) to a file or standard output."),
        discussion: LocalizedText(
            zh: "每个键都可以省略；未知的键是错误。把文件传给“check --config”。",
            en: "Every key is optional; unknown keys are errors. Pass the file to 'check --config'."),
        arguments: "[<file>]",
        argumentHelp: [
            ("<file>", LocalizedText(zh: "写入位置；省略时写到标准输出。", en: "Where to write; standard output when omitted."))
        ],
        options: [Options.force, Options.language])

    /// The options `init-config` declares.
    enum Options {
        static let force = Option.flag(
            "force", help: LocalizedText(zh: "覆盖已有文件。", en: "Overwrite an existing file."))
        static let language = Option.choice(
            "lang", value: "<lang>", help: LocalizedText(zh: "提示和错误的语言。", en: "Language of notes and errors."),
            cases: [Language.zh, .en], default: .en)
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard arguments.positionals.count <= 1 else {
            let message = LocalizedText(zh: "最多只能给一个文件。", en: "Expected at most one file.")
            return CLI.report(UsageError(message: message, command: spec.name), console: console)
        }
        let json = AuditConfiguration.defaultJSON()
        guard let path = arguments.positionals.first, path != "-" else {
            console.write(json)
            return .success
        }
        let zh = arguments.value(Options.language) == .zh
        if FileManager.default.fileExists(atPath: path), !arguments.value(Options.force) {
            console.error(zh ? "错误：\(path) 已存在；加“--force”覆盖。"
                : "Error: \(path) already exists; use --force to overwrite it.")
            return .cannotCreate
        }
        do {
            try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            let reason = SystemError.reason(error)
            console.error(zh ? "错误：\(path)：无法写入（\(reason.zh)）" : "Error: \(path): cannot write: \(reason.en)")
            return .cannotCreate
        }
        console.error(zh ? "已把默认配置写入 \(path)。" : "Wrote the default configuration to \(path).")
        return .success
    }
}
