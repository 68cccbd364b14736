import Foundation

/// One `https://` request for an image's first bytes through libcurl's easy interface (`LibCurl`), which does the
/// TLS, so that what a hostile server sends cannot grow memory: libcurl reads into its own fixed buffer and hands
/// each piece to callbacks of ours, which keep the head (at most `HTTPResponseHead.maximumBytes`, parsed as strictly
/// as `PlainHTTPClient`'s) and the body's first bytes in a `HeaderCollector` (at most `maximumBytes`), and stop the
/// transfer as soon as the collector has enough. Between the socket and those callbacks there is only libcurl's own
/// fixed receive buffer and the TLS record being decrypted; `URLSession` on Linux, by contrast, kept libcurl reading
/// into memory after a cancellation (measured: 0.75–2.35 GB with 16 flooding servers).
///
/// Redirects are returned to the caller (`CURLOPT_FOLLOWLOCATION` off), as `PlainHTTPClient` does. Timeouts:
/// connecting (name lookup and handshakes) within `readTimeout`, less than a byte a second for `readTimeout` seconds
/// fails, and the whole request ends by the deadline. The certificate is checked against the system's CAs, or
/// those in `ImageProbeOptions.certificateAuthorities`.
///
/// When `libcurl.so.4` cannot be loaded, or refuses one of these options, every `https://` image fails as a TLS
/// failure.
struct SecureHTTPClient {
    /// What the callbacks of one transfer gather; passed to them as their user data.
    private final class Transfer {
        var head: [UInt8] = []
        var final: HTTPResponseHead?
        var collector: HeaderCollector
        /// The head was not a valid HTTP/1.x head, or too long.
        var invalid = false
        /// The transfer was stopped by us with all the probe needs (the head of a response whose body is not read,
        /// or enough of the body).
        var enough = false

        init(limit: Int) { collector = HeaderCollector(limit: limit) }
    }

    let options: ImageProbeOptions

    /// Requests `url` for `address` (a range of at most `maximumBytes`), ending by `deadline`; `validators` make the
    /// request conditional.
    func fetch(
        _ url: URL, address: String, deadline: Date, validators: HTTPImageFetcher.Validators?
    ) -> PlainHTTPClient.Exchange {
        guard let curl = LibCurl.shared else { return Self.failed(address, .secureFetchUnavailable) }
        // The same request fields as `PlainHTTPClient` sends (libcurl adds `Host`; it closes the connection itself).
        var fields = ["Accept: image/*", "Accept-Encoding: identity", "Range: bytes=0-\(options.maximumBytes - 1)"]
        if let etag = validators?.etag { fields.append("If-None-Match: \(etag)") }
        if let date = validators?.lastModified { fields.append("If-Modified-Since: \(date)") }
        // A control byte inside a value (a damaged cache's ETag) would split the request: such a request is not sent;
        // nor is one for any scheme but https (libcurl would speak others).
        let values = [url.absoluteString] + fields
        guard url.scheme?.lowercased() == "https", values.allSatisfy({ $0.utf8.allSatisfy { $0 >= 32 || $0 == 9 } }),
            let handle = curl.easyInit()
        else { return Self.failed(address, .invalidResponse) }
        defer { curl.cleanup(handle) }
        var list: OpaquePointer?
        for field in fields { list = curl.listAppend(list, field) }
        defer { curl.listFree(list) }
        let transfer = Transfer(limit: options.maximumBytes)
        let remaining = max(1, Int(deadline.timeIntervalSinceNow * 1000))
        let code = withExtendedLifetime(transfer) { () -> Int32? in
            let context = UnsafeRawPointer(Unmanaged.passUnretained(transfer).toOpaque())
            typealias O = LibCurl.Option
            let connectTimeout = min(remaining, Int(options.readTimeout * 1000))
            let slowTime = max(1, Int(options.readTimeout.rounded(.up)))
            // libcurl copies string options, so the temporary C strings need live only for the call.
            var results = [
                curl.setPointer(handle, O.url, url.absoluteString),
                curl.setPointer(handle, O.userAgent, options.userAgent),
                curl.setPointer(handle, O.httpHeader, UnsafeRawPointer(list)),
                curl.setLong(handle, O.noSignal, 1),
                curl.setLong(handle, O.followLocation, 0),
                curl.setLong(handle, O.httpVersion, LibCurl.httpVersion1_1),
                curl.setLong(handle, O.connectTimeoutMilliseconds, connectTimeout),
                curl.setLong(handle, O.timeoutMilliseconds, remaining),
                curl.setLong(handle, O.lowSpeedLimit, 1),
                curl.setLong(handle, O.lowSpeedTime, slowTime),
                curl.setCallback(handle, O.headerFunction, Self.headerLine),
                curl.setPointer(handle, O.headerData, context),
                curl.setCallback(handle, O.writeFunction, Self.bodyPiece),
                curl.setPointer(handle, O.writeData, context),
            ]
            if let authorities = options.certificateAuthorities {
                results.append(curl.setPointer(handle, O.caInfo, authorities))
            }
            // An option this libcurl refuses: the transfer would not be bounded or checked as described.
            guard results.allSatisfy({ $0 == LibCurl.ok }) else { return nil }
            return curl.perform(handle)
        }
        guard let code else { return Self.failed(address, .secureConnection) }
        return exchange(of: transfer, code: code, address: address)
    }

    /// The exchange a finished transfer gives, from what the callbacks gathered and libcurl's result `code`.
    private func exchange(of transfer: Transfer, code: Int32, address: String) -> PlainHTTPClient.Exchange {
        if transfer.invalid { return Self.failed(address, .invalidResponse) }
        guard code == LibCurl.ok || (code == LibCurl.Code.stoppedByCallback && transfer.enough),
            let head = transfer.final
        else {
            if code == LibCurl.Code.couldNotResolveHost { return Self.failed(address, .hostNotFound) }
            if code == LibCurl.Code.timedOut { return Self.failed(address, .timeout) }
            if LibCurl.Code.secureConnection.contains(code) { return Self.failed(address, .secureConnection) }
            if LibCurl.Code.invalidReply.contains(code) { return Self.failed(address, .invalidResponse) }
            return Self.failed(address, .connectionFailed)
        }
        if [301, 302, 303, 307, 308].contains(head.status), let location = head.value("Location") {
            return .redirect(location)
        }
        let complete = code == LibCurl.ok && transfer.collector.bytes.count < options.maximumBytes
        return .response(
            HTTPImageFetcher.response(
                address: address, status: head.status, field: head.value, collector: transfer.collector,
                complete: complete))
    }

    /// The header callback: one line of a response head (a status line, a field line, or the blank line that ends
    /// the head). Returning anything but the line's length stops the transfer.
    private static let headerLine: LibCurl.Callback = { data, size, count, context in
        guard let data, let context else { return 0 }
        let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        let line = UnsafeRawBufferPointer(start: data, count: length)
        guard transfer.head.count + length <= HTTPResponseHead.maximumBytes else {
            transfer.invalid = true
            return 0
        }
        guard line.elementsEqual([13, 10]) || line.elementsEqual([10]) else {
            transfer.head.append(contentsOf: line)
            return length
        }
        guard let head = HTTPResponseHead(transfer.head[...]) else {
            transfer.invalid = true
            return 0
        }
        transfer.head = []
        // An interim response (100 Continue, 103 Early Hints): the real one follows.
        if (100..<200).contains(head.status) { return length }
        transfer.final = head
        // Only a successful answer's body is read; an error page or a redirect is not an image.
        guard (200..<300).contains(head.status) else {
            transfer.enough = true
            return 0
        }
        // A body whose framing is invalid (a negative or conflicting length) is not read, as by `PlainHTTPClient`.
        guard head.framing != nil else {
            transfer.invalid = true
            return 0
        }
        return length
    }

    /// The write callback: a piece of the (decoded) body, kept until the collector has enough.
    private static let bodyPiece: LibCurl.Callback = { data, size, count, context in
        guard let data, let context else { return 0 }
        let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
        let length = size * count
        guard !transfer.collector.append(UnsafeRawBufferPointer(start: data, count: length)) else {
            transfer.enough = true
            return 0
        }
        return length
    }

    /// A request that ended in `failure`.
    private static func failed(_ address: String, _ failure: ImageProbe.Failure) -> PlainHTTPClient.Exchange {
        .response(HTTPImageFetcher.Response(probe: ImageProbe(address: address, outcome: .failed(failure))))
    }
}
