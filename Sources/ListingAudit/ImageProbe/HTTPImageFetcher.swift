import Foundation

/// Fetches the first bytes of web images: `http://` with `PlainHTTPClient` (our own HTTP/1.1 over a socket),
/// `https://` with `SecureHTTPClient` (libcurl's easy interface, for TLS); with either, the memory one image costs is
/// bounded whatever the server sends. Redirects are followed across both, at most `maximumRedirects` and never to an
/// address already visited; the whole exchange, redirects included, ends by `imageTimeout` and the run's deadline.
final class HTTPImageFetcher: Sendable {
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

    /// The cached probe's validators, which make a request conditional.
    typealias Validators = (etag: String?, lastModified: String?)

    private let options: ImageProbeOptions

    init(options: ImageProbeOptions) {
        self.options = options
    }

    /// Fetches `url` for `address`, giving up at `deadline` or after `imageTimeout`, whichever is sooner.
    func fetch(_ url: URL, address: String, deadline: Date, validators: Validators?) -> Response {
        let end = min(deadline, Date().addingTimeInterval(options.imageTimeout))
        let plain = PlainHTTPClient(options: options)
        let secure = SecureHTTPClient(options: options)
        var current = url
        var visited: Set<String> = [url.absoluteString]
        var redirects = 0
        while true {
            let exchange =
                current.scheme?.lowercased() == "http"
                ? plain.fetch(current, address: address, deadline: end, validators: validators)
                : secure.fetch(current, address: address, deadline: end, validators: validators)
            switch exchange {
            case .response(let response):
                return response
            case .redirect(let location):
                redirects += 1
                guard redirects <= options.maximumRedirects,
                    let next = URL(string: location, relativeTo: current)?.absoluteURL, next.host != nil,
                    ["http", "https"].contains(next.scheme?.lowercased() ?? ""),
                    visited.insert(next.absoluteString).inserted
                else {
                    return Response(probe: ImageProbe(address: address, outcome: .failed(.tooManyRedirects)))
                }
                current = next
            }
        }
    }

    /// The probe of a final (not followed) response with status `status`, header fields `field` (by name, any
    /// case) and the body's first bytes in `collector`; `complete` says the body ended before the byte cap.
    static func response(
        address: String, status: Int, field: (String) -> String?, collector: HeaderCollector, complete: Bool
    ) -> Response {
        var probe = ImageProbe(address: address, outcome: .fetched)
        probe.contentType = field("Content-Type")
        var result = Response(probe: probe)
        result.etag = field("ETag")
        result.lastModified = field("Last-Modified")
        switch status {
        case 304:
            result.notModified = true
        case 200..<300:
            let (header, hash) = collector.finish(complete: complete)
            result.probe.header = header
            result.probe.prefixHash = hash
            result.probe.byteSize = totalSize(field, status: status) ?? (complete ? collector.bytes.count : nil)
        case 300..<400:
            result.probe.outcome = .failed(.tooManyRedirects)
        case 400..<600:
            result.probe.outcome = .status(status)
            if status == 429 || status == 503 {
                result.retryAfter = field("Retry-After").flatMap(seconds(retryAfter:))
            }
        default:
            result.probe.outcome = .failed(.invalidResponse)
        }
        return result
    }

    /// The whole file's size: the total of `Content-Range`, or a full response's `Content-Length`.
    private static func totalSize(_ field: (String) -> String?, status: Int) -> Int? {
        if let range = field("Content-Range"),
            let slash = range.lastIndex(of: "/"), let total = Int(range[range.index(after: slash)...]), total >= 0
        {
            return total
        }
        guard status == 200, field("Content-Encoding") == nil,
            let length = field("Content-Length").flatMap({ Int($0) }), length >= 0
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
}
