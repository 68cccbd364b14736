#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A TCP connection for `PlainHTTPClient`: a non-blocking socket whose every wait is a `poll` bounded by the read
/// timeout and the image's deadline, so a silent or trickling server costs at most that, and bytes are received
/// into the caller's buffer only (nothing is buffered here).
final class TCPConnection {
    /// Why a connection could not be made or used.
    enum Failure: Error {
        case hostNotFound, timeout, connectionFailed
    }

    private let descriptor: Int32
    private let readTimeout: TimeInterval
    private let deadline: Date

    private init(descriptor: Int32, readTimeout: TimeInterval, deadline: Date) {
        self.descriptor = descriptor
        self.readTimeout = readTimeout
        self.deadline = deadline
    }

    deinit { close(descriptor) }

    /// Connects to `host`:`port`, trying each address the name resolves to until one answers; waits at most
    /// `readTimeout` for each and never past `deadline`, which also bounds every later send and receive.
    static func open(
        host: String, port: UInt16, readTimeout: TimeInterval, deadline: Date
    ) throws(Failure) -> TCPConnection {
        var failure = Failure.connectionFailed
        for endpoint in try resolve(host: host, port: port, deadline: deadline) {
            let descriptor = socket(endpoint.family, endpoint.type, endpoint.protocol)
            guard descriptor >= 0 else { continue }
            let connection = TCPConnection(descriptor: descriptor, readTimeout: readTimeout, deadline: deadline)
            do throws(Failure) {
                try connection.connect(to: endpoint.address)
                return connection
            } catch {
                failure = error
                if error == .timeout, deadline.timeIntervalSinceNow <= 0 { break }
            }
        }
        throw failure
    }

    /// Sends all of `bytes`.
    func send(_ bytes: [UInt8]) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                sendWithoutSignal(descriptor, $0.baseAddress, $0.count)
            }
            if sent > 0 {
                offset += sent
            } else if sent < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR {
                try wait(for: Int16(POLLOUT))
            } else {
                throw .connectionFailed
            }
        }
    }

    /// Receives into `buffer` after its first `offset` bytes: the number of bytes received, 0 when the server
    /// closed the stream.
    func receive(into buffer: inout [UInt8], at offset: Int) throws(Failure) -> Int {
        while true {
            let count = buffer.withUnsafeMutableBytes {
                recv(descriptor, $0.baseAddress.map { $0 + offset }, $0.count - offset, 0)
            }
            if count >= 0 { return count }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { throw .connectionFailed }
            try wait(for: Int16(POLLIN))
        }
    }

    // MARK: - Connecting

    /// One address a host name resolved to, copied out of `getaddrinfo`'s list.
    private struct Endpoint: Sendable {
        let family: Int32
        let type: Int32
        let `protocol`: Int32
        let address: [UInt8]
    }

    /// A name lookup that may outlive the wait for it: `getaddrinfo` cannot be interrupted, so it runs on another
    /// thread and a caller past its deadline leaves it to finish alone.
    private final class Lookup: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var status: Int32 = 0
        var endpoints: [Endpoint] = []
    }

    private static func resolve(host: String, port: UInt16, deadline: Date) throws(Failure) -> [Endpoint] {
        let lookup = Lookup()
        DispatchQueue.global().async {
            var hints = addrinfo()
            hints.ai_family = AF_UNSPEC
            hints.ai_socktype = streamSocket
            var list: UnsafeMutablePointer<addrinfo>?
            lookup.status = getaddrinfo(host, String(port), &hints, &list)
            var node = list
            while let entry = node?.pointee {
                if let address = entry.ai_addr {
                    lookup.endpoints.append(
                        Endpoint(
                            family: entry.ai_family, type: entry.ai_socktype, protocol: entry.ai_protocol,
                            address: Array(UnsafeRawBufferPointer(start: address, count: Int(entry.ai_addrlen)))))
                }
                node = entry.ai_next
            }
            if list != nil { freeaddrinfo(list) }
            lookup.done.signal()
        }
        guard lookup.done.wait(timeout: .now() + max(0, deadline.timeIntervalSinceNow)) == .success else {
            throw .timeout
        }
        guard lookup.status == 0, !lookup.endpoints.isEmpty else { throw .hostNotFound }
        return lookup.endpoints
    }

    private func connect(to address: [UInt8]) throws(Failure) {
        let flags = fcntl(descriptor, F_GETFL, 0)
        guard flags >= 0, fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) >= 0 else { throw .connectionFailed }
        #if canImport(Darwin)
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        let result = address.withUnsafeBytes {
            $0.withMemoryRebound(to: sockaddr.self) {
                systemConnect(descriptor, $0.baseAddress, socklen_t(address.count))
            }
        }
        if result == 0 { return }
        guard errno == EINPROGRESS || errno == EINTR else { throw .connectionFailed }
        try wait(for: Int16(POLLOUT))
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &error, &length) == 0, error == 0 else {
            throw error == ETIMEDOUT ? .timeout : .connectionFailed
        }
    }

    /// Waits until the socket is ready for `events`: at most the read timeout, never past the deadline.
    private func wait(for events: Int16) throws(Failure) {
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw .timeout }
            let milliseconds = Int32((min(readTimeout, left) * 1000).rounded(.up))
            var entry = pollfd(fd: descriptor, events: events, revents: 0)
            let ready = poll(&entry, 1, max(1, milliseconds))
            if ready > 0 { return }
            if ready == 0 { throw .timeout }
            guard errno == EINTR else { throw .connectionFailed }
        }
    }
}

#if canImport(Glibc)
private let streamSocket = Int32(SOCK_STREAM.rawValue)
private let noSignal = Int32(MSG_NOSIGNAL)
#else
private let streamSocket = SOCK_STREAM
private let noSignal: Int32 = 0
#endif

/// `send` that never raises `SIGPIPE` when the server has gone.
private func sendWithoutSignal(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    send(descriptor, bytes, count, noSignal)
}

/// The C library's `connect`, which `TCPConnection.connect(to:)` would otherwise shadow.
private func systemConnect(_ descriptor: Int32, _ address: UnsafePointer<sockaddr>?, _ length: socklen_t) -> Int32 {
    connect(descriptor, address, length)
}
