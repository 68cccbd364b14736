import Foundation

/// Measures the rules against real listings labelled by pointer (`RealListingLabels`): each export the labels name
/// is checked as `listing-audit check FILE` checks it (the whole export is one shop, so shop-level conditions are
/// those of the whole file), and the labelled listings are scored per half and family.
public enum RealListingEvaluator {
    /// Where the exports are when no folder is named: `../shared/real-exports` beside the repository that holds
    /// `directory` (the nearest folder above it with a `.git` entry), or `nil` when `directory` is in no repository.
    public static func defaultExports(forLabelsIn directory: String) -> String? {
        var folder = URL(fileURLWithPath: directory).standardizedFileURL
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
                return folder.deletingLastPathComponent().appendingPathComponent("shared/real-exports").path
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// Loads `directory/labels.csv` and scores the rules on the exports under `exports`, each read through the
    /// column mapping `directory/mappings.csv` names for it, if any (`RealListingMappings`).
    /// - Throws: `IngestError` for an unreadable labels, mappings or mapping file or export, a missing exports
    ///   folder, and labels naming a listing the export does not contain.
    public static func evaluate(
        directory: String, exports: String, engine: RuleEngine = RuleEngine()
    ) throws(IngestError) -> RealEvaluationReport {
        let labelsPath = (directory.hasSuffix("/") ? directory : directory + "/") + RuleEvaluator.labelsFile
        let mappings = try RealListingMappings.read(directory: directory)
        let labels = try RealListingLabels.read(path: labelsPath, splitByShop: mappings.exportsSplitByShop)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: exports, isDirectory: &isFolder), isFolder.boolValue else {
            throw .input(
                exports,
                zh: "没有找到真实导出文件夹（\(labelsPath) 指向其中的导出）；用 --exports DIR 指定它",
                en: "the real exports folder is not there (\(labelsPath) points into it); name it with --exports DIR")
        }
        var fired: [String: [String: [String]]] = [:]
        for file in labels.files {
            let options = LoadOptions(mapping: mappings.entries[file]?.mapping)
            fired[file] = try firedRules(path: exports + "/" + file, options: options, engine: engine)
        }
        for entry in labels.entries where fired[entry.file]?[entry.listingID] == nil {
            throw .unusableData(
                location: SourceLocation(file: labelsPath, line: entry.line),
                reason: "labels name listing \(entry.listingID), which \(entry.file) does not contain")
        }
        return RealEvaluationReport(labels: labels, fired: fired)
    }

    /// Checks the export at `path` as `check` does (with `options`, as `--mapping` gives them) and returns, for every
    /// listing in it, the ids of the rules that fired (empty when none did). A note `check` gives once for a gap of
    /// the whole export (no description column: `note: [description.empty]`; a Google feed without additional
    /// images: `note: [images.too_few]`), in place of a finding on each listing, counts as that rule on each of the
    /// export's listings: a reviewer asks for every one of those descriptions or pictures.
    static func firedRules(
        path: String, options: LoadOptions, engine: RuleEngine
    ) throws(IngestError) -> [String: [String]] {
        let shop = ShopCheck(engine: engine, paths: [path], options: options)
        var ids: [String] = []
        _ = try shop.run(restart: { _ in ids.removeAll() }) { batch in ids += batch.listings.map(\.id) }
        var fired = Dictionary(ids.map { ($0, [String]()) }, uniquingKeysWith: { first, _ in first })
        try shop.settledBatches({ batch in
            batch.listings.map { (ordinal: $0.ordinal, rules: $0.findings.map(\.ruleID)) }
        }) { listings in
            for listing in listings { fired[ids[listing.ordinal], default: []] += listing.rules }
        }
        for note in shop.facts.exportNotes {
            for id in fired.keys { fired[id, default: []].append(note.gap.ruleID) }
        }
        return fired.mapValues { $0.uniqued() }
    }
}
