import Foundation
import Testing

/// Locations the tests read from, found from this source file rather than the working directory.
enum TestPaths {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The project's own demo data.
    static let corpus = root.appendingPathComponent("Corpus")
    /// `../shared` beside the project root; absent on machines without it.
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    /// The real public exports, or `nil` (tests then skip with a message) when `../shared` is absent.
    static var realExports: URL? {
        let url = shared.appendingPathComponent("real-exports")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
    /// This test process's scratch folder under the temporary directory: every file and folder a test writes goes
    /// here, and the folder is removed when the process exits, so test runs leave nothing behind.
    static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("listing-audit-tests-\(getpid())-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestPaths.scratch) }
        return url
    }()
    /// Whether `../shared/real-exports` is present.
    static var hasRealExports: Bool { realExports != nil }
    /// Runs a test or suite only when `../shared/real-exports` is present, saying why it was skipped otherwise.
    static var needsRealExports: ConditionTrait {
        .enabled(if: hasRealExports, "needs ../shared/real-exports (public exports kept outside the project)")
    }
}
