import Foundation
import Testing
@testable import ListingAudit

/// Records cut into chunks on the reading thread (`RecordChunker`) and parsed chunk by chunk must be the records the
/// whole-file reader gives, with the same lines and issues, wherever the cuts fall: a chunk that ends inside a
/// quoted field, between CR and LF or between a quote and its double would split or join records.
@Suite struct RecordChunkerTests {
    private typealias Row = RecordRow

    /// The data records of `bytes` (the header aside) as one reader reads them.
    private func whole(_ bytes: [UInt8]) throws -> [Row] {
        let reader = CSVReader(source: MemoryByteSource(bytes), chunkSize: 1 << 16)
        _ = try reader.next()
        var rows: [Row] = []
        while let record = try reader.next() { rows.append(Row(record)) }
        return rows
    }

    /// The data records of `bytes`: the header read by a reader reading `readSize` bytes at a time, the rest cut into
    /// chunks of about `target` bytes, each parsed on its own; also each chunk's bytes.
    /// `source`, when given, serves the bytes (else memory does).
    private func chunked(
        _ bytes: [UInt8], target: Int, readSize: Int, source: ByteSource? = nil
    ) throws -> (rows: [Row], chunks: [[UInt8]]) {
        let reader = CSVReader(source: source ?? MemoryByteSource(bytes), chunkSize: readSize)
        _ = try reader.next()
        let chunker = reader.handOver(target: target)
        var rows: [Row] = []
        var chunks: [[UInt8]] = []
        while let chunk = try chunker.next() {
            chunks.append(chunk.bytes)
            chunk.forEachRecord { rows.append(Row($0.record)) }
        }
        if let rest = chunker.sequentialRest {
            while let record = try rest.next() { rows.append(Row(record)) }
        }
        #expect(try reader.next() == nil)
        return (rows, chunks)
    }

    /// A record longer than a chunk may hold (a field of 8 MiB here) hands the rest of the file to a reader of its
    /// own: the records before it, it and those after it are the whole-file reader's, with their lines and issues.
    @Test func aRecordTooLongToChunkHandsTheRestToOneReader() throws {
        var bytes = Array("id,a,b\n".utf8)
        for row in 0..<500 { bytes += Array("\(row),x,\"y\ny\"\r\n".utf8) }
        bytes += Array("long,\"".utf8)
        while bytes.count < 9 << 20 { bytes += Array("中文 \"\" text\nmore text\r\n".utf8) }
        bytes += Array("end\",after\n".utf8)
        for row in 0..<500 { bytes += Array("\(row),\"z\",w\n".utf8) }
        let expected = try whole(bytes)
        let (rows, chunks) = try chunked(bytes, target: 1 << 12, readSize: 1 << 16)
        // Compared as one value, so a failure prints the counts and lines, not 8 MiB of text.
        let same = rows == expected
        #expect(same, "\(rows.count) rows, lines \(rows.map(\.line).prefix(3))… against \(expected.count)")
        #expect(expected.count == 1_001 && expected[500].issues.map(\.kind) == [.fieldTooLong])
        #expect(chunks.allSatisfy { $0.count <= RecordChunker.longestChunkedRecord })
    }

    /// A quote never closed in a large file: the chunker hands the rest over instead of reading it into memory, so
    /// 384 MiB of such a field, made as they are read, raise the peak memory of a process doing nothing else by far
    /// less than that. It runs in a child process (an exit test): the suites running beside it in this process would
    /// count in this one's peak.
    @Test func anUnclosedQuoteIsNotReadIntoOneChunk() async {
        await #expect(processExitsWith: .success) {
            let source = EndlessLines(size: 384 << 20)
            let before = EndlessLines.peakMiB()
            let reader = CSVReader(source: PrefixedByteSource(prefix: Array("id,text\n1,\"".utf8), rest: source))
            _ = try reader.next()
            let chunker = reader.handOver()
            #expect(try chunker.next() == nil)
            let rest = try #require(chunker.sequentialRest)
            let record = try #require(try rest.next())
            #expect(source.left == 0 && record.line == 2)
            #expect(record.issues.map(\.kind) == [.unterminatedQuote, .fieldTooLong])
            let after = EndlessLines.peakMiB()
            #expect(after - before < 192, "peak memory grew from \(before) MiB to \(after) MiB")
        }
    }

    /// Cells whose quotes and line breaks a cut must respect, and bytes the per-record repairs must see whole.
    private static let cells = [
        "ab", "中文", "", "x y", "\"q,r\"", "\"a\"\"b\"", "\"l1\r\nl2\"", "\"l1\nl2\"", "\"cr\rin\"", "s\"t", "\"c\"d",
        "\"\"", "\"\"\"\"", "\u{FEFF}bom", "nul\u{0}", "9.5", "\"\n\"", "\"x\r\"",
    ]

    /// Random records over `cells` with LF, CRLF and lone CR line ends and blank lines; the last one sometimes without
    /// a line end, sometimes with a quote never closed, sometimes with invalid UTF-8.
    private func randomExport(seed: UInt64) -> [UInt8] {
        var random = SeededGenerator(seed: seed)
        var bytes = Array("id,a,b\r\n".utf8)
        for _ in 0..<(1 + random.below(14)) {
            let fields = (0..<(1 + random.below(6))).map { _ in Self.cells[random.below(Self.cells.count)] }
            bytes += Array(fields.joined(separator: ",").utf8)
            if random.below(8) == 0 { bytes += [0xFF] }
            bytes += Array(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"][random.below(5)].utf8)
        }
        switch random.below(4) {
        case 0: bytes += Array("last,\"no end".utf8)
        case 1: bytes += Array("last,row".utf8)
        case 2: bytes += Array("\"quoted\",last\"".utf8)
        default: break
        }
        return bytes
    }

    @Test func chunkedRecordsAreTheWholeFileRecordsWhateverTheChunkAndReadSizes() throws {
        for seed in UInt64(1)...40 {
            let bytes = randomExport(seed: seed)
            let expected = try whole(bytes)
            for readSize in [1, 3, 8, 1 << 16] {
                for target in Array(1...24) + [64, 1 << 19] {
                    let (rows, chunks) = try chunked(bytes, target: target, readSize: readSize)
                    #expect(rows == expected, "seed \(seed), read size \(readSize), target \(target)")
                    // Every chunk but the last ends a record: after a line break, never between CR and LF.
                    for (index, chunk) in chunks.enumerated().dropLast() {
                        let ends = chunk.last == 0x0A || chunk.last == 0x0D
                        #expect(ends, "seed \(seed), read size \(readSize), target \(target), chunk \(index)")
                        let next = chunks[index + 1]
                        #expect(!(chunk.last == 0x0D && next.first == 0x0A), "seed \(seed), target \(target)")
                    }
                }
            }
        }
    }

    /// A file's bytes are read straight into the chunker's buffer (`DirectByteSource`), and a buffer fuller than a
    /// read is appended to instead: the records are the whole-file reader's whatever the read size and target, from
    /// the file alone and after a prefix already read, and every chunk but the last ends a record.
    @Test func chunksReadStraightFromAFileHoldTheWholeFileRecords() throws {
        for seed in UInt64(41)...52 {
            let bytes = randomExport(seed: seed)
            let path = TestPaths.scratch.appendingPathComponent("chunker-\(UUID().uuidString).csv").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let expected = try whole(bytes)
            for readSize in [1, 3, 8, 1 << 16] {
                for target in [1, 2, 5, 11, 24, 1 << 19] {
                    for split in [0, 4] {
                        let file = try FileByteSource(path: path)
                        let source: ByteSource = split == 0
                            ? file : PrefixedByteSource(prefix: bytes[..<split], rest: file.skipping(split))
                        #expect(source.direct != nil)
                        let (rows, chunks) = try chunked(bytes, target: target, readSize: readSize, source: source)
                        let context = "seed \(seed), read size \(readSize), target \(target), prefix \(split)"
                        #expect(rows == expected, "\(context)")
                        for (index, chunk) in chunks.enumerated().dropLast() {
                            #expect(chunk.last == 0x0A || chunk.last == 0x0D, "\(context), chunk \(index)")
                            #expect(!(chunk.last == 0x0D && chunks[index + 1].first == 0x0A), "\(context)")
                        }
                    }
                }
            }
        }
    }

    @Test func aQuoteAtTheCutIsReadWithTheByteAfterIt() throws {
        // Cuts fall on every byte: on the doubled quote, on the closing quote before a line end, on a quote that
        // opens a field at a record's start.
        let bytes = Array("h1,h2\n\"a\"\"\nb\",c\n\"\"\"\r\n\",d\r\n\"e\"\r\nf,\"g\n\"".utf8)
        let expected = try whole(bytes)
        #expect(expected.map(\.line) == [2, 4, 6, 7])
        #expect(expected[0].fields == ["a\"\nb", "c"])
        #expect(expected[1].fields == ["\"\r\n", "d"])
        for target in 1...bytes.count {
            #expect(try chunked(bytes, target: target, readSize: 4).rows == expected, "target \(target)")
        }
    }

    @Test func aHeaderEndingInACRCutFromItsLFStartsNoBlankRecord() throws {
        // The reader's read ends between the header's CR and LF: the LF belongs to the header's line end.
        let bytes = Array("id,x\r\n1,a\r\n2,b".utf8)
        let expected = try whole(bytes)
        #expect(expected.map(\.line) == [2, 3])
        for readSize in 1...bytes.count {
            #expect(try chunked(bytes, target: 3, readSize: readSize).rows == expected, "read size \(readSize)")
        }
    }

    @Test func aRecordLongerThanTheTargetStaysWhole() throws {
        let long = String(repeating: "x,\"y\ny\",", count: 50)
        let bytes = Array("h\n1,\(long)\n2\n".utf8)
        let (rows, chunks) = try chunked(bytes, target: 8, readSize: 16)
        #expect(rows == (try whole(bytes)))
        #expect(rows.map(\.line) == [2, 53])
        #expect(chunks.first?.starts(with: Array("1,\(long)\n".utf8)) == true)
    }
}
