import ListingAudit

/// What `check` and the rule commands share: `--config`, `--rule`, `--disable`, and loading the configuration with
/// the rule ids checked.
enum RuleOptions {
    /// An exit code as an `Error`, so a helper can return either a value or the code to exit with.
    struct Exit: Error {
        let exitCode: ExitCode
    }

    static let config = Option.text(
        "config", value: "<file>",
        help: LocalizedText(zh: "JSON 配置文件（见“init-config”）。", en: "A JSON config (see 'init-config')."))
    static let rule = Option.list(
        "rule", value: "<id>", help: LocalizedText(zh: "只运行这条规则。", en: "Run only this rule."))
    static let platform = Option.text(
        "platform", value: "<name>",
        help: LocalizedText(
            zh: "按哪个平台的规则检查（标题长度、禁用字符、主图数量和图片尺寸）；默认按导出格式判断。",
            en: "Whose limits to check against (title length, banned characters, main images, image sizes); by "
                + "default the export format decides."),
        allowed: PlatformProfile.choices, default: LocalizedText(zh: "auto", en: "auto"))
    static let disable = Option.list(
        "disable", value: "<id>", help: LocalizedText(zh: "不运行这条规则。", en: "Do not run this rule."))

    /// The configuration at `path` (or the defaults), with the `rules` and `disabled` ids checked; on failure the
    /// error is printed in the console's language (`--lang`: the input that would decide it is not read yet) and
    /// the exit code returned.
    static func configuration(
        path: String?, rules: [String], disabled: [String], command: String, console: Console
    ) -> Result<AuditConfiguration, Exit> {
        for id in rules + disabled where RuleRegistry.rule(id: id) == nil {
            _ = CLI.report(UsageError(message: unknownRule(id), command: command), console: console)
            return .failure(Exit(exitCode: .usage))
        }
        guard let path else { return .success(AuditConfiguration()) }
        do {
            return .success(try AuditConfiguration.load(path: path, knownRuleIDs: RuleRegistry.ids))
        } catch {
            let zh = console.language == .zh
            console.error((zh ? "错误：" : "Error: ") + error.message(console.language))
            if case .unreadable = error { return .failure(Exit(exitCode: .noInput)) }
            return .failure(Exit(exitCode: .usage))
        }
    }

    /// `Unknown rule 'x'. Did you mean 'y'?`
    static func unknownRule(_ id: String) -> LocalizedText {
        let ids = RuleRegistry.ids
        let suggestion =
            ids.first { $0.hasPrefix(id) || $0.contains(id) }
            ?? ids.min { EditDistance.between($0, id) < EditDistance.between($1, id) }.flatMap { best in
                EditDistance.between(best, id) <= max(3, id.count / 3) ? best : nil
            }
        if let suggestion {
            return LocalizedText(
                zh: "未知规则“\(id)”。是不是“\(suggestion)”？", en: "Unknown rule '\(id)'. Did you mean '\(suggestion)'?")
        }
        return LocalizedText(
            zh: "未知规则“\(id)”。规则列表见“\(CLI.name) rules”。",
            en: "Unknown rule '\(id)'. See '\(CLI.name) rules' for the list.")
    }
}
