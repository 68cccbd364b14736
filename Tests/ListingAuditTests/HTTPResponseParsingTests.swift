import Testing

@testable import ListingAudit

/// The plain HTTP client's parsing on bytes, however the network splits them: where a head ends, what a head says
/// and how its body is framed, and chunked bodies decoded a byte at a time as well as at once.
@Suite struct HTTPResponseParsingTests {
    @Test func theHeadsEndIsFoundWhereverTheBytesAreSplit() {
        for ending in ["\r\n\r\n", "\n\n", "\n\r\n"] {
            let bytes = Array("HTTP/1.1 200 OK\r\nContent-Type: image/png".utf8) + Array(ending.utf8) + [1, 2, 3]
            let expected = bytes.count - 3
            for split in 1...bytes.count {
                // The bytes so far, searched from where the previous search left off (as the client does).
                let first = HTTPResponseHead.end(of: bytes, count: split, searchingFrom: 0)
                let found = first
                    ?? HTTPResponseHead.end(of: bytes, count: bytes.count, searchingFrom: max(0, split - 2))
                #expect(found == expected, "ending \(Array(ending.utf8)), split at \(split)")
                if let first { #expect(first == expected && split >= expected) }
            }
        }
    }

    @Test func headsSayTheirStatusFieldsAndFraming() throws {
        func head(_ text: String) -> HTTPResponseHead? { HTTPResponseHead(ArraySlice(Array(text.utf8))) }
        let plain = try #require(
            head("HTTP/1.0 206 Partial\r\nContent-Range: bytes 0-9/99\r\ncontent-length: 10\r\n\r\n"))
        #expect(plain.status == 206 && plain.value("Content-Range") == "bytes 0-9/99")
        #expect(plain.value("CONTENT-LENGTH") == "10")
        guard case .length(10)? = plain.framing else {
            Issue.record("Content-Length framing")
            return
        }
        let chunked = try #require(
            head("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"))
        guard case .chunked? = chunked.framing else {
            Issue.record("the last coding chunked wins over Content-Length")
            return
        }
        let other = try #require(head("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\n"))
        guard case .untilClose? = other.framing else {
            Issue.record("a last coding other than chunked runs until close")
            return
        }
        let repeated = try #require(head("HTTP/1.1 200 OK\r\nContent-Length: 7, 7\r\n\r\n"))
        guard case .length(7)? = repeated.framing else {
            Issue.record("a repeated equal Content-Length")
            return
        }
        let none = try #require(head("HTTP/1.1 304 Not Modified\r\nContent-Length: 100\r\n\r\n"))
        guard case .empty? = none.framing else {
            Issue.record("304 has no body")
            return
        }
        #expect(head("HTTP/1.1 200 OK\r\nContent-Length: 1e3\r\n\r\n")?.framing == nil)
        #expect(head("HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n") == nil)
        #expect(head("HTTP/1.1 200 OK\r\n: no name\r\n\r\n") == nil)
        #expect(head("HTTP/1.1 20x OK\r\n\r\n") == nil)
        #expect(head("ICY 200 OK\r\n\r\n") == nil)
    }

    /// `body` in chunks of `sizes` (cycled), with a chunk extension on the first size line and a trailer.
    private func chunked(_ body: [UInt8], sizes: [Int]) -> [UInt8] {
        var out: [UInt8] = []
        var start = 0
        var index = 0
        while start < body.count {
            let end = min(body.count, start + sizes[index % sizes.count])
            out += Array("\(String(end - start, radix: 16, uppercase: index.isMultiple(of: 2)))".utf8)
            out += Array((index == 0 ? ";name=value\r\n" : "\r\n").utf8) + body[start..<end] + [13, 10]
            start = end
            index += 1
        }
        return out + Array("0\r\nTrailer: x\r\n\r\n".utf8)
    }

    private func decode(_ bytes: [UInt8], piece: Int) -> (body: [UInt8], progress: HTTPBodyFraming.Progress) {
        var decoder = ChunkedDecoder()
        var body: [UInt8] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + piece)
            let progress = decoder.decode(bytes[start..<end]) { data in
                body += data
                return false
            }
            if progress != .more { return (body, progress) }
            start = end
        }
        return (body, .more)
    }

    @Test func chunkedBodiesDecodeTheSameHoweverTheyArrive() {
        let body = (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let encoded = chunked(body, sizes: [1, 17, 255, 1024])
        for piece in [1, 2, 3, 7, 100, encoded.count] {
            let (decoded, progress) = decode(encoded, piece: piece)
            #expect(progress == .complete, "pieces of \(piece)")
            #expect(decoded == body, "pieces of \(piece)")
        }
    }

    @Test func brokenChunkingIsInvalidAndEnoughStopsEarly() {
        for broken in ["zz\r\n", "\r\n", "5\r\nabcdeXY", "5\r\nabcde\rX", "5\rX", "1234567890abcdef0\r\n"] {
            #expect(decode(Array(broken.utf8), piece: 1).progress == .invalid, "\(broken.debugDescription)")
        }
        let long = Array("5;".utf8) + Array(repeating: UInt8(ascii: "a"), count: ChunkedDecoder.maximumLine) + [13, 10]
        #expect(decode(long, piece: 64).progress == .invalid)
        var decoder = ChunkedDecoder()
        var seen = 0
        let progress = decoder.decode(ArraySlice(Array("3\r\nabc\r\n3\r\ndef\r\n0\r\n\r\n".utf8))) { data in
            seen += data.count
            return true
        }
        #expect(progress == .enough && seen == 3)
    }
}
