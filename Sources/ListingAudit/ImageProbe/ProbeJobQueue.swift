import Foundation

extension ImageProber {
    /// Hands jobs to worker threads: the next job whose host has fewer than `perHost` requests in flight (and, for an
    /// `https://` job, while fewer than `secureConcurrency` of those are in flight), waiting when none may start.
    /// Collects the results and counts the requests.
    final class JobQueue: @unchecked Sendable {
        private let options: ImageProbeOptions
        private let condition = NSCondition()
        private var pending: [Job]
        private var inFlight: [String: Int] = [:]
        private var secureInFlight = 0
        private(set) var results: [(Job, Outcome)] = []
        private(set) var requests = 0
        private var failed = 0
        private let alreadyDone: Int
        private let total: Int
        private let deadline: Date

        init(jobs: [Job], options: ImageProbeOptions, alreadyDone: Int) {
            pending = jobs
            self.options = options
            self.alreadyDone = alreadyDone
            total = jobs.count + alreadyDone
            deadline = Date().addingTimeInterval(options.budget)
        }

        /// Runs every job on up to `concurrency` threads and returns when all are done.
        func run() {
            guard !pending.isEmpty else { return }
            let fetcher = HTTPImageFetcher(options: options)
            let group = DispatchGroup()
            for _ in 0..<max(1, min(options.concurrency, pending.count)) {
                group.enter()
                let thread = Thread { [self] in
                    while let job = next() {
                        finish(job, ImageProber.run(job, fetcher: fetcher, options: options, deadline: deadline) {
                            self.countRequest()
                        })
                    }
                    group.leave()
                }
                thread.stackSize = 1 << 20
                thread.start()
            }
            group.wait()
        }

        /// The next job a worker may start, or `nil` when none is left.
        private func next() -> Job? {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if pending.isEmpty { return nil }
                let limit = options.perHost
                let secureFree = secureInFlight < max(1, options.secureConcurrency)
                if let index = pending.firstIndex(where: {
                    isLocal($0) || (inFlight[$0.location.host, default: 0] < limit && (secureFree || !isSecure($0)))
                }) {
                    let job = pending.remove(at: index)
                    inFlight[job.location.host, default: 0] += 1
                    if isSecure(job) { secureInFlight += 1 }
                    return job
                }
                condition.wait()
            }
        }

        private func isLocal(_ job: Job) -> Bool {
            if case .local = job.location { return true }
            return false
        }

        private func isSecure(_ job: Job) -> Bool {
            if case .remote(let url) = job.location { return url.scheme?.lowercased() == "https" }
            return false
        }

        private func finish(_ job: Job, _ outcome: Outcome) {
            condition.lock()
            results.append((job, outcome))
            inFlight[job.location.host, default: 1] -= 1
            if isSecure(job) { secureInFlight -= 1 }
            if outcome.probe.isBroken { failed += 1 }
            let (done, failures) = (results.count + alreadyDone, failed)
            condition.broadcast()
            condition.unlock()
            options.progress?(done, total, failures)
        }

        private func countRequest() {
            condition.lock()
            requests += 1
            condition.unlock()
        }
    }

    /// Probes one job: reads a local file, or fetches a web address, retrying once after a 429 or 503.
    static func run(
        _ job: Job, fetcher: HTTPImageFetcher, options: ImageProbeOptions, deadline: Date,
        counted: () -> Void
    ) -> Outcome {
        let url: URL
        switch job.location {
        case .local(let path):
            return Outcome(
                probe: LocalImageReader.probe(address: job.address, path: path, limit: options.maximumBytes),
                entry: nil)
        case .remote(let remote):
            url = remote
        }
        guard deadline.timeIntervalSinceNow > 0 else {
            return Outcome(probe: ImageProbe(address: job.address, outcome: .notProbed), entry: nil)
        }
        let validators = job.cached.map { (etag: $0.etag, lastModified: $0.lastModified) }
        counted()
        var response = fetcher.fetch(url, address: job.address, deadline: deadline, validators: validators)
        if case .status(let code) = response.probe.outcome, code == 429 || code == 503 {
            let wait = min(response.retryAfter ?? options.retryBackoff, options.maximumRetryWait)
            if wait < deadline.timeIntervalSinceNow {
                Thread.sleep(forTimeInterval: wait)
                counted()
                response = fetcher.fetch(url, address: job.address, deadline: deadline, validators: validators)
            }
        }
        if response.notModified, var entry = job.cached {
            entry.checked = Date()
            return Outcome(probe: entry.probe, entry: entry)
        }
        let probe = response.probe
        guard probe.outcome == .fetched, probe.header != nil else { return Outcome(probe: probe, entry: nil) }
        let entry = ImageProbeCache.Entry(
            probe: probe, etag: response.etag, lastModified: response.lastModified, checked: Date())
        return Outcome(probe: probe, entry: entry)
    }
}
