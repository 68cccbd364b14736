import Foundation
import Testing

@testable import ListingAudit

/// `NumberGrammar`: a cell reads completely as a number or not at all, and numbers too large to be real are out of
/// range (so no sum of them can overflow).
@Suite struct NumberGrammarTests {
    private func amount(_ text: String) -> String {
        switch NumberGrammar.amount(text) {
        case .blank: "blank"
        case .value(let value): "\(value)"
        case .invalid: "invalid"
        case .outOfRange: "out of range"
        }
    }

    @Test(arguments: [
        ("12.50", "12.5"), ("-12.50", "-12.5"), ("(12.50)", "-12.5"), ("( $1,299.00 )", "-1299.0"),
        ("¥1,299.00", "1299.0"), ("89.0 EUR", "89.0"), ("$ 12", "12.0"), ("89,50 €", "89.5"), ("1.299,00", "1299.0"),
        ("1,299,000", "1299000.0"), ("1.299.000", "1299000.0"), ("￥59.90元", "59.9"), ("US$ 1,299", "1299.0"),
        ("CN¥59", "59.0"), ("-$3", "-3.0"), ("$-3", "-3.0"), ("1 299,00 €", "1299.0"), ("1'299.50", "1299.5"),
        ("1\u{A0}299,00", "1299.0"), ("0.001", "0.001"), ("1,5", "1.5"), ("1,299", "1299.0"), ("1.299", "1.299"),
        ("99999999999999.5", "99999999999999.5"), ("  ", "blank"), ("", "blank"), (" 7 ", "7.0"),
    ])
    func amountsInShopNotationsRead(_ text: String, _ expected: String) {
        #expect(amount(text) == expected, "\(text)")
    }

    @Test(arguments: [
        "12abc34", "19.90.1", "1e400", "1e5", "0x1F", "inf", "nan", "twelve", "1.2.3", "--1", "12-", "1.", ".5",
        "(12", "12)", "(-12)", "1,2.3", "1,299.00.00", "12 34", "1.299.00", "1234,567", "$", "EURO 12", "12 eur",
        "١٢", "12\u{0}", "1,299,00", "1.234,567.8",
    ])
    func garbageIsNotANumber(_ text: String) {
        #expect(amount(text) == "invalid", "\(text)")
    }

    @Test func amountsOfSixteenWholeDigitsAreOutOfRange() {
        #expect(amount("1000000000000000") == "out of range")
        #expect(amount("9223372036854775807") == "out of range")
        #expect(amount(String(repeating: "9", count: 400)) == "out of range")
        #expect(amount("0000000000000000012.5") == "12.5")
    }

    @Test func quantitiesAreWholeAndBounded() {
        func quantity(_ text: String) -> String {
            switch NumberGrammar.quantity(text) {
            case .blank: "blank"
            case .value(let value): "\(value)"
            case .invalid: "invalid"
            case .outOfRange: "out of range"
            }
        }
        let expected: [(String, String)] = [
            ("2", "2"), ("2.0", "2"), ("2件", "2"), ("3 pcs", "3"), ("3PCS", "3"), ("1000000000", "1000000000"),
            ("1000000001", "out of range"), ("9223372036854775807", "out of range"),
            ("99999999999999999999999", "out of range"),
            ("2.5", "invalid"), ("-1", "invalid"), ("+3", "invalid"), ("1e3", "invalid"), ("x", "invalid"),
            ("", "blank"), (" ", "blank"), ("2.", "invalid"), ("0x10", "invalid"),
        ]
        for (text, reading) in expected { #expect(quantity(text) == reading, "\(text)") }
    }

    @Test func theByteReadersAgreeWithTheGrammar() {
        for text in ["12abc34", "19.90.1", "1e400", "0x1F", "51.65", "-24.00", "¥59.9", "1000000000000000"] {
            var copy = text
            let bytes = copy.withUTF8 { FieldText.amount($0) }
            switch (bytes, NumberGrammar.amount(text)) {
            case (.value(let a), .value(let b)): #expect(a == abs(b))
            case (.invalid, .invalid), (.outOfRange, .outOfRange), (.blank, .blank): break
            default: Issue.record("\(text): bytes and grammar disagree")
            }
        }
        #expect(CellText.price("12abc34") == nil)
        #expect(CellText.price("(5.00)") == -5)
    }
}
