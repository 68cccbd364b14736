import Testing
@testable import ListingAudit

/// Reads the parser fixtures in `Corpus/parsing` (written by `Corpus/parsing/generate.py`).
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
        let (file, records) = try ParsingCorpus.read("trailing-empty-lines.csv")
        #expect(records.map(\.fields) == [["sku", "title"], ["1001", "Linen shirt"]])
        #expect(file.reader.blankLines == 3)
    }

    @Test func blankLinesBetweenRecordsKeepLineNumbers() throws {
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

    @Test func unterminatedQuoteRunsToTheEndAndIsReported() throws {
        let (_, records) = try ParsingCorpus.read("unterminated-quote.csv")
        #expect(records.map(\.fields) == [
            ["sku", "title"], ["1001", "Linen shirt"], ["1002", "Canvas tote\n1003,Wool scarf\n"],
        ])
        #expect(records[2].issues == [CSVIssue(kind: .unterminatedQuote, line: 3, column: 2)])
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
