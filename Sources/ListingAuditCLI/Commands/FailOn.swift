import ListingAudit

/// `--fail-on`, the same in `check` and `audit`: the least severity that makes a completed run exit 1, or `never`.
///
/// Both default to `error`. `check` is the gate before publishing, and a gate that stays open unless told otherwise
/// lets a listing with an error through without a sound. For `audit`, exit 1 costs nothing (the reports are written
/// before the exit code is decided) and tells a weekly script that listings with errors are still live; a script
/// that only wants the reports passes `--fail-on never`. Exit 1 is never used for a run that failed (64–73).
enum FailOn: String, CaseIterable, Sendable {
    case error
    case warning
    case advice
    case never

    /// The option both commands declare.
    static let option = Option.choice(
        "fail-on", value: "<severity>",
        help: LocalizedText(
            zh: "有问题达到此严重程度时退出码为 1；“never”无论发现什么都以 0 退出。",
            en: "Exit 1 when a finding reaches this severity; 'never' exits 0 whatever is found."),
        cases: allCases, default: .error)

    /// The least severity that fails the run; `nil` for `never`.
    var threshold: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .advice: .advice
        case .never: nil
        }
    }

    /// The exit code of a run that completed and whose most severe finding is `worst` (`nil`: no findings):
    /// `.findings` when it reaches the threshold, else `.success`.
    func exitCode(worst: Severity?) -> ExitCode {
        guard let threshold, let worst, worst >= threshold else { return .success }
        return .findings
    }
}
