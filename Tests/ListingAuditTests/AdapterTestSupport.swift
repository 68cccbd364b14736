import Foundation

@testable import ListingAudit

/// Loading helpers for the adapter tests.
enum AdapterFixtures {
    /// The path of a sample under `Corpus/formats`.
    static func sample(_ name: String) -> String {
        TestPaths.corpus.appendingPathComponent("formats").appendingPathComponent(name).path
    }

    /// Loads a `Corpus/formats` sample.
    static func load(_ name: String, options: LoadOptions = LoadOptions()) throws -> ListingLoadResult {
        try ListingLoader.load(path: sample(name), options: options)
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String = "export.csv") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
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
