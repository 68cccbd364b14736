import Foundation
import Testing

@testable import ListingAudit

/// Loading helpers for the adapter tests.
///
/// The row counts and line numbers the adapter tests expect of the `Corpus/formats` samples are counted with
/// Python's `csv` module, not read off the loader: each record with the line it starts on (a quoted line break makes
/// a record span two lines), run in `Corpus/formats`:
///
///     python3 -c 'import csv, sys
///     for p in sys.argv[1:]:
///         f = open(p, newline="", encoding="utf-8-sig")
///         r = csv.reader(f, delimiter="\t" if p.endswith((".tsv", ".txt")) else ","); n = 0
///         for row in r: print(p, n + 1, row[0][:14]); n = r.line_num' shopify-products.csv …
enum AdapterFixtures {
    /// The path of a sample under `Corpus/formats`.
    static func sample(_ name: String) -> String {
        TestPaths.corpus.appendingPathComponent("formats").appendingPathComponent(name).path
    }

    /// Loads a `Corpus/formats` sample.
    static func load(_ name: String, options: LoadOptions = LoadOptions()) throws -> ListingLoadResult {
        try ListingLoader.load(path: sample(name), options: options)
    }

    /// The reason, in both languages, `ListingLoader` refuses the file at `path` with; `nil` (an issue recorded)
    /// when it reads the file or throws another error.
    static func refusal(of path: String) -> LocalizedText? {
        do {
            _ = try ListingLoader.load(path: path)
            Issue.record("\(path) was read")
        } catch {
            guard case .unusableInput(_, let reason) = error else {
                Issue.record("\(path): unexpected \(error)")
                return nil
            }
            return reason
        }
        return nil
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String = "export.csv") throws -> String {
        let directory = TestPaths.scratch.appendingPathComponent(
            "adapter-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

extension ListingLoadResult {
    /// The listing with `id`.
    func listing(_ id: String) -> Listing? { listings.first { $0.id == id } }
}
