import Foundation
import Testing
@testable import ListingAudit

/// The reader must give the same records and lines whatever the chunk size, since chunk ends fall anywhere:
/// inside quotes, between CR and LF, inside a UTF-8 character.
@Suite struct CSVReaderChunkingTests {
    private struct Row: Equatable {
        var line: Int
        var fields: [String]
        var issues: [CSVIssue]
    }

    private func read(_ bytes: [UInt8], chunkSize: Int, dialect: CSVDialect = .csv) throws -> ([Row], Int) {
        let reader = CSVReader(source: MemoryByteSource(bytes), dialect: dialect, chunkSize: chunkSize)
        var rows: [Row] = []
        while let record = try reader.next() {
            rows.append(Row(line: record.line, fields: record.fields, issues: record.issues))
        }
        return (rows, reader.blankLines)
    }

    private let tricky = Array(("\u{FEFF}sku,title,note\r\n1,\"a,b\",\"x\r\ny\"\r\r\n2,中文,\"say \"\"hi\"\"\"\r"
        + "3,\"\",end\n\n4,\"open\" tail,q\"uote\r\n5,\"never closed\nline").utf8)

    @Test func everyChunkSizeGivesTheSameRecords() throws {
        let (expected, blanks) = try read(tricky, chunkSize: 1 << 16)
        #expect(expected == [
            Row(line: 1, fields: ["sku", "title", "note"], issues: []),
            Row(line: 2, fields: ["1", "a,b", "x\r\ny"], issues: []),
            Row(line: 5, fields: ["2", "中文", "say \"hi\""], issues: []),
            Row(line: 6, fields: ["3", "", "end"], issues: []),
            Row(line: 8, fields: ["4", "open tail", "q\"uote"], issues: [
                CSVIssue(kind: .textAfterClosingQuote, line: 8, column: 2),
                CSVIssue(kind: .quoteInUnquotedField, line: 8, column: 3),
            ]),
            Row(line: 9, fields: ["5", "never closed\nline"], issues: [
                CSVIssue(kind: .unterminatedQuote, line: 9, column: 2),
            ]),
        ])
        #expect(blanks == 2)
        for chunkSize in 1...tricky.count + 1 {
            let (rows, blankLines) = try read(tricky, chunkSize: chunkSize)
            #expect(rows == expected, "chunk size \(chunkSize)")
            #expect(blankLines == blanks, "chunk size \(chunkSize)")
        }
    }

    /// A file's chunks are read straight into the parser (`DirectByteSource`), not through a buffer of the source's
    /// own: the records are those read from memory, whatever the chunk size, from the file alone and from a prefix
    /// already read followed by the file (as `DelimitedFile` reads its detection sample, then the rest).
    @Test func chunksReadStraightFromAFileGiveTheSameRecords() throws {
        let path = TestPaths.scratch.appendingPathComponent("chunks-\(UUID().uuidString).csv").path
        try Data(tricky).write(to: URL(fileURLWithPath: path))
        let (expected, blanks) = try read(tricky, chunkSize: 1 << 16)
        for chunkSize in 1...tricky.count + 1 {
            for split in [0, 5, tricky.count] {
                let file = try FileByteSource(path: path)
                let rest: ByteSource = split == 0 ? file : file.skipping(split)
                let source: ByteSource = split == 0 ? rest : PrefixedByteSource(prefix: tricky[..<split], rest: rest)
                #expect(source.direct != nil)
                let reader = CSVReader(source: source, dialect: .csv, chunkSize: chunkSize)
                var rows: [Row] = []
                while let record = try reader.next() {
                    rows.append(Row(line: record.line, fields: record.fields, issues: record.issues))
                }
                #expect(rows == expected, "chunk size \(chunkSize), prefix \(split)")
                #expect(reader.blankLines == blanks, "chunk size \(chunkSize), prefix \(split)")
            }
        }
        // A prefix before a source that reads into a buffer of its own does not copy directly.
        #expect(PrefixedByteSource(prefix: tricky[..<5], rest: MemoryByteSource(tricky)).direct == nil)
    }

    /// A quote never closed in a file that ends with a line end is a stray one: read again from the byte after it,
    /// the swallowed lines are rows exactly as the file holds them (doubled quotes stay doubled, CRLF ends a
    /// line), with their own lines, whatever the chunk size.
    @Test func theLinesAStrayQuoteSwallowedAreRowsWhateverTheChunkSize() throws {
        let bytes = Array("id,text\r\n1,\"a,b\r\n2,say \"\"hi\"\"\r\n\r\n3,c\n".utf8)
        let (expected, blanks) = try read(bytes, chunkSize: 4096)
        #expect(expected == [
            Row(line: 1, fields: ["id", "text"], issues: []),
            Row(line: 2, fields: ["1", "\"a", "b"], issues: [CSVIssue(kind: .strayQuote, line: 2, column: 2)]),
            Row(line: 3, fields: ["2", "say \"\"hi\"\""], issues: [
                CSVIssue(kind: .quoteInUnquotedField, line: 3, column: 2),
                CSVIssue(kind: .quoteInUnquotedField, line: 3, column: 2),
                CSVIssue(kind: .quoteInUnquotedField, line: 3, column: 2),
                CSVIssue(kind: .quoteInUnquotedField, line: 3, column: 2),
            ]),
            Row(line: 5, fields: ["3", "c"], issues: []),
        ])
        #expect(blanks == 1)
        for chunkSize in 1...bytes.count + 1 {
            let (rows, blankLines) = try read(bytes, chunkSize: chunkSize)
            #expect(rows == expected && blankLines == blanks, "chunk size \(chunkSize)")
        }
    }

    /// A sample cut from a file ends anywhere: a quote open at its end is a quoted field the sample cut, not a
    /// stray quote, and is not read again.
    @Test func aSampleIsNotReadAgainAfterAQuoteOpenAtItsEnd() throws {
        let bytes = Array("id,text\n1,\"first line\nsecond line\n".utf8)
        let reader = CSVReader(source: MemoryByteSource(bytes), isWholeInput: false)
        #expect(try reader.next()?.fields == ["id", "text"])
        let record = try #require(try reader.next())
        #expect(record.fields == ["1", "first line\nsecond line\n"])
        #expect(record.issues == [CSVIssue(kind: .unterminatedQuote, line: 2, column: 2)])
        #expect(try reader.next() == nil)
    }

    @Test func invalidBytesAreFoundWhateverTheChunkSize() throws {
        let bytes: [UInt8] = Array("a,b\n\"x\n".utf8) + [0xC3] + Array("\",ok\n€,".utf8) + [0xE2, 0x82]
        let (expected, _) = try read(bytes, chunkSize: 4096)
        #expect(expected == [
            Row(line: 1, fields: ["a", "b"], issues: []),
            Row(line: 2, fields: ["x\n\u{FFFD}", "ok"], issues: [CSVIssue(kind: .invalidEncoding, line: 3, column: 1)]),
            Row(line: 4, fields: ["€", "\u{FFFD}"], issues: [CSVIssue(kind: .invalidEncoding, line: 4, column: 2)]),
        ])
        for chunkSize in 1...bytes.count {
            #expect(try read(bytes, chunkSize: chunkSize).0 == expected, "chunk size \(chunkSize)")
        }
    }

    /// The fast path hands a record it cannot finish to the scanner at the field where it stopped; with one-byte
    /// chunks no record is read by the fast path whole, so every record must come out as the scanner alone reads
    /// it. Random records mix plain fields with quoted ones (delimiters, doubled quotes, line ends inside), stray
    /// quotes and text after a closing quote, at any field; simple quoted fields (which the fast path reads between
    /// their quotes) are empty, hold a delimiter, end a record or the input, or are followed by a quote or text.
    @Test func recordsTheFastPathHandsOnReadAsTheScannerAloneReadsThem() throws {
        let pieces = [
            "ab", "中文", "", "x y", "\"q,r\"", "\"a\"\"b\"", "\"l1\r\nl2\"", "s\"t", "\"c\"d", "9.5", "€", "\"\"",
            "\"\"\"\"", "\"引号\"", "\"cr\rin\"", "\"lf\nin\"", "\"q\"\"", "\"a, b, c, d, e, f, g\"", "\"open",
        ]
        for seed in UInt64(1)...60 {
            var random = SeededGenerator(seed: seed)
            var text = ""
            for _ in 0..<(1 + random.below(12)) {
                let fields = (0..<(1 + random.below(7))).map { _ in pieces[random.below(pieces.count)] }
                text += fields.joined(separator: ",") + ["\n", "\r\n", "\r"][random.below(3)]
            }
            if random.below(2) == 0 {
                text += ["plain", "\"quoted\"", "\"quoted, with comma\"", "a,\"\""][random.below(4)]
            }
            let bytes = Array(text.utf8)
            let scannerAlone = try read(bytes, chunkSize: 1)
            for chunkSize in [2, 5, 16, 1 << 16] {
                let (rows, blanks) = try read(bytes, chunkSize: chunkSize)
                #expect(rows == scannerAlone.0, "seed \(seed), chunk size \(chunkSize)")
                #expect(blanks == scannerAlone.1, "seed \(seed), chunk size \(chunkSize)")
            }
        }
    }

    @Test func charactersSplitByADelimiterDoNotJoin() throws {
        // E4 B8 | AD would be "中" if the fields were checked together.
        let (rows, _) = try read([0xE4, 0xB8, 0x2C, 0xAD], chunkSize: 2)
        #expect(rows.first?.fields == ["\u{FFFD}", "\u{FFFD}"])
        #expect(rows.first?.issues.count == 2)
    }

    @Test func heldRecordsStayIntactWhileReadingOn() throws {
        let reader = CSVReader(source: MemoryByteSource("a,b\nc,d\ne,f\n"), chunkSize: 2)
        let first = try #require(try reader.next())
        let second = try #require(try reader.next())
        let third = try #require(try reader.next())
        #expect([first.fields, second.fields, third.fields] == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(try reader.next() == nil)
        #expect(reader.bytesRead == 12)
    }

    /// A field past the limit keeps its first 2 MiB (to a character's start) and the records after it keep their
    /// lines, whatever the chunk size: the field is bounded while it is read (`FieldLimit.OpenField`), including
    /// when it ends, and the fields after it in the same stretch move back.
    @Test func aLongFieldIsCutTheSameWhileItIsRead() throws {
        var content = ""
        var lineBreaks = 0
        var generator = SeededGenerator(seed: 15)
        while content.utf8.count < 3 << 20 {
            switch generator.below(6) {
            case 0: content += "中文"
            case 1: content += "\""
            case 2: content += "\n"; lineBreaks += 1
            case 3: content += "\r\n"; lineBreaks += 1
            default: content += "plain text "
            }
        }
        let quoted = content.replacingOccurrences(of: "\"", with: "\"\"")
        let text = "id,text,n\n1,\"\(quoted)\",tail\n2,b,c\n3,\"x\ny\",d\n"
        let kept = Array(content.utf8)
        var keptEnd = FieldLimit.maximumBytes
        while kept[keptEnd] & 0xC0 == 0x80 { keptEnd -= 1 }
        let expected = [
            Row(line: 1, fields: ["id", "text", "n"], issues: []),
            Row(
                line: 2, fields: ["1", String(decoding: kept[..<keptEnd], as: UTF8.self), "tail"],
                issues: [CSVIssue(kind: .fieldTooLong, line: 2, column: 2)]),
            Row(line: 3 + lineBreaks, fields: ["2", "b", "c"], issues: []),
            Row(line: 4 + lineBreaks, fields: ["3", "x\ny", "d"], issues: []),
        ]
        for chunkSize in [1 << 12, 1 << 16, (1 << 20) + 7, 4 << 20] {
            let reader = CSVReader(source: MemoryByteSource(Array(text.utf8)), chunkSize: chunkSize)
            var rows: [Row] = []
            while let record = try reader.next() {
                rows.append(Row(line: record.line, fields: record.fields, issues: record.issues))
            }
            // Compared as one value, so a failure prints the lines and issues, not 2 MiB of text.
            let same = rows == expected
            #expect(same, "chunk size \(chunkSize): lines \(rows.map(\.line)), issues \(rows.map(\.issues))")
        }
    }

    @Test func fieldBytesCanBeVisitedWithoutStrings() throws {
        let reader = CSVReader(source: MemoryByteSource("id,名\n42,x\n"))
        let header = try #require(try reader.next())
        #expect(header.withUTF8(1) { Array($0) } == Array("名".utf8))
        #expect(header.withUTF8(7) { $0.count } == 0)
        let row = try #require(try reader.next())
        #expect(row.withUTF8(0) { $0.reduce(0) { $0 * 10 + Int($1 - 48) } } == 42)
    }
}

@Suite struct CSVReaderBoundsTests {
    @Test func anUnterminatedQuoteOverManyChunksIsReadInOnePass() throws {
        let body = [UInt8](repeating: UInt8(ascii: "x"), count: 4 << 20)
        let reader = CSVReader(source: MemoryByteSource(Array("id,text\n1,\"".utf8) + body), chunkSize: 1 << 12)
        #expect(try reader.next()?.fields == ["id", "text"])
        let record = try #require(try reader.next())
        // Read to the end in one pass, then cut to the longest field read whole.
        #expect(body.count > FieldLimit.maximumBytes)
        #expect(record.withUTF8(1) { $0.count } == FieldLimit.maximumBytes)
        #expect(record.issues == [
            CSVIssue(kind: .unterminatedQuote, line: 2, column: 2), CSVIssue(kind: .fieldTooLong, line: 2, column: 2),
        ])
        #expect(try reader.next() == nil)
    }

    /// A quote never closed in a large file costs the field's first 2 MiB, not the rest of the file: 384 MiB of
    /// it, made as they are read, raise the peak memory of a process doing nothing else by far less than that. It
    /// runs in a child process (an exit test): the suites running beside it in this process would count in this
    /// one's peak.
    @Test func anUnclosedQuoteDoesNotHoldTheRestOfTheFile() async {
        await #expect(processExitsWith: .success) {
            let source = EndlessLines(size: 384 << 20)
            let before = EndlessLines.peakMiB()
            let reader = CSVReader(source: PrefixedByteSource(prefix: Array("id,text\n1,\"".utf8), rest: source))
            #expect(try reader.next()?.fields == ["id", "text"])
            let record = try #require(try reader.next())
            #expect(source.left == 0)
            #expect(record.line == 2 && record.withUTF8(1) { $0.count } == FieldLimit.maximumBytes)
            let after = EndlessLines.peakMiB()
            #expect(after - before < 192, "peak memory grew from \(before) MiB to \(after) MiB")
        }
    }

    @Test func fileBytesReadCountsTheWholeFile() throws {
        let (file, _) = try ParsingCorpus.read("utf16le-tab.txt")
        let size = try FileManager.default.attributesOfItem(atPath: ParsingCorpus.path("utf16le-tab.txt"))[.size]
        #expect(file.bytesRead == size as? Int)
    }
}

extension FileByteSource {
    /// This source with its first `count` bytes read and dropped (the bytes a prefix before it holds).
    func skipping(_ count: Int) -> FileByteSource {
        var dropped: [UInt8] = []
        while dropped.count < count, (try? read(into: &dropped, maximum: count - dropped.count)) ?? 0 > 0 {}
        return self
    }
}
