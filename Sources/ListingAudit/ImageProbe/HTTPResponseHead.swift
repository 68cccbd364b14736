/// An HTTP/1.x response's status line and header fields, parsed from bytes and checked strictly: a head that is not
/// HTTP/1.x, has a field line without a name and colon, a control byte in a value, or a folded line is refused.
struct HTTPResponseHead {
    /// The most bytes a head may take; a longer one is an invalid response.
    static let maximumBytes = 16_384

    let status: Int
    /// The header fields in order, names lowercased.
    private let fields: [(name: String, value: String)]

    /// The head in `bytes` (the status line and field lines, up to and without the blank line), or `nil` when it is
    /// not a valid HTTP/1.x head.
    init?(_ bytes: ArraySlice<UInt8>) {
        var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map { line in
            line.last == 13 ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first, let status = Self.status(first) else { return nil }
        var fields: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: 58), colon > line.startIndex,
                line[..<colon].allSatisfy(Self.isTokenByte),
                line[(colon + 1)...].allSatisfy({ $0 == 9 || ($0 >= 32 && $0 != 127) })
            else { return nil }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingWhitespace()
            fields.append((name, value))
        }
        self.status = status
        self.fields = fields
    }

    /// The first value of the field `name` (any case).
    func value(_ name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name == wanted }?.value
    }

    /// Every value of the field `name` (any case), comma-separated lists split.
    func values(_ name: String) -> [String] {
        let wanted = name.lowercased()
        return fields.filter { $0.name == wanted }.flatMap {
            $0.value.split(separator: ",").map { String($0).trimmingWhitespace() }
        }
    }

    /// Where the head in `bytes[..<count]` ends (the index after its blank line), searching from `start`; `nil`
    /// while it has not ended. Bare line feeds are accepted as line ends.
    static func end(of bytes: [UInt8], count: Int, searchingFrom start: Int) -> Int? {
        var index = max(0, start)
        while index + 1 < count {
            if bytes[index] == 10 {
                if bytes[index + 1] == 10 { return index + 2 }
                if bytes[index + 1] == 13, index + 2 < count, bytes[index + 2] == 10 { return index + 3 }
            }
            index += 1
        }
        return nil
    }

    /// How the body after this head is delimited, or `nil` when the head's framing is invalid (a negative or
    /// conflicting `Content-Length`).
    var framing: HTTPBodyFraming? {
        if status == 204 || status == 304 || (100..<200).contains(status) { return .empty }
        let codings = values("Transfer-Encoding")
        if !codings.isEmpty {
            return codings.last?.lowercased() == "chunked" ? .chunked(ChunkedDecoder()) : .untilClose
        }
        let lengths = values("Content-Length")
        guard let first = lengths.first else { return .untilClose }
        guard first.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let length = Int(first),
            lengths.allSatisfy({ $0 == first })
        else { return nil }
        return .length(length)
    }

    /// The status of `HTTP/1.x NNN reason`, or `nil` for any other line.
    private static func status(_ line: ArraySlice<UInt8>) -> Int? {
        let prefix = Array("HTTP/1.".utf8)
        let bytes = Array(line)
        guard bytes.count >= 12, bytes.starts(with: prefix), (48...57).contains(bytes[7]), bytes[8] == 32,
            bytes[9...11].allSatisfy({ $0 >= 48 && $0 <= 57 }), bytes.count == 12 || bytes[12] == 32
        else { return nil }
        return bytes[9...11].reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    /// Whether `byte` may be in a field name (an RFC 9110 token character).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 48...57, 65...90, 97...122: true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default: false
        }
    }
}

/// How a response body is delimited, and how much of it is left.
enum HTTPBodyFraming {
    /// No body (204, 304).
    case empty
    /// `Content-Length`: this many bytes are left.
    case length(Int)
    /// `Transfer-Encoding: chunked`.
    case chunked(ChunkedDecoder)
    /// The body runs until the server closes the connection.
    case untilClose

    /// What reading the body has come to.
    enum Progress: Equatable {
        /// More body may follow.
        case more
        /// The body ended.
        case complete
        /// The collector has all the bytes it needs; the rest is not read.
        case enough
        /// The body's framing is broken (a bad chunk).
        case invalid
        /// The server closed the connection before the body's declared end.
        case truncated
    }

    /// Passes the body bytes in `bytes` to `collector`.
    mutating func consume(_ bytes: ArraySlice<UInt8>, into collector: inout HeaderCollector) -> Progress {
        switch self {
        case .empty:
            return .complete
        case .length(let left):
            let taken = bytes.prefix(left)
            if collector.append(taken) { return .enough }
            self = .length(left - taken.count)
            return left - taken.count == 0 ? .complete : .more
        case .chunked(var decoder):
            let progress = decoder.decode(bytes) { collector.append($0) }
            self = .chunked(decoder)
            return progress
        case .untilClose:
            return collector.append(bytes) ? .enough : .more
        }
    }

    /// What the server closing the connection means for the body: its end, or a body cut short.
    var atClose: Progress {
        switch self {
        case .empty, .untilClose: .complete
        case .length(let left): left == 0 ? .complete : .truncated
        case .chunked: .truncated
        }
    }
}

/// Decodes `Transfer-Encoding: chunked` as bytes arrive: chunk sizes in hex (extensions skipped, at most
/// `maximumLine` bytes per size line), chunk data handed on, and the zero-size chunk as the end (trailers are
/// not needed).
struct ChunkedDecoder {
    /// The longest chunk-size line accepted.
    static let maximumLine = 1024

    private enum State {
        case size(value: Int, digits: Int)
        case sizeExtension(value: Int, length: Int)
        case sizeLineFeed(value: Int)
        case data(left: Int)
        case dataCarriageReturn
        case dataLineFeed
    }

    private var state = State.size(value: 0, digits: 0)

    /// Decodes `bytes`, handing chunk data to `body`, which says when no more is needed.
    mutating func decode(
        _ bytes: ArraySlice<UInt8>, body: (ArraySlice<UInt8>) -> Bool
    ) -> HTTPBodyFraming.Progress {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch state {
            case .size(let value, let digits):
                if let digit = Self.hexDigit(byte) {
                    guard digits < 15 else { return .invalid }
                    state = .size(value: value * 16 + digit, digits: digits + 1)
                } else if digits > 0, byte == 13 {
                    state = .sizeLineFeed(value: value)
                } else if digits > 0, byte == 10 {
                    if let progress = endSize(value) { return progress }
                } else if digits > 0, byte == 59 || byte == 32 || byte == 9 {
                    state = .sizeExtension(value: value, length: digits + 1)
                } else {
                    return .invalid
                }
                index += 1
            case .sizeExtension(let value, let length):
                guard length < Self.maximumLine else { return .invalid }
                if byte == 13 {
                    state = .sizeLineFeed(value: value)
                } else if byte == 10 {
                    if let progress = endSize(value) { return progress }
                } else {
                    state = .sizeExtension(value: value, length: length + 1)
                }
                index += 1
            case .sizeLineFeed(let value):
                guard byte == 10 else { return .invalid }
                if let progress = endSize(value) { return progress }
                index += 1
            case .data(let left):
                let end = bytes.index(index, offsetBy: min(left, bytes.endIndex - index))
                let taken = end - index
                if body(bytes[index..<end]) { return .enough }
                state = left == taken ? .dataCarriageReturn : .data(left: left - taken)
                index = end
            case .dataCarriageReturn:
                if byte == 13 {
                    state = .dataLineFeed
                } else if byte == 10 {
                    state = .size(value: 0, digits: 0)
                } else {
                    return .invalid
                }
                index += 1
            case .dataLineFeed:
                guard byte == 10 else { return .invalid }
                state = .size(value: 0, digits: 0)
                index += 1
            }
        }
        return .more
    }

    /// After a chunk-size line: the end of the body for size 0, else the chunk's data next.
    private mutating func endSize(_ value: Int) -> HTTPBodyFraming.Progress? {
        if value == 0 { return .complete }
        state = .data(left: value)
        return nil
    }

    private static func hexDigit(_ byte: UInt8) -> Int? {
        switch byte {
        case 48...57: Int(byte - 48)
        case 65...70: Int(byte - 55)
        case 97...102: Int(byte - 87)
        default: nil
        }
    }
}
