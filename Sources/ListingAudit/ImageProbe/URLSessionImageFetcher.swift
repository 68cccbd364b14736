import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches the first bytes of `https://` images through Foundation's `URLSession` (TLS is not ours to write): a
/// range request for no more than `maximumBytes`, stopped as soon as the header and the hashed prefix are in hand,
/// at most the redirects the caller allows, and each image bounded by the caller's deadline.
///
/// Memory: what this fetcher keeps is bounded by `HeaderCollector`, but Foundation on Linux buffers what libcurl
/// has read before a cancellation lands, so a server flooding a fast link can make one transfer hold more than the
/// cap for a moment. The job queue therefore runs at most `ImageProbeOptions.secureConcurrency` of these at once;
/// `http://` addresses use `PlainHTTPClient`, whose memory is fixed whatever the server sends.
///
/// Each image gets a `URLSession` of its own, ended as soon as the probe has what it needs. Starting, cancelling
/// and ending a task are handed to another thread: Foundation's URL loading on Linux runs them on queues that a
/// server flooding a connection can hold up for seconds, and the probe must still end on time.
final class URLSessionImageFetcher: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// One request in flight; guarded by the fetcher's lock.
    private final class Transfer {
        var collector: HeaderCollector
        var response: HTTPURLResponse?
        var redirects = 0
        let redirectLimit: Int
        var stoppedEarly = false
        var error: Error?
        let done = DispatchSemaphore(value: 0)

        init(limit: Int, redirectLimit: Int) {
            collector = HeaderCollector(limit: limit)
            self.redirectLimit = redirectLimit
        }
    }

    private let options: ImageProbeOptions
    private let lock = NSLock()
    private var transfers: [ObjectIdentifier: Transfer] = [:]
    private let configuration: URLSessionConfiguration

    init(options: ImageProbeOptions) {
        self.options = options
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.readTimeout
        configuration.timeoutIntervalForResource = options.imageTimeout + 1
        configuration.httpMaximumConnectionsPerHost = max(1, options.perHost)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpAdditionalHeaders = ["User-Agent": options.userAgent, "Accept": "image/*"]
        self.configuration = configuration
    }

    /// Fetches `url` for `address`, giving up at `deadline` and after `redirects` redirects; `validators` make it a
    /// conditional request.
    func fetch(
        _ url: URL, address: String, deadline: Date, redirects: Int, validators: HTTPImageFetcher.Validators?
    ) -> HTTPImageFetcher.Response {
        var request = URLRequest(url: url)
        request.setValue("bytes=0-\(options.maximumBytes - 1)", forHTTPHeaderField: "Range")
        if let etag = validators?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let date = validators?.lastModified { request.setValue(date, forHTTPHeaderField: "If-Modified-Since") }
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: configuration, delegate: self, delegateQueue: queue)
        let task = session.dataTask(with: request)
        let transfer = Transfer(limit: options.maximumBytes, redirectLimit: redirects)
        lock.withLock { transfers[ObjectIdentifier(task)] = transfer }
        DispatchQueue.global().async { task.resume() }
        let wait = deadline.timeIntervalSinceNow
        let timedOut = transfer.done.wait(timeout: .now() + max(0, wait)) == .timedOut
        // The session holds its delegate (this fetcher) until it is invalidated.
        DispatchQueue.global().async { session.invalidateAndCancel() }
        return lock.withLock {
            transfers[ObjectIdentifier(task)] = nil
            return response(of: transfer, address: address, timedOut: timedOut)
        }
    }

    /// The probe a finished transfer gives.
    private func response(
        of transfer: Transfer, address: String, timedOut: Bool
    ) -> HTTPImageFetcher.Response {
        let http = transfer.response
        let failure: ImageProbe.Failure?
        if timedOut, !transfer.stoppedEarly {
            failure = .timeout
        } else if let error = transfer.error, !transfer.stoppedEarly {
            failure = Self.failure(of: error)
        } else {
            failure = nil
        }
        if let failure {
            return HTTPImageFetcher.Response(probe: ImageProbe(address: address, outcome: .failed(failure)))
        }
        let complete = !transfer.stoppedEarly && transfer.collector.bytes.count < options.maximumBytes
        return HTTPImageFetcher.response(
            address: address, status: http?.statusCode ?? 0, field: { http?.value(forHTTPHeaderField: $0) },
            collector: transfer.collector, complete: complete)
    }

    /// The failure a URL loading error stands for.
    private static func failure(of error: Error) -> ImageProbe.Failure {
        guard let code = (error as? URLError)?.code else { return .connectionFailed }
        switch code {
        case .timedOut: return .timeout
        case .cannotFindHost, .dnsLookupFailed: return .hostNotFound
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return .secureConnection
        case .httpTooManyRedirects, .redirectToNonExistentLocation: return .tooManyRedirects
        case .badServerResponse, .cannotParseResponse, .cannotDecodeRawData, .cannotDecodeContentData,
            .zeroByteResource:
            return .invalidResponse
        default: return .connectionFailed
        }
    }

    // MARK: - URLSessionDataDelegate

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let transfer = lock.withLock { transfers[ObjectIdentifier(dataTask)] }
        let http = response as? HTTPURLResponse
        lock.withLock { transfer?.response = http }
        // Only a successful answer's body is read; an error page is not an image.
        let wanted = http.map { (200..<300).contains($0.statusCode) } ?? false
        completionHandler(wanted ? .allow : .cancel)
        if !wanted { stop(transfer) }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let transfer: Transfer? = lock.withLock {
            guard let transfer = transfers[ObjectIdentifier(dataTask)], !transfer.stoppedEarly else { return nil }
            return transfer.collector.append(data) ? transfer : nil
        }
        guard let transfer else { return }
        stop(transfer)
    }

    /// Ends `transfer` here: what it has is all the probe needs, and the caller need not wait for the connection
    /// to wind down (a server that keeps sending would otherwise hold the probe until it stops).
    private func stop(_ transfer: Transfer?) {
        guard let transfer else { return }
        let first: Bool = lock.withLock {
            defer { transfer.stoppedEarly = true }
            return !transfer.stoppedEarly
        }
        if first { transfer.done.signal() }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        let allowed: Bool = lock.withLock {
            guard let transfer = transfers[ObjectIdentifier(task)] else { return false }
            transfer.redirects += 1
            return transfer.redirects <= transfer.redirectLimit
        }
        // Declining the redirect ends the task with the 3xx response, reported as too many redirects.
        completionHandler(allowed ? request : nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        let transfer: Transfer? = lock.withLock {
            guard let transfer = transfers[ObjectIdentifier(task)], !transfer.stoppedEarly else { return nil }
            transfer.error = error
            if transfer.response == nil, let http = task.response as? HTTPURLResponse { transfer.response = http }
            return transfer
        }
        transfer?.done.signal()
    }
}
