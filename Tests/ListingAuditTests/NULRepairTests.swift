import Testing

@testable import ListingAudit

/// NUL bytes inside fields are removed and noted per field, wherever the record lies in the file.
@Suite struct NULRepairTests {
    private func records(_ text: [UInt8], chunkSize: Int) throws -> [CSVRecord] {
        let reader = CSVReader(
            source: MemoryByteSource(text), dialect: CSVDialect(delimiter: UInt8(ascii: ",")), chunkSize: chunkSize)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    @Test(arguments: [4, 7, 64, 1 << 16])
    func nulBytesAreRemovedAndNotedWithTheirField(chunkSize: Int) throws {
        let text = Array("id,title\nA\u{0}1,Red\u{0}\u{0} shirt\nB2,\"multi\nline\u{0}\"\nC3,clean\n".utf8)
        let read = try records(text, chunkSize: chunkSize)
        #expect(read.map { [$0[0], $0[1]] } == [
            ["id", "title"], ["A1", "Red shirt"], ["B2", "multi\nline"], ["C3", "clean"],
        ])
        let both = [CSVIssue(kind: .nulByte, line: 2, column: 1), CSVIssue(kind: .nulByte, line: 2, column: 2)]
        #expect(read[1].issues == both)
        #expect(read[2].issues == [CSVIssue(kind: .nulByte, line: 4, column: 2)])
        #expect(read[3].issues.isEmpty && read[0].issues.isEmpty)
    }
}
