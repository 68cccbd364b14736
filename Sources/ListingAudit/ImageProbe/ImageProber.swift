import Foundation

/// Probes image addresses: each distinct address once, local files from disk and web addresses over HTTP, several
/// at a time but never more than `perHost` to one server, within the run's time budget, with the cache.
public enum ImageProber {
    /// Probes `addresses` (repeats are probed once) under `options`.
    public static func probe(_ addresses: [String], options: ImageProbeOptions) -> ImageProbeTable {
        var seen = Set<String>()
        let distinct = addresses.filter { seen.insert($0).inserted }
        var table = ImageProbeTable()
        var cache = ImageProbeCache(folder: options.cacheFolder)
        let now = Date()
        var jobs: [Job] = []
        for address in distinct {
            guard let location = ImageLocation.of(address, options: options) else { continue }
            let entry = cache[address]
            if case .remote = location, let entry, now.timeIntervalSince(entry.checked) < options.cacheMaxAge {
                table[address] = entry.probe
                table.cached += 1
                continue
            }
            jobs.append(Job(address: address, location: location, cached: entry))
        }
        let queue = JobQueue(jobs: jobs, options: options, alreadyDone: distinct.count - jobs.count)
        queue.run()
        for (job, result) in queue.results {
            table[job.address] = result.probe
            if let entry = result.entry { cache[job.address] = entry }
        }
        table.requests = queue.requests
        let fetched = jobs.contains { if case .remote = $0.location { true } else { false } }
        if fetched, let warning = cache.save() { table.warnings.append(warning) }
        return table
    }

    /// One address to probe, with what the cache knows of it.
    struct Job: Sendable {
        let address: String
        let location: ImageLocation
        let cached: ImageProbeCache.Entry?
    }

    /// What probing a job gave, and the cache entry to keep (`nil`: keep none).
    struct Outcome: Sendable {
        let probe: ImageProbe
        let entry: ImageProbeCache.Entry?
    }
}
