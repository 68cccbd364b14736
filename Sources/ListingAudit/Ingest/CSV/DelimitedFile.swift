/// Options for opening a delimited file; `nil` means detect.
public struct ReadOptions: Sendable {
    public var encoding: TextEncoding?
    public var delimiter: UInt8?
    /// Where to report how far reading has got, for a progress display; `nil` reports nothing.
    public var progress: ProgressReporter?
    /// The worksheet to read from a workbook (its name, or its number from 1); `nil` chooses by the header rows.
    public var sheet: String?

    public init(
        encoding: TextEncoding? = nil, delimiter: UInt8? = nil, progress: ProgressReporter? = nil, sheet: String? = nil
    ) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.progress = progress
        self.sheet = sheet
    }
}

/// An input file opened for streaming: its detected encoding and dialect, and a reader over its records.
///
/// Opening reads a bounded prefix (64 KiB) to reject files that are clearly not text (workbooks, archives,
/// binary data), detect the encoding (`EncodingDetector`) and the delimiter (from the first records); the prefix
/// is then replayed, so nothing is read twice from disk and standard input (`"-"`) works too. When the prefix is
/// all ASCII, the encoding is decided later, at the first non-ASCII byte (`LateEncodingSource`).
public final class DelimitedFile {
    /// Bytes examined for detection.
    static let prefixLength = 64 * 1024

    /// The path as given (`"-"` for standard input).
    public let path: String
    /// The encoding the file was decoded from. A file whose first 64 KiB are ASCII is decided at its first
    /// non-ASCII byte (`LateEncodingSource`): UTF-8 until then.
    public var encoding: TextEncoding { late?.encoding ?? detectedEncoding }
    private let detectedEncoding: TextEncoding
    private let late: LateEncodingSource?
    /// The delimiter and quote in use.
    public let dialect: CSVDialect
    /// The record reader (UTF-8 in, whatever the file's encoding).
    public let reader: CSVReader
    private let file: FileByteSource

    /// Opens `path` (`"-"` for standard input), detecting what `options` leaves open.
    /// - Throws: `IngestError.fileNotFound` / `.unreadable` when the file cannot be opened or read;
    ///   `.unusableInput` when it is clearly not text (e.g. an .xlsx workbook or binary data).
    public init(path: String, options: ReadOptions = ReadOptions()) throws(IngestError) {
        self.path = path
        file = try FileByteSource(path: path)
        if let reporter = options.progress { file.reportProgress(to: reporter) }
        let (raw, rawIsWhole) = try Self.readPrefix(file)
        if let verdict = NotTextDetector.signature(raw) {
            throw .unusableInput(location: SourceLocation(file: path, line: 1, column: 1), reason: verdict.reason)
        }
        let detected = options.encoding.map { chosen in
            EncodingDetector.Result(
                encoding: chosen, byteOrderMarkLength: EncodingDetector.byteOrderMarkLength(of: chosen, in: raw))
        } ?? EncodingDetector.detect(raw, isWholeInput: rawIsWhole)
        detectedEncoding = detected.encoding
        let bytes = PrefixedByteSource(prefix: raw.dropFirst(detected.byteOrderMarkLength), rest: file)
        let asciiSoFar = options.encoding == nil && !rawIsWhole && raw.withUnsafeBufferPointer(UTF8Validation.isASCII)
        late = asciiSoFar ? LateEncodingSource(base: bytes) : nil
        let text: ByteSource = switch detected.encoding {
        case .utf8: late ?? bytes
        case .utf16LE: UTF16ByteSource(base: bytes, bigEndian: false)
        case .utf16BE: UTF16ByteSource(base: bytes, bigEndian: true)
        case .gb18030: GB18030ByteSource(base: bytes)
        }
        let (sample, sampleIsWhole) = try Self.readPrefix(text)
        let delimiter = options.delimiter ?? DelimiterSniffer.detect(sample, isWholeInput: sampleIsWhole)
        dialect = CSVDialect(delimiter: delimiter)
        if let verdict = NotTextDetector.controlBytes(sample, fileSize: sampleIsWhole && rawIsWhole ? raw.count : nil) {
            let (line, column) = NotTextDetector.position(of: verdict.offset, in: sample, delimiter: delimiter)
            let location = SourceLocation(file: path, line: line, column: column)
            throw .unusableInput(
                location: location, reason: NotTextDetector.damagedWorkbook(named: path) ?? verdict.reason)
        }
        reader = CSVReader(source: PrefixedByteSource(prefix: sample, rest: text), dialect: dialect)
    }

    /// The next record, or `nil` at the end.
    public func next() throws(IngestError) -> CSVRecord? { try reader.next() }

    /// Bytes read from the file so far, in the file's own encoding (for progress reports).
    public var bytesRead: Int { file.bytesRead }

    /// Reads up to `prefixLength` bytes; also says whether that is the whole input.
    private static func readPrefix(_ source: ByteSource) throws(IngestError) -> ([UInt8], Bool) {
        var prefix: [UInt8] = []
        while prefix.count < prefixLength {
            if try source.read(into: &prefix, maximum: prefixLength - prefix.count) == 0 { return (prefix, true) }
        }
        return (prefix, false)
    }
}
