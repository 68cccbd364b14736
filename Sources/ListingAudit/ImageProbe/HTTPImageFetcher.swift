import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches the first bytes of images over HTTP(S): a range request for no more than `maximumBytes`, stopped as soon
/// as the header and the hashed prefix are in hand, whatever the server sends (it may ignore the range, never end
/// the body, or trickle it); at most `maximumRedirects` redirects; and each image bounded by `imageTimeout` and the
/// run's deadline.
///
/// Each image gets a `URLSession` of its own, ended as soon as the probe has what it needs. Starting, cancelling
/// and ending a task are handed to another thread: Foundation's URL loading on Linux runs them on queues that a
/// server flooding a connection can hold up for seconds, and the probe must still end on time.
final class HTTPImageFetcher: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// What one request gave.
    struct Response {
        var probe: ImageProbe
        /// The validators to revalidate a cached probe with.
        var etag: String?
        var lastModified: String?
        /// The server said the cached copy is current (304).
        var notModified = false
        /// `Retry-After`, in seconds, for a 429 or 503.
        var retryAfter: TimeInterval?
    }

    /// One request in flight; guarded by the fetcher's lock.
    private final class Transfer {
        var collector: HeaderCollector
        var response: HTTPURLResponse?
        var redirects = 0
        var stoppedEarly = false
        var error: Error?
        let done = DispatchSemaphore(value: 0)

        init(limit: Int) { collector = HeaderCollector(limit: limit) }
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

    /// Fetches `url` for `address`, giving up at `deadline`; `validators` make it a conditional request.
    func fetch(
        _ url: URL, address: String, deadline: Date, validators: (etag: String?, lastModified: String?)?
    ) -> Response {
        var request = URLRequest(url: url)
        request.setValue("bytes=0-\(options.maximumBytes - 1)", forHTTPHeaderField: "Range")
        if let etag = validators?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let date = validators?.lastModified { request.setValue(date, forHTTPHeaderField: "If-Modified-Since") }
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: configuration, delegate: self, delegateQueue: queue)
        let task = session.dataTask(with: request)
        let transfer = Transfer(limit: options.maximumBytes)
        lock.withLock { transfers[ObjectIdentifier(task)] = transfer }
        DispatchQueue.global().async { task.resume() }
        let wait = min(options.imageTimeout, deadline.timeIntervalSinceNow)
        let timedOut = transfer.done.wait(timeout: .now() + max(0, wait)) == .timedOut
        // The session holds its delegate (this fetcher) until it is invalidated.
        DispatchQueue.global().async { session.invalidateAndCancel() }
        return lock.withLock {
            transfers[ObjectIdentifier(task)] = nil
            return response(of: transfer, address: address, timedOut: timedOut)
        }
    }

    /// The probe a finished transfer gives.
    private func response(of transfer: Transfer, address: String, timedOut: Bool) -> Response {
        let http = transfer.response
        let status = http?.statusCode ?? 0
        var probe = ImageProbe(address: address, outcome: .fetched)
        probe.contentType = http?.value(forHTTPHeaderField: "Content-Type")
        var result = Response(probe: probe)
        result.etag = http?.value(forHTTPHeaderField: "ETag")
        result.lastModified = http?.value(forHTTPHeaderField: "Last-Modified")
        if timedOut, !transfer.stoppedEarly {
            result.probe.outcome = .failed(.timeout)
            return result
        }
        if let error = transfer.error, !transfer.stoppedEarly {
            result.probe.outcome = .failed(Self.failure(of: error, redirects: transfer.redirects))
            return result
        }
        switch status {
        case 304:
            result.notModified = true
        case 200..<300:
            let complete = !transfer.stoppedEarly && transfer.collector.bytes.count < options.maximumBytes
            let (header, hash) = transfer.collector.finish(complete: complete)
            result.probe.header = header
            result.probe.prefixHash = hash
            result.probe.byteSize = Self.totalSize(http, status: status)
                ?? (complete ? transfer.collector.bytes.count : nil)
        case 300..<400:
            result.probe.outcome = .failed(.tooManyRedirects)
        case 400..<600:
            result.probe.outcome = .status(status)
            if status == 429 || status == 503 {
                result.retryAfter = http?.value(forHTTPHeaderField: "Retry-After").flatMap(Self.seconds(retryAfter:))
            }
        default:
            result.probe.outcome = .failed(.invalidResponse)
        }
        return result
    }

    /// The whole file's size: the total of `Content-Range`, or a full response's `Content-Length`.
    private static func totalSize(_ response: HTTPURLResponse?, status: Int) -> Int? {
        if let range = response?.value(forHTTPHeaderField: "Content-Range"),
            let slash = range.lastIndex(of: "/"), let total = Int(range[range.index(after: slash)...]), total >= 0
        {
            return total
        }
        guard status == 200, response?.value(forHTTPHeaderField: "Content-Encoding") == nil,
            let length = response?.value(forHTTPHeaderField: "Content-Length").flatMap({ Int($0) }), length >= 0
        else { return nil }
        return length
    }

    /// `Retry-After` as seconds from now: a number of seconds, or an HTTP date.
    static func seconds(retryAfter value: String) -> TimeInterval? {
        let text = value.trimmingWhitespace()
        if let seconds = Int(text) { return TimeInterval(max(0, seconds)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text).map { max(0, $0.timeIntervalSinceNow) }
    }

    /// The failure a URL loading error stands for.
    private static func failure(of error: Error, redirects: Int) -> ImageProbe.Failure {
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
            return transfer.redirects <= options.maximumRedirects
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
