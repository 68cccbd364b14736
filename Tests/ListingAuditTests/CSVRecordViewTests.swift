import Foundation
import Testing
@testable import ListingAudit

/// Records read as views (`CSVParser.forEachRecordView`: in place in the bytes read when they need no work) must be the
/// records `CSVReader.next()` builds — lines, cells, issues, blank lines — and a chunk of a transaction export read
/// through views must hold the rows, refusals and repair counts the `CSVRecord` path gives, whatever the rows hold.
@Suite struct CSVRecordViewTests {
    private typealias Row = RecordRow

    /// Cells with quotes, delimiters, line breaks, stray quotes, text after a closing quote, spaces to trim, a BOM,
    /// NUL and bytes that are not UTF-8; `;` and tab stand for the other dialects' delimiters.
    private static let cells: [[UInt8]] = [
        "ab", " x y ", "", "\t", "中文", "\"q,r\"", "\"q;r\"", "\"q\tr\"", "\"a\"\"b\"", "\"l1\r\nl2\"", "\"l1\nl2\"",
        "\"cr\rin\"", "s\"t", "\"c\"d", "\"\"", "\"\"\"\"", "\u{FEFF}bom", "nul\u{0}x", " 9.5 ", "\"\n\"", "\"x\r\"",
        "a;b", "a\tb",
    ].map { Array($0.utf8) } + [[0xFF, 0x41], [0xC3]]

    /// Hand-written rows that take each path: plain, quoted, blank, repaired, short, long, CR/LF/CRLF.
    private static let fixed: [String] = [
        "\u{FEFF}id,a,b\nplain,row,here\n\n \n\"q,\"\"x\"\"\",\"l\r\nm\",z\r\nshort\rlong,1,2,3,,\t\n",
        "a,b\r\n\r\n\r\nx\"y,\"c\"d,\"e\"\"\n1, 2 ,3 \"\n\"never closed,4\n5,6",
        "h\n,,,\n , ,\t\n1,2,3,4,5,6,7,8\nlast",
    ]

    /// Random rows over `cells` joined by `delimiter`, with every line end and blank lines; a BOM first sometimes,
    /// and the last row sometimes without a line end or with a quote never closed.
    private func randomBytes(seed: UInt64, delimiter: UInt8) -> [UInt8] {
        var random = SeededGenerator(seed: seed)
        var bytes: [UInt8] = random.below(4) == 0 ? [0xEF, 0xBB, 0xBF] : []
        for _ in 0..<(1 + random.below(16)) {
            for field in 0..<(1 + random.below(7)) {
                if field > 0 { bytes.append(delimiter) }
                bytes += Self.cells[random.below(Self.cells.count)]
            }
            bytes += Array(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r"][random.below(6)].utf8)
        }
        switch random.below(3) {
        case 0: bytes += Array("tail,\"open".utf8)
        case 1: bytes += Array("tail,end".utf8)
        default: break
        }
        return bytes
    }

    /// The inputs compared: the hand-written ones and random ones, in each dialect.
    private func inputs() -> [(bytes: [UInt8], dialect: CSVDialect)] {
        var all = Self.fixed.map { (Array($0.utf8), CSVDialect.csv) }
        for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] {
            for seed in UInt64(1)...60 {
                all.append((randomBytes(seed: seed, delimiter: delimiter), CSVDialect(delimiter: delimiter)))
            }
        }
        return all
    }

    /// Every record `next()` gives, and the blank lines it skipped.
    private func built(_ reader: CSVReader) throws -> (rows: [Row], blank: Int) {
        var rows: [Row] = []
        while let record = try reader.next() { rows.append(Row(record)) }
        return (rows, reader.blankLines)
    }

    /// Every record `forEachRecordView` gives, made a `CSVRecord`, and the blank lines it skipped.
    private func viewed(_ reader: CSVReader) throws -> (rows: [Row], blank: Int) {
        var rows: [Row] = []
        try reader.forEachRecordView { rows.append(Row($0.record)) }
        return (rows, reader.blankLines)
    }

    @Test func viewsAreTheRecordsNextBuildsWhateverTheChunkSize() throws {
        for (index, (bytes, dialect)) in inputs().enumerated() {
            for chunkSize in [1, 2, 3, 7, 16, 1 << 16] {
                let old = try built(CSVReader(source: MemoryByteSource(bytes), dialect: dialect, chunkSize: chunkSize))
                let new = try viewed(CSVReader(source: MemoryByteSource(bytes), dialect: dialect, chunkSize: chunkSize))
                #expect(new.rows == old.rows, "input \(index), chunk size \(chunkSize)")
                #expect(new.blank == old.blank, "input \(index), chunk size \(chunkSize)")
                // With one-byte chunks every record is the scanner's alone: views read in place are those records.
                let scanned = try built(CSVReader(source: MemoryByteSource(bytes), dialect: dialect, chunkSize: 1))
                #expect(new.rows == scanned.rows, "input \(index), chunk size \(chunkSize), scanner alone")
            }
            // A chunk of whole records: all of it buffered at once, a BOM a character, lines from the one given.
            let old = try built(CSVReader(records: bytes, dialect: dialect, line: 41))
            var rows: [Row] = []
            RecordChunk(bytes: bytes, line: 41, dialect: dialect).forEachRecord { rows.append(Row($0.record)) }
            #expect(rows == old.rows, "input \(index), as a chunk")
            // The same records read by the scanner alone, one byte at a time, from a record's start on the same line.
            let scanned = try built(
                CSVReader(source: MemoryByteSource(bytes), dialect: dialect, line: 41, chunkSize: 1))
            #expect(rows == scanned.rows, "input \(index), as a chunk, scanner alone")
        }
    }

    /// Enough records read in place that their bounds gather past the point where `CSVParser.forEachRecordView`
    /// clears them, with records that take `readRecord` (a doubled quote, a line break in a field) among them; no
    /// NUL or invalid byte, which would send every later record of the chunk to `readRecord`.
    @Test func thousandsOfRecordsReadInPlaceAreTheRecordsNextBuilds() throws {
        let cells = Self.cells.filter { !$0.contains(0) && String(validating: $0, as: UTF8.self) != nil }
        var random = SeededGenerator(seed: 29)
        var bytes: [UInt8] = []
        for _ in 0..<3_000 {
            for field in 0..<(1 + random.below(7)) {
                if field > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes += cells[random.below(cells.count)]
            }
            bytes += Array(["\n", "\r\n"][random.below(2)].utf8)
        }
        for chunkSize in [1 << 12, 1 << 20] {
            let old = try built(CSVReader(source: MemoryByteSource(bytes), chunkSize: chunkSize))
            let new = try viewed(CSVReader(source: MemoryByteSource(bytes), chunkSize: chunkSize))
            #expect(old.rows.count + old.blank == 3_000)
            #expect(new.rows == old.rows, "chunk size \(chunkSize)")
            #expect(new.blank == old.blank, "chunk size \(chunkSize)")
        }
        var rows: [Row] = []
        RecordChunk(bytes: bytes, line: 1, dialect: .csv).forEachRecord { rows.append(Row($0.record)) }
        #expect(rows == (try built(CSVReader(records: bytes, dialect: .csv, line: 1))).rows)
    }

    /// Records with more fields than `FieldBoundsRoom` has room for (2,048 after gathered bounds, 4,096 in all), among
    /// short ones: `RecordSpan` leaves them to the scanner from the field that did not fit, which reads them as it
    /// reads them alone.
    @Test func recordsWithMoreFieldsThanTheBoundsRoomAreTheRecordsTheScannerReads() throws {
        func record(_ fields: Int, _ tag: String) -> String {
            (0..<fields).map { "\(tag)\($0)" }.joined(separator: ",") + "\n"
        }
        var text = ""
        for index in 0..<1_500 { text += record(1 + index % 5, "s") }
        text += record(3_000, "m") + record(4_096, "w") + record(4_097, "x") + record(6_000, "y")
        text += record(2_047, "q") + "\"quoted,\"," + record(5_000, "z") + record(3, "t")
        let bytes = Array(text.utf8)
        let scanned = try built(CSVReader(source: MemoryByteSource(bytes), chunkSize: 1))
        #expect(scanned.rows.count == 1_507)
        #expect(scanned.rows.map(\.fields.count).suffix(7) == [3_000, 4_096, 4_097, 6_000, 2_047, 5_001, 3])
        for chunkSize in [1 << 12, 1 << 20] {
            let old = try built(CSVReader(source: MemoryByteSource(bytes), chunkSize: chunkSize))
            let new = try viewed(CSVReader(source: MemoryByteSource(bytes), chunkSize: chunkSize))
            #expect(old.rows == scanned.rows, "chunk size \(chunkSize)")
            #expect(new.rows == scanned.rows, "chunk size \(chunkSize)")
        }
        var rows: [Row] = []
        RecordChunk(bytes: bytes, line: 1, dialect: .csv).forEachRecord { rows.append(Row($0.record)) }
        #expect(rows == scanned.rows)
    }

    @Test func aRecordOverTheFieldLimitIsCutAsBefore() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: FieldLimit.maximumBytes + 5)
        let bytes = Array("a,b\n".utf8) + long + Array(",c\n1,2\n".utf8)
        for chunkSize in [1 << 16, bytes.count] {
            let old = try built(CSVReader(source: MemoryByteSource(bytes), chunkSize: chunkSize))
            let new = try viewed(CSVReader(source: MemoryByteSource(bytes), chunkSize: chunkSize))
            #expect(new.rows == old.rows)
            #expect(old.rows[1].issues.map(\.kind) == [.fieldTooLong])
        }
        var rows: [Row] = []
        RecordChunk(bytes: bytes, line: 1, dialect: .csv).forEachRecord { rows.append(Row($0.record)) }
        #expect(rows == (try built(CSVReader(records: bytes, dialect: .csv, line: 1))).rows)
    }

    /// Every row of `rows`: a refusal's location and reason, or a row's line and each field's text.
    private func described(_ rows: TransactionRows) -> [String] {
        rows.described { String(decoding: $0, as: UTF8.self) }
    }

    @Test func chunkRowsReadThroughViewsAreTheRecordPathsRows() throws {
        // Columns past most rows' ends, one read twice, some not read; the header is three cells wide.
        let columns: [Int?] = [0, 2, nil, 1, 5, 2, 3, nil, 6, nil, 4, nil, nil]
        #expect(columns.count == RefundField.allCases.count)
        let layout = RowLayout(columns: columns)
        let checks = RowChecks(label: "refunds.csv", width: 3)
        for (index, (bytes, dialect)) in inputs().enumerated() {
            var old = TransactionRows(layout: layout)
            let reader = CSVReader(records: bytes, dialect: dialect, line: 2)
            while let record = try reader.next() {
                if let refusal = checks.refusal(of: record) {
                    old.append(refused: refusal, line: record.line)
                } else {
                    old.append(record)
                }
            }
            var new = TransactionRows(layout: layout, rows: 1, bytes: 8)
            new.append(RecordChunk(bytes: bytes, line: 2, dialect: dialect), checks: checks)
            #expect(described(new) == described(old), "input \(index)")
            #expect(new.count == old.count && new.byteCount == old.byteCount, "input \(index)")
            #expect(new.repairedCount == old.repairedCount, "input \(index)")
        }
    }

    /// Every field held from one column, in a chunk made as `TransactionChunk.rows` makes it: each of a row's
    /// thirteen fields reads the one cell, and the bytes read count it thirteen times.
    @Test func aColumnHeldByEveryFieldGivesEachFieldTheCell() {
        let layout = RowLayout(columns: Array(repeating: 0, count: RefundField.allCases.count))
        let bytes = Array(String(repeating: "abcdefghij\n", count: 50).utf8)
        var rows = TransactionRows(layout: layout, rows: 50, bytes: bytes.count)
        rows.append(RecordChunk(bytes: bytes, line: 1, dialect: .csv), checks: RowChecks(label: "f.csv", width: 1))
        let expected = (1...50).map { "\($0): " + Array(repeating: "abcdefghij", count: layout.columns.count)
            .joined(separator: "|") }
        #expect(described(rows) == expected)
        #expect(rows.byteCount == 50 * 10 * RefundField.allCases.count)
    }

    @Test func theHandWrittenRowsAreRefusedAndRepairedAsStated() {
        let layout = RowLayout(columns: [0, 1, 2] + Array(repeating: nil, count: RefundField.allCases.count - 3))
        var rows = TransactionRows(layout: layout)
        rows.append(RecordChunk(bytes: Array(Self.fixed[1].utf8), line: 1, dialect: .csv),
                    checks: RowChecks(label: "f.csv", width: 3))
        let texts = described(rows).map {
            $0.split(separator: "|", omittingEmptySubsequences: false).prefix(3).joined(separator: "|")
        }
        #expect(texts == [
            "1: a|b|", "4: x\"y|cd|e\"\n1, 2 ,3", "refused 6:1 a quoted cell is never closed; "
                + CSVIssue(kind: .unterminatedQuote, line: 6, column: 1).repair,
        ])
        #expect(rows.repairedCount == 1)
    }
}
