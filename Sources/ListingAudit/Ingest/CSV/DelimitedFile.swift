/// Options for opening a delimited file; `nil` means detect.
public struct ReadOptions: Sendable {
    public var encoding: TextEncoding?
    public var delimiter: UInt8?

    public init(encoding: TextEncoding? = nil, delimiter: UInt8? = nil) {
        self.encoding = encoding
        self.delimiter = delimiter
    }
}

/// An input file opened for streaming: its detected encoding and dialect, and a reader over its records.
public final class DelimitedFile {
    /// The path as given.
    public let path: String
    /// The encoding the file was decoded from.
    public let encoding: TextEncoding
    /// The delimiter and quote in use.
    public let dialect: CSVDialect
    /// The record reader (UTF-8 in, whatever the file's encoding).
    public let reader: CSVReader

    /// Opens `path`, detecting what `options` leaves open.
    /// - Throws: `IngestError.fileNotFound` / `.unreadable` when the file cannot be opened.
    public init(path: String, options: ReadOptions = ReadOptions()) throws(IngestError) {
        self.path = path
        let source = try FileByteSource(path: path)
        // Detection reads a bounded prefix; the prefix is replayed to the reader.
        var prefix: [UInt8] = []
        while prefix.count < 64 * 1024, try source.read(into: &prefix, maximum: 64 * 1024 - prefix.count) > 0 {}
        encoding = options.encoding ?? .utf8
        dialect = CSVDialect(delimiter: options.delimiter ?? DelimiterSniffer.detect(prefix))
        reader = CSVReader(source: PrefixedByteSource(prefix: prefix, rest: source), dialect: dialect)
    }

    /// The next record, or `nil` at the end.
    public func next() throws(IngestError) -> CSVRecord? { try reader.next() }
}

/// Replays bytes already read for detection, then continues with the underlying source.
final class PrefixedByteSource: ByteSource {
    private var prefix: [UInt8]
    private var offset = 0
    private let rest: ByteSource

    init(prefix: [UInt8], rest: ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    func read(into buffer: inout [UInt8], maximum: Int) throws(IngestError) -> Int {
        if offset < prefix.count {
            let count = min(maximum, prefix.count - offset)
            buffer.append(contentsOf: prefix[offset..<offset + count])
            offset += count
            if offset == prefix.count { prefix = [] ; offset = Int.max }
            return count
        }
        return try rest.read(into: &buffer, maximum: maximum)
    }
}
