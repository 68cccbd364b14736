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

/// A field over `FieldLimit.maximumBytes` is cut at a character boundary and noted; the others are kept.
@Suite struct FieldLimitTests {
    @Test func longFieldsAreCutAtACharacterBoundary() {
        let long = Array("连衣裙连衣裙".utf8)  // 18 bytes, 3 per character
        var bytes = Array("id,".utf8) + long + Array(",9".utf8)
        var ends = [2, 2 + 1 + long.count, bytes.count]
        let issues = FieldLimit.cut(&bytes, ends: &ends, line: 7, issues: [], limit: 8)
        #expect(String(decoding: bytes, as: UTF8.self) == "id,连衣,9")
        #expect(ends == [2, 9, 11])
        #expect(issues == [CSVIssue(kind: .fieldTooLong, line: 7, column: 2)])
    }

    @Test func aFiftyMegabyteCellIsReadAsItsFirstTwoMebibytes() throws {
        let cell = [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        let text = Array("id,description\nA1,".utf8) + cell + Array("\nA2,short\n".utf8)
        let reader = CSVReader(source: MemoryByteSource(text))
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        #expect(records.count == 3)
        #expect(records[1].withUTF8(1) { $0.count } == FieldLimit.maximumBytes)
        #expect(records[1].issues == [CSVIssue(kind: .fieldTooLong, line: 2, column: 2)])
        #expect(records[2][1] == "short")
    }
}
