import Testing
@testable import ListingAudit

@Suite struct CSVDelimiterSnifferTests {
    private func detect(_ text: String, whole: Bool = true) -> String {
        CSVDialect(delimiter: DelimiterSniffer.detect(Array(text.utf8), isWholeInput: whole)).delimiterName
    }

    @Test func consistentFieldCountsDecide() {
        // Commas in every line, but in varying numbers; tabs split every line into three.
        #expect(detect("a\tb\tc\nx, y\t1\t2\nz\t3, 4, 5\t6\n") == "tab")
        // A semicolon appears once per line only in the header.
        #expect(detect("id,name;alias,price\n1,Shirt,9\n2,Tote,5\n") == "comma")
        #expect(detect("id;name;price\n1;Hemd, blau;9,50\n2;Schal;5,00\n") == "semicolon")
        #expect(detect("id|name|tags\n1|Shirt|a,b\n2|Tote|c\n") == "pipe")
    }

    @Test func delimitersInsideQuotedFieldsDoNotCount() {
        #expect(detect("id,desc\n1,\"a;b;c;d\"\n2,\"e;f;g;h\"\n") == "comma")
        #expect(detect("id;desc\n1;\"a,b,c\nd,e\"\n2;\"f,g\"\n") == "semicolon")
    }

    @Test func aRaggedRowDoesNotOutweighAClearSplit() {
        let rows = (1...12).map { "\($0),Shirt,\($0 * 3)" }.joined(separator: "\n")
        #expect(detect("id,name,price\n" + rows + "\n13,Only two\n") == "comma")
    }

    @Test func aRaggedRowCannotHandTheFileToADelimiterTheHeaderLacks() {
        // Two data rows, the second with a trailing comma; each description splits into 11 at semicolons.
        let description = "Soft; cotton; shirt; a; b; c; d; e; f; g; h"
        let text = "listing_id,title,description,price\nA1,Red,\(description),9\nA2,Blue,\(description),9,\n"
        #expect(detect(text) == "comma")
    }

    @Test func singleColumnAndEmptyInputDefaultToComma() {
        #expect(detect("title\nShirt\nTote\n") == "comma")
        #expect(detect("") == "comma")
    }

    @Test func aRecordCutOffByThePrefixEndIsIgnored() {
        // The last line is cut mid-record; counting it would make tab look ragged.
        #expect(detect("a\tb\tc\n1\t2\t3\n4\t5\t6\n7\t8", whole: false) == "tab")
        #expect(detect("a,b\n1,\"open", whole: false) == "comma")
    }
}
