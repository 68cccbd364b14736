import ListingAudit

/// Process exit codes, from the sysexits family. Documented in `--help` and the README.
enum ExitCode: Int32 {
    /// Ran; nothing reached the `--fail-on` threshold.
    case success = 0
    /// Findings at or above the `--fail-on` threshold.
    case findings = 1
    /// Usage error (EX_USAGE).
    case usage = 64
    /// Input data unusable (EX_DATAERR).
    case dataError = 65
    /// Input file missing or unreadable (EX_NOINPUT).
    case noInput = 66
    /// Output could not be written (EX_CANTCREAT).
    case cannotCreate = 73
    /// Another audit holds the output or history folder; try again later (EX_TEMPFAIL).
    case temporaryFailure = 75
    /// Internal error (EX_SOFTWARE).
    case software = 70
}

extension ExitCode {
    /// The code for an input that could not be read: 66 when it is missing or unreadable, 65 when it is unusable.
    init(_ error: IngestError) {
        switch error {
        case .fileNotFound, .unreadable: self = .noInput
        case .unusableData, .unusableInput: self = .dataError
        }
    }
}
