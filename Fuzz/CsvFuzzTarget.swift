// libFuzzer target for the CSV / encoding / format detection layer, on an in-memory file: what DelimitedFile does
// with a file (not-text verdicts, encoding detection with its transcoders, delimiter sniffing, records, header
// detection), plus the number grammar on every cell, and the record chunker the refund readers use (its chunks must
// join to the file). Compiled into the ListingAudit module by scripts/fuzz, so it reaches internal API. A crash,
// hang or leak is a finding; every ordinary outcome is fine.

func fuzzCSV(_ input: UnsafeBufferPointer<UInt8>) {
    let raw = Array(input)
    let size = raw.count
    if NotTextDetector.signature(raw) != nil { return }
    let detected = EncodingDetector.detect(raw, isWholeInput: true)
    let bytes = PrefixedByteSource(prefix: raw.dropFirst(detected.byteOrderMarkLength), rest: MemoryByteSource([]))
    let text: ByteSource = switch detected.encoding {
    case .utf8: raw.withUnsafeBufferPointer(UTF8Validation.isASCII) ? LateEncodingSource(base: bytes) : bytes
    case .utf16LE: UTF16ByteSource(base: bytes, bigEndian: false)
    case .utf16BE: UTF16ByteSource(base: bytes, bigEndian: true)
    case .gb18030: GB18030ByteSource(base: bytes)
    }
    var sample: [UInt8] = []
    do {
        while try text.read(into: &sample, maximum: 1 << 16) > 0 {}
    } catch {
        return
    }
    if NotTextDetector.controlBytes(sample) != nil { return }
    let delimiter = DelimiterSniffer.detect(sample, isWholeInput: true)
    // A small chunk size so records cross chunk ends.
    let reader = CSVReader(
        source: MemoryByteSource(sample), dialect: CSVDialect(delimiter: delimiter), chunkSize: 1 + size % 61)
    var first = true
    while let record = try? reader.next() {
        if first {
            _ = FormatDetector.detectFormat(header: HeaderIndex(record.fields))
            first = false
        }
        readCells(record)
    }
    chunkRecords(sample, dialect: CSVDialect(delimiter: delimiter), size: size)
}

/// `RecordChunker`, as the refund and order readers use it, over `sample` written to the scratch file (so that it
/// reads straight into its buffer, as from a shop's export) with a small target and read size, so that records,
/// CRLFs and quoted line breaks fall across reads and chunks. Each chunk's records are read in place. The chunks,
/// joined, must be the sample, byte for byte, up to where a record too long to cut hands the rest to a reader of
/// its own (whose records are read too): a byte lost or repeated between chunks is a finding.
private func chunkRecords(_ sample: [UInt8], dialect: CSVDialect, size: Int) {
    sample.withUnsafeBufferPointer(FuzzFile.write)
    guard let source = try? FileByteSource(path: FuzzFile.path) else { return }
    let chunker = RecordChunker(
        source: source, dialect: dialect, unread: [], line: 1, atEnd: false, skipLineFeed: false,
        target: 1 + size % 97, readSize: 1 + size % 13)
    var joined: [UInt8] = []
    while let chunk = try? chunker.next() {
        joined += chunk.bytes
        chunk.forEachRecord { _ in }
    }
    if let rest = chunker.sequentialRest {
        while (try? rest.next()) != nil {}
    } else if joined != sample {
        fatalError("RecordChunker: \(joined.count) bytes in chunks, \(sample.count) in the file")
    }
}
