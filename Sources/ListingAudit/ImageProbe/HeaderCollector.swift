/// Gathers an image's first bytes as they arrive, up to `limit`, and says when there are enough: the header read
/// (or known unreadable) and the bytes for the content hash in hand.
struct HeaderCollector {
    /// The most bytes kept for one image.
    let limit: Int
    private(set) var bytes: [UInt8] = []
    private(set) var reading = HeaderReading.needMore
    /// The byte count at which the header is next tried: reading it again for every small chunk a slow server sends
    /// would be quadratic.
    private var nextTry = 16

    init(limit: Int) { self.limit = limit }

    /// Adds `chunk` (as much of it as the limit allows); `true` when no more bytes are needed.
    mutating func append<Bytes: Collection<UInt8>>(_ chunk: Bytes) -> Bool {
        let room = limit - bytes.count
        if room > 0 { bytes.append(contentsOf: chunk.prefix(room)) }
        if reading == .needMore, bytes.count >= nextTry || bytes.count >= limit {
            reading = ImageHeaderReader.read(bytes, complete: false)
            nextTry = max(nextTry * 2, bytes.count + 512)
        }
        return isEnough
    }

    /// Whether the header is decided and the hashed prefix is in hand, or the limit is reached.
    var isEnough: Bool {
        bytes.count >= limit || (reading != .needMore && bytes.count >= ImageProbe.hashedPrefix)
    }

    /// The header and prefix hash once reading has stopped; `complete` says the bytes are the whole file.
    func finish(complete: Bool) -> (header: ImageHeader?, hash: UInt64?) {
        let final = reading == .needMore ? ImageHeaderReader.read(bytes, complete: true) : reading
        guard case .header(let header) = final else { return (nil, nil) }
        // A prefix shorter than the hashed length identifies a file only when it is the whole file.
        let hashable = complete || bytes.count >= ImageProbe.hashedPrefix
        return (header, hashable ? ImageProbe.hash(prefixOf: bytes) : nil)
    }
}
