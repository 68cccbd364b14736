import Testing
@testable import ListingAudit

/// Texts made from record bytes their reader already checked (`CSVRecord.isValidUTF8`,
/// `UTF8Validation.string(ofChecked:)`) skip the standard library's second UTF-8 check: the fields of records so
/// marked must be valid, and the texts must be the ones `String(decoding:)` makes.
@Suite struct CheckedTextTests {
    /// Bytes that matter to the reader and the UTF-8 check: delimiters, quotes, line ends, NUL, stray continuation and
    /// lead bytes, overlong and surrogate leads, and pieces of Chinese, accented and emoji characters.
    private static let interesting: [UInt8] = [
        0x2C, 0x22, 0x0A, 0x0D, 0x09, 0x7C, 0x61, 0x20, 0x00, 0xFF, 0xC0, 0xED, 0xA0, 0xF4, 0x90,
        0xE4, 0xB8, 0xAD, 0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80, 0xE9, 0x87, 0x91, 0xA7,
    ]

    /// Valid text around the same bytes.
    private static let pieces = ["中", "文", "é", "a", ",", "|", "\t", "\"", "\"\"", "\n", "\r\n", " ", "§"]

    @Test func everyRecordTheParserGivesIsMarkedAndValid() throws {
        var random = SeededGenerator(seed: 0xC4EC_7ED0)
        // `0xA7` is no ASCII delimiter, `0xE4` no ASCII quote (one that leads a Chinese character's bytes): taking it
        // out of a field may leave the character's other bytes alone, so such records are checked whatever their chunk.
        let dialects: [CSVDialect] = [
            .csv, .tsv, CSVDialect(delimiter: 0x7C), CSVDialect(delimiter: 0xA7), CSVDialect(quote: 0xE4),
        ]
        for round in 0..<3000 {
            // Every other input valid text, so that records lie in a chunk's valid part.
            let bytes = round % 2 == 0
                ? (0..<random.below(160)).map { _ in Self.interesting[random.below(Self.interesting.count)] }
                : Array((0..<random.below(40)).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined().utf8)
            let chunk = 1 + random.below(48)
            let reader = CSVReader(
                source: MemoryByteSource(bytes), dialect: dialects[round % dialects.count], chunkSize: chunk)
            while let record = try reader.next() {
                #expect(record.isValidUTF8, "round \(round)")
                // Each field: the delimiter kept between fields may be any byte.
                for field in 0..<record.count {
                    let valid = record.withUTF8(field) { String(validating: $0, as: UTF8.self) != nil }
                    #expect(valid, "round \(round) chunk \(chunk) field \(field) \(bytes)")
                }
            }
        }
    }

    @Test func checkedTextIsTheDecodedText() {
        var random = SeededGenerator(seed: 0x7E47_0001)
        let pieces = ["a", "Z", " ", "9", "é", "e\u{301}", "中", "文", "😀", "\u{212A}", "K", ",", "\u{FFFD}"]
        for _ in 0..<4000 {
            let text = (0..<random.below(40)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let bytes = Array(text.utf8)
            let checked = bytes.withUnsafeBufferPointer { UTF8Validation.string(ofChecked: $0) }
            let decoded = String(decoding: bytes, as: UTF8.self)
            #expect(Array(checked.utf8) == bytes)
            #expect(checked == decoded && checked.count == decoded.count && checked.hashValue == decoded.hashValue)
            #expect(checked.unicodeScalars.elementsEqual(decoded.unicodeScalars))
        }
        #expect([UInt8]().withUnsafeBufferPointer { UTF8Validation.string(ofChecked: $0) } == "")
    }

    @Test func aRecordNotMarkedValidHasItsTextsRepaired() {
        // As a workbook's or a feed's reader may hand over bytes no one checked.
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0x2C, 0xE4, 0xB8]
        let unchecked = CSVRecord(line: 1, bytes: bytes, ends: [3, 6], issues: [])
        #expect(!unchecked.isValidUTF8)
        #expect(unchecked[0] == "a\u{FFFD}b" && unchecked[1] == "\u{FFFD}")
        #expect(unchecked.text(0) == "a\u{FFFD}b" && unchecked.plainText(1) == "\u{FFFD}")
        let fromTexts = CSVRecord(line: 1, fields: ["中文 text", "  trimmed "])
        #expect(fromTexts.isValidUTF8)
        #expect(fromTexts.text(0) == "中文 text" && fromTexts.text(1) == "trimmed")
        #expect(fromTexts.plainText(0) == "中文 text")
    }
}
