import Foundation
import ListingAudit

/// `listing-audit init-config [FILE]`: writes the default configuration, to edit and pass with `--config`.
enum InitConfigCommand: Command {
    static let spec = CommandSpec(
        name: "init-config",
        abstract: "Write the default configuration (JSON) to a file or standard output.",
        discussion: "Every key is optional; unknown keys are errors. Pass the file to 'check --config'.",
        arguments: "[<file>]",
        argumentHelp: [("<file>", "Where to write; standard output when omitted.")],
        options: [Options.force])

    /// The options `init-config` declares.
    enum Options {
        static let force = Option.flag("force", help: "Overwrite an existing file.")
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard arguments.positionals.count <= 1 else {
            return CLI.report(UsageError(message: "Expected at most one file.", command: spec.name), console: console)
        }
        let json = AuditConfiguration.defaultJSON()
        guard let path = arguments.positionals.first, path != "-" else {
            console.write(json)
            return .success
        }
        if FileManager.default.fileExists(atPath: path), !arguments.value(Options.force) {
            console.error("Error: \(path) already exists; use --force to overwrite it.")
            return .cannotCreate
        }
        do {
            try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            console.error("Error: \(path): cannot write: \(error.localizedDescription)")
            return .cannotCreate
        }
        console.error("Wrote the default configuration to \(path).")
        return .success
    }
}
