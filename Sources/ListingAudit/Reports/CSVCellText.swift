/// Text a `CSVByteBuffer` writes as one cell.
protocol CSVCellText {
    func appendCell(to buffer: inout CSVByteBuffer)
}

extension String: CSVCellText {
    func appendCell(to buffer: inout CSVByteBuffer) { buffer.appendCell(self) }
}

extension UnsafeBufferPointer: CSVCellText where Element == UInt8 {
    func appendCell(to buffer: inout CSVByteBuffer) { buffer.appendCell(self) }
}

/// A cell already written by `CSVByteBuffer` (quoted and neutralised), appended as it is.
struct WrittenCSVCell: CSVCellText {
    let bytes: UnsafeBufferPointer<UInt8>

    func appendCell(to buffer: inout CSVByteBuffer) { buffer.appendWrittenCell(bytes) }
}
