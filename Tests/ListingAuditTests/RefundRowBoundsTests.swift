import Testing
@testable import ListingAudit

/// A chunk's rows held as bounds into the records' bytes (`TransactionRows.append(_:checks:)`), the cells copied
/// only for records the parser rebuilt, held to the rows the record-by-record path copies: whatever the records
/// hold, wherever the chunks are cut, and at the edges of the address check that decides which path a record takes.
@Suite struct RefundRowBoundsTests {
    /// Cells of every kind a refund export holds or a hostile one could: quoted ones with delimiters, doubled quotes
    /// and line breaks, a stray quote, spaces and U+3000 to trim, formula starts, empty ones, a BOM, NUL, multi-byte
    /// text and bytes that are not UTF-8 (a lone lead byte, a cut sequence, 0xFF).
    private static let cells: [[UInt8]] = [
        "RF-0042", "ORD-7731", "ITEM-0815", "19.90", "2024-10-08 17:45:02", "鞋码偏大，想换小一码",
        "Strap came loose on day two", "", " ", " padded ", "\u{3000}全角空格\u{3000}", "\"a,b\"", "\"say \"\"hi\"\"\"",
        "\"l1\r\nl2\"", "\"l1\nl2\"", "x\"y", "\"\"", "=SUM(A1)", "+86 138", "-12.5", "@user", "\u{FEFF}bom",
        "nul\u{0}x", "é", "🙂", "a;b", "a\tb",
    ].map { Array($0.utf8) } + [[0xFF, 0x41], [0xC3], [0xE4, 0xB8], [0xF0, 0x9F, 0x99]]

    /// Random records over `cells` joined by `delimiter`, three to nine cells (the header is six wide), every line
    /// end, blank lines, a BOM first sometimes, the last record sometimes without a line end.
    private func randomBytes(seed: UInt64, delimiter: UInt8, records: Int) -> [UInt8] {
        var random = SeededGenerator(seed: seed)
        var bytes: [UInt8] = random.below(4) == 0 ? [0xEF, 0xBB, 0xBF] : []
        for _ in 0..<records {
            for field in 0..<(3 + random.below(7)) {
                if field > 0 { bytes.append(delimiter) }
                bytes += Self.cells[random.below(Self.cells.count)]
            }
            bytes += Array(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"][random.below(5)].utf8)
        }
        if random.below(2) == 0 { bytes += Array("R9,O9,L9,tail,1.00,2025-01-01".utf8) }
        return bytes
    }

    /// A refund layout over a six-column header: every field's column, one column read twice, some not read.
    private static let layout = RowLayout(columns: [0, 1, 2, nil, 3, 4, 5, nil, 3, nil, 4, nil, nil])
    private static let checks = RowChecks(label: "refunds.csv", width: 6)

    /// Every row of `rows`: a refusal's location and reason, or its line and every field's bytes.
    private func described(_ rows: TransactionRows) -> [String] {
        rows.described { Array($0).description }
    }

    /// The rows of `bytes` as one chunk of comma-separated records (`TransactionChunk.rows`), from line 2.
    private func chunkRows(_ bytes: [UInt8]) -> TransactionRows {
        TransactionChunk(
            records: RecordChunk(bytes: bytes, line: 2, dialect: .csv), layout: Self.layout, checks: Self.checks
        ).rows()
    }

    /// The rows the record-by-record path gives for `bytes` (every cell copied, as before bounds were kept).
    private func copiedRows(_ bytes: [UInt8], dialect: CSVDialect) throws -> (rows: [String], byteCount: Int) {
        var rows = TransactionRows(layout: Self.layout)
        let reader = CSVReader(records: bytes, dialect: dialect, line: 2)
        while let record = try reader.next() {
            if let refusal = Self.checks.refusal(of: record) {
                rows.append(refused: refusal, line: record.line)
            } else {
                rows.append(record)
            }
        }
        return (described(rows), rows.byteCount)
    }

    /// The file cut into chunks by `RecordChunker` (its target and read size small, so that records, CRLFs, quoted
    /// line breaks and multi-byte characters fall across reads and chunks), each chunk's rows read in place.
    private func chunkedRows(_ bytes: [UInt8], dialect: CSVDialect, target: Int, readSize: Int)
        throws -> (rows: [String], byteCount: Int, copied: Int)
    {
        let chunker = RecordChunker(
            source: MemoryByteSource(bytes), dialect: dialect, unread: [], line: 2, atEnd: false, skipLineFeed: false,
            target: target, readSize: readSize)
        var described: [String] = []
        var byteCount = 0
        var copied = 0
        while let chunk = try chunker.next() {
            let rows = TransactionChunk(records: chunk, layout: Self.layout, checks: Self.checks).rows()
            described += self.described(rows)
            byteCount += rows.byteCount
            copied += rows.copiedRowCount
        }
        return (described, byteCount, copied)
    }

    @Test func rowsHeldAsBoundsAreTheRowsTheCopyingPathGives() throws {
        var inPlace = 0
        var copied = 0
        for seed in UInt64(1)...120 {
            let delimiter = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")][Int(seed % 3)]
            let dialect = CSVDialect(delimiter: delimiter)
            let bytes = randomBytes(seed: 0x41B0_0000 + seed, delimiter: delimiter, records: 1 + Int(seed % 40))
            let old = try copiedRows(bytes, dialect: dialect)
            for (target, readSize) in [(1, 1), (13, 5), (64, 7), (1 << 19, 1 << 20)] {
                let new = try chunkedRows(bytes, dialect: dialect, target: target, readSize: readSize)
                #expect(new.rows == old.rows, "seed \(seed), target \(target)")
                #expect(new.byteCount == old.byteCount, "seed \(seed), target \(target)")
                copied += new.copied
                inPlace += new.rows.count - new.copied
            }
        }
        // Both paths ran, many times each.
        #expect(inPlace > 1_000 && copied > 1_000, "\(inPlace) rows in place, \(copied) copied")
    }

    /// Rows of plain records only are all held in place, and a record the parser rebuilt among them (a doubled
    /// quote, a repaired byte) is copied into bytes of its own, the rows around it still held in place.
    @Test func onlyRebuiltRecordsAreCopied() throws {
        var text = ""
        for index in 0..<500 { text += "R\(index),O\(index),L\(index % 7),鞋码偏大 \(index),\(index).50,2025-01-01\n" }
        let plain = Array(text.utf8)
        let rows = chunkRows(plain)
        #expect(rows.copiedRowCount == 0 && rows.count == 500)
        #expect(described(rows) == (try copiedRows(plain, dialect: .csv)).rows)
        // A byte that is not UTF-8 sends the rest of its chunk to the parser's `readRecord`: it comes last.
        let mixed = plain + Array("R1,\"say \"\"hi\"\"\",L1,x,1.00,d\n".utf8) + plain + [0xFF]
            + Array(",O,L,r,2.00,d\n".utf8)
        let mixedRows = chunkRows(mixed)
        #expect(mixedRows.copiedRowCount == 2 && mixedRows.count == 1_002)
        #expect(described(mixedRows) == (try copiedRows(mixed, dialect: .csv)).rows)
    }

    /// Thousands of records the parser must rebuild in one chunk, and a 1 MB reason: every copied row is held as
    /// the copying path holds it (the copies grow by doubling, as arrays do; the chunk's bytes are never copied).
    @Test func manyRebuiltRecordsAndALongCellAreHeldAsCopied() throws {
        var text = ""
        for index in 0..<5_000 { text += "R\(index),O,L,\"a \"\"quoted\"\" reason \(index)\",1.00,2025-01-01\r\n" }
        text += "R,O,L," + String(repeating: "长", count: 350_000) + ",1.00,2025-01-01\n"
        let bytes = Array(text.utf8)
        let rows = chunkRows(bytes)
        #expect(rows.copiedRowCount == 5_000 && rows.count == 5_001)
        #expect(described(rows) == (try copiedRows(bytes, dialect: .csv)).rows)
    }

    /// A layout that holds no column (an export none of whose columns is read): rows of no bounds, every field
    /// empty, the lines and the bytes read (none) as the rows' records give them.
    @Test func aLayoutHoldingNoColumnGivesRowsWithEmptyFields() {
        let layout = RowLayout(columns: Array(repeating: nil, count: RefundField.allCases.count))
        let bytes = Array("a,b\nc,d\n\ne,f\n".utf8)
        let rows = TransactionChunk(
            records: RecordChunk(bytes: bytes, line: 2, dialect: .csv), layout: layout,
            checks: RowChecks(label: "refunds.csv", width: 2)
        ).rows()
        let empty = Array(repeating: "", count: RefundField.allCases.count).joined(separator: "|")
        #expect(rows.described { String(decoding: $0, as: UTF8.self) } == ["2: \(empty)", "3: \(empty)", "5: \(empty)"])
        #expect(rows.byteCount == 0)
    }

    /// The address check: a record is in place only when it lies wholly in the source, from its first byte to its
    /// last; one byte before, one past, or straddling either edge is not, nor is anything without an address.
    @Test func aRecordIsInPlaceOnlyWhenItLiesWhollyInTheSource() {
        let storage = [UInt8](repeating: 7, count: 64)
        storage.withUnsafeBufferPointer { whole in
            let source = UnsafeBufferPointer(rebasing: whole[8..<56])
            func offset(_ range: Range<Int>) -> Int? {
                TransactionRows.offset(of: UnsafeBufferPointer(rebasing: whole[range]), in: source)
            }
            #expect(offset(8..<56) == 0)
            #expect(offset(8..<8) == 0)
            #expect(offset(20..<30) == 12)
            #expect(offset(55..<56) == 47)
            #expect(offset(56..<56) == 48)
            #expect(offset(7..<20) == nil)
            #expect(offset(7..<7) == nil)
            #expect(offset(50..<57) == nil)
            #expect(offset(57..<57) == nil)
            #expect(offset(0..<64) == nil)
            let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            #expect(TransactionRows.offset(of: none, in: source) == nil)
            #expect(TransactionRows.offset(of: UnsafeBufferPointer(rebasing: whole[10..<12]), in: none) == nil)
        }
    }
}
