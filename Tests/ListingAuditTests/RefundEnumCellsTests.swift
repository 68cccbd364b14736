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
            for category in RefundCategory.allCases {
                #expect(bytes(cells.category(category)) == cell(category.rawValue))
            }
            for type in RefundType.allCases {
                #expect(bytes(cells.type(type)) == cell(CSVValue.refundType(type, language)))
            }
            for status in RefundStatus.allCases {
                #expect(bytes(cells.status(status)) == cell(CSVValue.refundStatus(status, language)))
            }
        }
    }
}
