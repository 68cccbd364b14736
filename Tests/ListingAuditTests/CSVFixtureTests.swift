import Testing
@testable import ListingAudit

/// Reads the parser fixtures in `Corpus/parsing` (written by `Corpus/parsing/generate.py`).
///
/// Expected fields, line numbers and blank-line counts are read from the fixture's bytes, quoted in comments where
/// a count is asserted: `python3 -c 'import sys; print(repr(open(sys.argv[1], "rb").read()))' Corpus/parsing/NAME`.
enum ParsingCorpus {
    static func path(_ name: String) -> String {
        TestPaths.corpus.appendingPathComponent("parsing").appendingPathComponent(name).path
    }

    /// Opens fixture `name` and reads all its records.
    static func read(_ name: String, options: ReadOptions = ReadOptions()) throws -> (DelimitedFile, [CSVRecord]) {
        let file = try DelimitedFile(path: path(name), options: options)
        var records: [CSVRecord] = []
        while let record = try file.next() { records.append(record) }
        return (file, records)
    }

    /// The fields of every record of fixture `name`.
    static func rows(_ name: String) throws -> [[String]] {
        try read(name).1.map(\.fields)
    }
}

@Suite struct CSVFixtureTests {
    @Test func carriageReturnOnlyLineEnds() throws {
        // b'sku,title,price\r1001,Linen shirt,39.90\r1002,"Wool, merino scarf",24.00\r'
        let (file, records) = try ParsingCorpus.read("cr-only.csv")
        #expect(file.dialect.delimiter == UInt8(ascii: ","))
        #expect(records.map(\.fields) == [
            ["sku", "title", "price"], ["1001", "Linen shirt", "39.90"], ["1002", "Wool, merino scarf", "24.00"],
        ])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func crlfLineEnds() throws {
        let (_, records) = try ParsingCorpus.read("crlf.csv")
        #expect(records.map(\.fields) == [
            ["sku", "title", "price"], ["1001", "Linen shirt", "39.90"], ["1002", "Canvas tote", "12.50"],
        ])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func lastRecordWithoutFinalNewline() throws {
        #expect(try ParsingCorpus.rows("lf-no-final-newline.csv") == [
            ["sku", "title"], ["1001", "Linen shirt"], ["1002", "Canvas tote"],
        ])
    }

    @Test func quotedFieldsKeepTheirLineBreaksAndLinesAreCounted() throws {
        // b'sku,description\n1001,"Soft cotton.\nMachine wash cold."\n1002,"两行描述\r\n第二行"\n1003,plain\n': records
        // start on lines 1, 2, 4 and 6.
        let (_, records) = try ParsingCorpus.read("quoted-newline.csv")
        #expect(records.map(\.fields) == [
            ["sku", "description"], ["1001", "Soft cotton.\nMachine wash cold."], ["1002", "两行描述\r\n第二行"],
            ["1003", "plain"],
        ])
        #expect(records.map(\.line) == [1, 2, 4, 6])
        #expect(records.allSatisfy { $0.issues.isEmpty })
    }

    @Test func doubledQuotesInsideQuotedFields() throws {
        #expect(try ParsingCorpus.rows("escaped-quotes.csv") == [
            ["sku", "title"], ["1001", "The \"Classic\" tee"], ["1002", "\""],
        ])
    }

    @Test func utf8ByteOrderMarkIsSkipped() throws {
        let (file, records) = try ParsingCorpus.read("utf8-bom.csv")
        #expect(file.encoding == .utf8)
        #expect(records.map(\.fields) == [["sku", "标题"], ["1001", "真丝围巾"]])
    }

    @Test func semicolonDelimiterWinsOverDecimalCommas() throws {
        let (file, records) = try ParsingCorpus.read("semicolon.csv")
        #expect(file.dialect.delimiterName == "semicolon")
        #expect(records.map(\.fields) == [
            ["Artikel", "Titel", "Preis"], ["1001", "Leinenhemd, blau", "39,90"], ["1002", "Wollschal", "24,00"],
        ])
    }

    @Test func pipeDelimiter() throws {
        let (file, records) = try ParsingCorpus.read("pipe.txt")
        #expect(file.dialect.delimiterName == "pipe")
        #expect(records.map(\.fields)[1] == ["1001", "Linen shirt", "summer, linen"])
    }

    @Test func tabDelimiterWinsOverCommasInText() throws {
        let (file, records) = try ParsingCorpus.read("tab-with-commas.tsv")
        #expect(file.dialect.delimiterName == "tab")
        #expect(records.map(\.fields) == [
            ["sku", "title", "description"], ["1001", "Linen shirt", "Light, airy, and breathable"],
            ["1002", "Canvas tote", "Strong, washable"],
        ])
    }

    @Test func delimiterOverrideIsObeyed() throws {
        let (file, records) = try ParsingCorpus.read("tab-with-commas.tsv", options: ReadOptions(delimiter: 0x2C))
        #expect(file.dialect.delimiter == 0x2C)
        #expect(records[1].fields == ["1001\tLinen shirt\tLight", " airy", " and breathable"])
    }

    @Test func trailingEmptyLinesAreCountedNotReturned() throws {
        // b'sku,title\n1001,Linen shirt\n\n\n\n': three empty lines after the last record.
        let (file, records) = try ParsingCorpus.read("trailing-empty-lines.csv")
        #expect(records.map(\.fields) == [["sku", "title"], ["1001", "Linen shirt"]])
        #expect(file.reader.blankLines == 3)
    }

    @Test func blankLinesBetweenRecordsKeepLineNumbers() throws {
        // b'sku,title\n\n1001,Linen shirt\r\n\r\n1002,Canvas tote\n': records on lines 1, 3 and 5, empty lines 2 and 4.
        let (file, records) = try ParsingCorpus.read("blank-lines-between.csv")
        #expect(records.map(\.fields) == [["sku", "title"], ["1001", "Linen shirt"], ["1002", "Canvas tote"]])
        #expect(records.map(\.line) == [1, 3, 5])
        #expect(file.reader.blankLines == 2)
    }

    @Test func headerOnlyAndEmptyFiles() throws {
        #expect(try ParsingCorpus.rows("header-only.csv") == [["sku", "title", "price"]])
        let (file, records) = try ParsingCorpus.read("empty.csv")
        #expect(records.isEmpty)
        #expect(file.encoding == .utf8)
        #expect(file.dialect == .csv)
    }

    @Test func emptyFieldsQuotedOrNot() throws {
        let (_, records) = try ParsingCorpus.read("empty-fields.csv")
        #expect(records.map(\.fields) == [["sku", "title", "price"], ["1001", "", ""], ["", "", ""], ["", "", ""]])
        #expect(records[1].isBlank(1) && records[1].isBlank(2) && !records[1].isBlank(0))
    }

    /// A file cut short mid-line: the quote still open at its end is the last field's, which runs to the end.
    @Test func unterminatedQuoteInAFileCutShortRunsToTheEndAndIsReported() throws {
        let (_, records) = try ParsingCorpus.read("unterminated-quote.csv")
        #expect(records.map(\.fields) == [
            ["sku", "title"], ["1001", "Linen shirt"], ["1002", "Canvas tote\n1003,Wool sca"],
        ])
        #expect(records[2].issues == [CSVIssue(kind: .unterminatedQuote, line: 3, column: 2)])
    }

    /// A file written whole (it ends with a line end) with a quote never closed: the quote is a character of its
    /// field, and the line after it is a row of its own, on its own line.
    @Test func strayQuoteIsKeptAsTextAndTheLinesAfterItAreRows() throws {
        let (_, records) = try ParsingCorpus.read("stray-quote.csv")
        #expect(records.map(\.fields) == [
            ["sku", "title"], ["1001", "Linen shirt"], ["1002", "\"Canvas tote"], ["1003", "Wool scarf"],
        ])
        #expect(records.map(\.line) == [1, 2, 3, 4])
        #expect(records[2].issues == [CSVIssue(kind: .strayQuote, line: 3, column: 2)])
        #expect(records[3].issues.isEmpty)
    }

    @Test func quoteInsideUnquotedFieldIsKeptAndReported() throws {
        let (_, records) = try ParsingCorpus.read("quote-in-unquoted-field.csv")
        #expect(records[1].fields == ["1001", "12\" vinyl record", "L"])
        #expect(records[1].issues == [CSVIssue(kind: .quoteInUnquotedField, line: 2, column: 2)])
    }

    @Test func textAfterClosingQuoteIsAppendedAndReported() throws {
        let (_, records) = try ParsingCorpus.read("text-after-closing-quote.csv")
        #expect(records.map(\.fields) == [["sku", "title"], ["1001", "Linen shirt"], ["1002", "ok"]])
        #expect(records[1].issues == [CSVIssue(kind: .textAfterClosingQuote, line: 2, column: 2)])
        #expect(records[2].issues.isEmpty)
    }

    @Test func invalidUTF8IsReplacedAndReportedPerField() throws {
        // b'sku,title,colour\n1001,Linen shirt,blue\n1002,Caf\xe9 au lait mug,"multi\nline \xff\xfe"\n'
        // b'1003,\xe4\xb8,\xad\n': the third record spans lines 3–4, so the fourth starts on line 5.
        let (file, records) = try ParsingCorpus.read("invalid-utf8.csv")
        #expect(file.encoding == .utf8)
        #expect(records.map(\.fields) == [
            ["sku", "title", "colour"], ["1001", "Linen shirt", "blue"],
            ["1002", "Caf\u{FFFD} au lait mug", "multi\nline \u{FFFD}\u{FFFD}"], ["1003", "\u{FFFD}", "\u{FFFD}"],
        ])
        #expect(records[2].issues == [
            CSVIssue(kind: .invalidEncoding, line: 3, column: 2), CSVIssue(kind: .invalidEncoding, line: 4, column: 3),
        ])
        #expect(records[3].line == 5)
        #expect(records[3].issues == [
            CSVIssue(kind: .invalidEncoding, line: 5, column: 2), CSVIssue(kind: .invalidEncoding, line: 5, column: 3),
        ])
    }

    @Test func genuineReplacementCharacterIsNotAnError() throws {
        let (_, records) = try ParsingCorpus.read("genuine-replacement-char.csv")
        #expect(records[1].fields == ["1001", "broken \u{FFFD} glyph"])
        #expect(records[1].issues.isEmpty)
    }
}
