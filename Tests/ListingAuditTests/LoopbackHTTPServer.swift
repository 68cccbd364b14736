import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for the image probe tests: each connection on its own
/// thread, one response per connection (`Connection: close`), and a behaviour per path that the test chooses. It
/// counts requests per path and the most requests in flight at once.
final class LoopbackHTTPServer: @unchecked Sendable {
    /// A request as the server read it.
    struct Request: Sendable {
        let path: String
        let headers: [String: String]

        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    /// What the server does for a path.
    enum Behaviour: Sendable {
        /// Answers `status` with `body`; with `ranges`, honours `Range: bytes=a-b` with a 206; `etag` answers a
        /// matching `If-None-Match` with 304.
        case body(
            [UInt8], status: Int = 200, contentType: String? = "image/jpeg", ranges: Bool = true, etag: String? = nil)
        /// Waits `seconds` before answering with `body`.
        case slow(seconds: Double, [UInt8])
        /// Sends `body` one byte every `interval` seconds (slowloris).
        case trickle([UInt8], interval: Double)
        /// Sends `prefix` then zeros for ever, with `contentLength` declared (or none); `paced` at about 32 MB/s,
        /// else as fast as loopback takes them.
        case endless(prefix: [UInt8], contentLength: Int?, paced: Bool = true)
        /// Sends a head that never ends: a status line, then field lines for ever (1 byte every `interval` seconds,
        /// or as fast as loopback takes them when `nil`).
        case endlessHead(interval: Double?)
        /// Answers 200 with `body` in chunks of `chunk` bytes (`Transfer-Encoding: chunked`, with a chunk extension
        /// and a trailer); `cut` stops after that many chunks without the last one.
        case chunked([UInt8], chunk: Int, cut: Int? = nil)
        /// Redirects to `location`.
        case redirect(String)
        /// Answers 429 with `Retry-After: retryAfter` the first `times` requests, then `then`.
        case busy(times: Int, retryAfter: String?, then: [UInt8])
        /// Sends these bytes as they are, then closes.
        case raw([UInt8])
    }

    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var routes: [String: Behaviour] = [:]
    private var counts: [String: Int] = [:]
    private var lastRequests: [String: Request] = [:]
    /// Connections accepted whose answer has not started: the requests in flight.
    private var waiting = Set<Int32>()
    private(set) var mostOpen = 0
    private var stopped = false

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError.socket }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw ServerError.socket
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    enum ServerError: Error { case socket }

    /// The address of `path` on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func route(_ path: String, _ behaviour: Behaviour) { lock.withLock { routes[path] = behaviour } }

    /// Requests made for `path` so far.
    func requests(_ path: String) -> Int { lock.withLock { counts[path, default: 0] } }

    /// The last request made for `path`.
    func lastRequest(_ path: String) -> Request? { lock.withLock { lastRequests[path] } }

    /// Requests made for every path so far.
    var totalRequests: Int { lock.withLock { counts.values.reduce(0, +) } }

    func stop() {
        lock.withLock { stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptLoop() {
        while !isStopped {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                if isStopped { return }
                continue
            }
            let thread = Thread { [self] in
                serve(connection)
                lock.withLock { _ = waiting.remove(connection) }
                close(connection)
            }
            lock.withLock {
                waiting.insert(connection)
                mostOpen = max(mostOpen, waiting.count)
            }
            thread.start()
        }
    }

    // MARK: - One connection

    private func serve(_ connection: Int32) {
        guard let request = readRequest(connection) else { return }
        let behaviour: Behaviour? = lock.withLock {
            counts[request.path, default: 0] += 1
            lastRequests[request.path] = request
            return routes[request.path]
        }
        let count = requests(request.path)
        switch behaviour {
        case nil:
            respond(connection, status: 404, headers: [:], body: Array("not found".utf8))
        case let .body(bytes, status, contentType, ranges, etag)?:
            var headers: [String: String] = [:]
            if let contentType { headers["Content-Type"] = contentType }
            if let etag {
                headers["ETag"] = etag
                if request.header("If-None-Match") == etag {
                    respond(connection, status: 304, headers: headers, body: [])
                    return
                }
            }
            if ranges, status == 200, let range = request.header("Range"), let (start, end) = Self.range(range) {
                let last = min(end, bytes.count - 1)
                headers["Content-Range"] = "bytes \(start)-\(last)/\(bytes.count)"
                respond(connection, status: 206, headers: headers, body: Array(bytes[start...last]))
            } else {
                respond(connection, status: status, headers: headers, body: bytes)
            }
        case let .slow(seconds, bytes)?:
            Thread.sleep(forTimeInterval: seconds)
            respond(connection, status: 200, headers: ["Content-Type": "image/png"], body: bytes)
        case let .trickle(bytes, interval)?:
            guard send(connection, head(200, ["Content-Length": "\(bytes.count)"])) else { return }
            for byte in bytes {
                Thread.sleep(forTimeInterval: interval)
                guard send(connection, [byte]), !isStopped else { return }
            }
        case let .endless(prefix, contentLength, paced)?:
            var headers = ["Content-Type": "image/png"]
            if let contentLength { headers["Content-Length"] = "\(contentLength)" }
            guard send(connection, head(200, headers)), send(connection, prefix) else { return }
            let zeros = [UInt8](repeating: 0, count: 16_384)
            var sent = 0
            // Until the client hangs up (or a generous cap, so a broken client cannot keep the test running); paced,
            // at about 32 MB/s (a fast link), or at loopback speed for the hostile-server tests.
            while sent < 1 << 30, !isStopped, send(connection, zeros) {
                sent += zeros.count
                if paced { Thread.sleep(forTimeInterval: 0.0005) }
            }
        case let .endlessHead(interval)?:
            guard send(connection, Array("HTTP/1.1 200 OK\r\n".utf8)) else { return }
            let line = Array("X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".utf8)
            var sent = 0
            while sent < 1 << 30, !isStopped {
                if let interval {
                    guard send(connection, [line[sent % line.count]]) else { return }
                    sent += 1
                    Thread.sleep(forTimeInterval: interval)
                } else {
                    guard send(connection, line) else { return }
                    sent += line.count
                }
            }
        case let .chunked(bytes, chunk, cut)?:
            var out = head(200, ["Content-Type": "image/png", "Transfer-Encoding": "chunked"])
            var start = 0
            var chunks = 0
            while start < bytes.count {
                if let cut, chunks == cut { break }
                let end = min(bytes.count, start + chunk)
                let size = Array("\(String(end - start, radix: 16));part=\(chunks)\r\n".utf8)
                out += size + bytes[start..<end] + [13, 10]
                start = end
                chunks += 1
            }
            if cut == nil { out += Array("0\r\nX-Trailer: done\r\n\r\n".utf8) }
            _ = send(connection, out)
        case let .redirect(location)?:
            respond(connection, status: 302, headers: ["Location": location], body: [])
        case let .busy(times, retryAfter, bytes)?:
            if count <= times {
                respond(connection, status: 429, headers: retryAfter.map { ["Retry-After": $0] } ?? [:], body: [])
            } else {
                respond(connection, status: 200, headers: ["Content-Type": "image/png"], body: bytes)
            }
        case let .raw(bytes)?:
            _ = send(connection, bytes)
        }
    }

    private func readRequest(_ connection: Int32) -> Request? {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while buffer.count < 65_536 {
            let count = recv(connection, &chunk, chunk.count, 0)
            // A TLS handshake (a client speaking https to this plain server) is refused at once.
            guard count > 0, !(buffer.isEmpty && chunk[0] == 0x16) else { return nil }
            buffer += chunk[0..<count]
            if let end = Self.headerEnd(buffer) {
                let text = String(decoding: buffer[0..<end], as: UTF8.self)
                let lines = text.components(separatedBy: "\r\n")
                let parts = lines.first?.split(separator: " ") ?? []
                guard parts.count >= 2 else { return nil }
                var headers: [String: String] = [:]
                for line in lines.dropFirst() {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
                        .trimmingCharacters(in: .whitespaces)
                }
                return Request(path: String(parts[1]), headers: headers)
            }
        }
        return nil
    }

    private static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }

    /// `bytes=a-b` or `bytes=a-`.
    private static func range(_ value: String) -> (Int, Int)? {
        guard value.hasPrefix("bytes=") else { return nil }
        let parts = value.dropFirst(6).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Int(parts[0]) else { return nil }
        return (start, Int(parts[1]) ?? Int.max)
    }

    private func head(_ status: Int, _ headers: [String: String]) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(status < 400 ? "OK" : "Error")\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        return Array((text + "\r\n").utf8)
    }

    private func respond(_ connection: Int32, status: Int, headers: [String: String], body: [UInt8]) {
        var headers = headers
        headers["Content-Length"] = "\(body.count)"
        _ = send(connection, head(status, headers) + body)
    }

    /// Sends all of `bytes`; `false` once the client has gone (no SIGPIPE: `MSG_NOSIGNAL`). The request is no longer
    /// in flight once its answer starts: counting it until the server thread has closed the connection would race
    /// with a client that got the answer, closed, and already opened its next connection.
    private func send(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
        lock.withLock { _ = waiting.remove(connection) }
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }
}
