import Testing
@testable import ListingAudit

@Suite struct CSVReaderSmokeTests {
    private func records(_ text: String, dialect: CSVDialect = .csv) throws -> [[String]] {
        let reader = CSVReader(source: MemoryByteSource(text), dialect: dialect, chunkSize: 3)
        var rows: [[String]] = []
        while let record = try reader.next() { rows.append(record.fields) }
        return rows
    }

    @Test func quotedFieldsHoldDelimitersQuotesAndNewlinesAcrossChunks() throws {
        let rows = try records("a,b\r\n\"x,1\",\"say \"\"hi\"\"\nok\"\r\n")
        #expect(rows == [["a", "b"], ["x,1", "say \"hi\"\nok"]])
    }

    @Test func loneCarriageReturnsEndRecordsAndLinesAreCounted() throws {
        let reader = CSVReader(source: MemoryByteSource("h\r1\r\r2"))
        var lines: [Int] = []
        while let record = try reader.next() { lines.append(record.line) }
        #expect(lines == [1, 2, 4])
        #expect(reader.blankLines == 1)
    }
}
