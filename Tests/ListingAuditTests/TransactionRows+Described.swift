@testable import ListingAudit

extension TransactionRows {
    /// Every row, for tests that compare chunks: a refusal's location and reason, or the row's line and each refund
    /// field's cell as `cell` shows it, joined by `|`.
    func described(cell: (UnsafeBufferPointer<UInt8>) -> String) -> [String] {
        var seen: [String] = []
        forEach { row in
            switch row {
            case .refused(let skip):
                seen.append("refused \(skip.location.line):\(skip.location.column ?? 0) \(skip.reason.en)")
            case .fields(let fields):
                let cells = RefundField.allCases.map { cell(fields.text($0)) }
                seen.append("\(fields.line): " + cells.joined(separator: "|"))
            }
        }
        return seen
    }
}
