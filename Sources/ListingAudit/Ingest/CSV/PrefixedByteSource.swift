/// Replays bytes already read for detection, then continues with the underlying source.
final class PrefixedByteSource: ByteSource {
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
        offset += count
        if offset == prefix.count {
            prefix = []
            offset = 0
        }
        return count
    }
}
