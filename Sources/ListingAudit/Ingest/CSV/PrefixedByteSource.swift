/// Replays bytes already read for detection, then continues with the underlying source.
final class PrefixedByteSource: ByteSource, DirectByteSource {
    private var prefix: [UInt8]
    private var offset = 0
    private let rest: ByteSource

    init<Bytes: Collection<UInt8>>(prefix: Bytes, rest: ByteSource) {
        self.prefix = Array(prefix)
        self.rest = rest
    }

    func read(into buffer: inout [UInt8], maximum: Int) throws(IngestError) -> Int {
        guard offset < prefix.count else { return try rest.read(into: &buffer, maximum: maximum) }
        let count = min(maximum, prefix.count - offset)
        buffer.append(contentsOf: prefix[offset..<offset + count])
        advance(by: count)
        return count
    }

    /// Itself when the underlying source copies directly (the prefix is copied once, as `read` copies it).
    var direct: DirectByteSource? { rest.direct == nil ? nil : self }

    /// `read(into:maximum:)` into `destination`: the prefix, then the underlying source's bytes, copied straight there
    /// when it copies directly, else read into an array first.
    func copyBytes(to destination: UnsafeMutablePointer<UInt8>, maximum: Int) throws(IngestError) -> Int {
        guard offset < prefix.count else {
            if let direct = rest.direct { return try direct.copyBytes(to: destination, maximum: maximum) }
            var bytes: [UInt8] = []
            let got = try rest.read(into: &bytes, maximum: maximum)
            if got > 0 { bytes.withUnsafeBufferPointer { destination.initialize(from: $0.baseAddress!, count: got) } }
            return got
        }
        let count = min(maximum, prefix.count - offset)
        prefix.withUnsafeBufferPointer { destination.initialize(from: $0.baseAddress! + offset, count: count) }
        advance(by: count)
        return count
    }

    /// Moves past `count` bytes of the prefix, letting it go once all are read.
    private func advance(by count: Int) {
        offset += count
        if offset == prefix.count {
            prefix = []
            offset = 0
        }
    }
}
