import ListingAudit

/// `check --fail-on`: the least severity that makes a completed run exit 1, or `never`.
enum FailOn: String, CaseIterable, Sendable {
    case error
    case warning
    case advice
    case never

    /// The option `check` declares.
    static let option = Option.choice(
        "fail-on", value: "<severity>", help: "Exit 1 when a finding reaches this severity.", cases: allCases,
        default: .error)
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
