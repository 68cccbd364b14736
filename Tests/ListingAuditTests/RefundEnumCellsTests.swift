import Testing

@testable import ListingAudit

/// A chunk's `refunds.csv` rows copy the enum cells written once (`AuditRefundsCSV.EnumCells`); each must be the
/// cell of the text `CSVValue` gives, in both languages.
@Suite struct RefundEnumCellsTests {
    private func cell(_ text: String) -> [UInt8] {
        var buffer = CSVByteBuffer()
        buffer.appendCell(text)
        return buffer.bytes
    }

    private func bytes(_ cell: WrittenCSVCell) -> [UInt8] { Array(cell.bytes) }

    @Test(arguments: Language.allCases)
    func enumCellsAreTheCellsOfTheirTexts(_ language: Language) {
        AuditRefundsCSV.EnumCells(language: language).withCells { cells in
            for method in MatchMethod.allCases {
                #expect(bytes(cells.method(method)) == cell(CSVValue.matchMethod(method, language)))
            }
            for type in RefundType.allCases {
                for status in RefundStatus.allCases {
                    let run = cell(CSVValue.refundType(type, language)) + [UInt8(ascii: ",")]
                        + cell(CSVValue.refundStatus(status, language))
                    #expect(bytes(cells.typeAndStatus(type, status)) == run, "\(type) \(status)")
                }
            }
        }
    }

    /// A chunk's rows copy an answer's category and evidence as one run of two cells: the cell of the category's raw
    /// value, a comma, and the cell of the evidence joined with `; ` (quoted where it needs to be), for answers of
    /// every kind the classifier gives.
    @Test func answerRunsAreTheCellsOfTheirCategoryAndEvidence() {
        let cache = ReasonClassifierCache()
        let texts: [(reason: String, comment: String)] = [
            ("SIZE_TOO_SMALL", ""), ("", ""), ("颜色与图片不符", "收到就开线了"), ("OTHER", "the \"box\", crushed"),
            ("=cmd", "colour is off, and the seams split"), ("not as described", "wrong item\nsent"),
        ]
        var pairs = ReasonPairs()
        var numbers: [Int] = []
        for (reason, comment) in texts {
            var reason = reason
            var comment = comment
            numbers.append(reason.withUTF8 { reason in comment.withUTF8 { pairs.add(reason: reason, comment: $0) } })
        }
        let answers = cache.answers(for: pairs, lookups: texts.count)
        for number in numbers {
            let run = cell(answers.category(of: number).rawValue) + [UInt8(ascii: ",")]
                + cell(answers.evidence(of: number).joined(separator: "; "))
            #expect(answers.withCategoryAndEvidenceCells(of: number) { Array($0) } == run)
        }
        #expect(Set(numbers.map { answers.category(of: $0) }).count >= 4)
    }
}
