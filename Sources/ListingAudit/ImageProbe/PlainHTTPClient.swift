import Foundation

/// One `http://` request for an image's first bytes, over a socket of our own rather than `URLSession`, so that what
/// a hostile server sends cannot grow memory: the head is read into a fixed buffer (at most
/// `HTTPResponseHead.maximumBytes`), the body through the same buffer into a `HeaderCollector` (at most
/// `maximumBytes`), and the connection is closed as soon as the collector has enough, the body ends, or the
/// deadline passes. Content-Length, chunked and close-delimited bodies are read; redirects are returned to the
/// caller, which follows them.
struct PlainHTTPClient {
    /// What one request came to.
    enum Exchange {
        /// A final response.
        case response(HTTPImageFetcher.Response)
        /// A redirect to this `Location` (not yet resolved against the request's address).
        case redirect(String)
    }

    /// The bytes received at once.
    static let bufferSize = 16_384

    let options: ImageProbeOptions

    /// Requests `url` for `address` (a range of at most `maximumBytes`), ending by `deadline`; `validators` make the
    /// request conditional.
    func fetch(
        _ url: URL, address: String, deadline: Date, validators: HTTPImageFetcher.Validators?
    ) -> Exchange {
        // An IPv6 literal may come with its brackets.
        let host = url.host.map { $0.hasPrefix("[") && $0.hasSuffix("]") ? String($0.dropFirst().dropLast()) : $0 }
        guard let host, !host.isEmpty, let request = request(for: url, host: host, validators: validators),
            let port = UInt16(exactly: url.port ?? 80)
        else { return Self.failed(address, .invalidResponse) }
        do throws(TCPConnection.Failure) {
            let connection = try TCPConnection.open(
                host: host, port: port, readTimeout: options.readTimeout, deadline: deadline)
            try connection.send(request)
            return try read(from: connection, address: address)
        } catch {
            switch error {
            case .hostNotFound: return Self.failed(address, .hostNotFound)
            case .timeout: return Self.failed(address, .timeout)
            case .connectionFailed: return Self.failed(address, .connectionFailed)
            }
        }
    }

    /// The request's bytes: a `GET` of the address's path and query with the range, user agent and validators, or
    /// `nil` when a part could not be sent as it is (a control byte in a validator or the path).
    private func request(for url: URL, host: String, validators: HTTPImageFetcher.Validators?) -> [UInt8]? {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: true)
        var target = components?.percentEncodedPath ?? "/"
        if target.isEmpty { target = "/" }
        if let query = components?.percentEncodedQuery { target += "?" + query }
        var authority = host.contains(":") ? "[\(host)]" : host
        if let port = url.port, port != 80 { authority += ":\(port)" }
        var fields = [
            ("Host", authority), ("User-Agent", options.userAgent), ("Accept", "image/*"),
            ("Accept-Encoding", "identity"), ("Range", "bytes=0-\(options.maximumBytes - 1)"),
            ("Connection", "close"),
        ]
        if let etag = validators?.etag { fields.append(("If-None-Match", etag)) }
        if let date = validators?.lastModified { fields.append(("If-Modified-Since", date)) }
        // A control byte inside a value (a damaged cache's ETag) would split the request: such a request is not sent.
        let values = [target] + fields.map(\.1)
        guard values.allSatisfy({ $0.utf8.allSatisfy { $0 >= 32 || $0 == 9 } }) else { return nil }
        var text = "GET \(target) HTTP/1.1\r\n"
        for (name, value) in fields { text += "\(name): \(value)\r\n" }
        return Array((text + "\r\n").utf8)
    }

    /// Reads the response on `connection`: the head (skipping interim 1xx heads), then as much of a 2xx body as the
    /// probe needs. Error bodies are never read.
    private func read(from connection: TCPConnection, address: String) throws(TCPConnection.Failure) -> Exchange {
        var buffer = [UInt8](repeating: 0, count: Self.bufferSize)
        var filled = 0
        var searched = 0
        var head: HTTPResponseHead
        var bodyStart: Int
        while true {
            if let end = HTTPResponseHead.end(of: buffer, count: filled, searchingFrom: searched) {
                guard let parsed = HTTPResponseHead(buffer[0..<end]) else {
                    return Self.failed(address, .invalidResponse)
                }
                guard (100..<200).contains(parsed.status) else {
                    head = parsed
                    bodyStart = end
                    break
                }
                // An interim response (100 Continue, 103 Early Hints): the real one follows.
                for index in end..<filled { buffer[index - end] = buffer[index] }
                filled -= end
                searched = 0
                continue
            }
            searched = max(0, filled - 2)
            guard filled < buffer.count else { return Self.failed(address, .invalidResponse) }
            let count = try connection.receive(into: &buffer, at: filled)
            guard count > 0 else { return Self.failed(address, .invalidResponse) }
            filled += count
        }
        if [301, 302, 303, 307, 308].contains(head.status), let location = head.value("Location") {
            return .redirect(location)
        }
        var collector = HeaderCollector(limit: options.maximumBytes)
        var progress = HTTPBodyFraming.Progress.complete
        if (200..<300).contains(head.status) {
            guard var framing = head.framing else { return Self.failed(address, .invalidResponse) }
            progress = framing.consume(buffer[bodyStart..<filled], into: &collector)
            while progress == .more {
                let count = try connection.receive(into: &buffer, at: 0)
                progress = count == 0 ? framing.atClose : framing.consume(buffer[0..<count], into: &collector)
            }
            if progress == .invalid { return Self.failed(address, .invalidResponse) }
            if progress == .truncated { return Self.failed(address, .connectionFailed) }
        }
        let complete = progress == .complete && collector.bytes.count < options.maximumBytes
        return .response(
            HTTPImageFetcher.response(
                address: address, status: head.status, field: head.value, collector: collector, complete: complete))
    }

    /// A request that ended in `failure`.
    private static func failed(_ address: String, _ failure: ImageProbe.Failure) -> Exchange {
        .response(HTTPImageFetcher.Response(probe: ImageProbe(address: address, outcome: .failed(failure))))
    }
}
