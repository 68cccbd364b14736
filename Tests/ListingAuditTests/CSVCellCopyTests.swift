import Testing

@testable import ListingAudit

/// `CSVByteBuffer` copies a cell sixteen bytes at a time (eight below sixteen) while it looks for the bytes that
/// make it quoted, the last block overlapping the one before; numbers are written two digits at a time. Each must
/// write what `CSVWriter` writes, wherever in the cell (first block, middle, overlapping last block) the byte that
/// matters lies.
@Suite struct CSVCellCopyTests {
    private func written(_ cell: [UInt8], rowWriter: Bool) -> String {
        var buffer = CSVByteBuffer()
        cell.withUnsafeBufferPointer { cell in
            if rowWriter {
                buffer.appendRow(maximum: 2 * CSVByteBuffer.maximum(cell: cell)) { row in
                    row.appendCell(cell)
                    row.appendCell(cell)
                }
            } else {
                buffer.appendCell(cell)
                buffer.appendCell(cell)
                buffer.endRow()
            }
        }
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @Test func aByteThatNeedsQuotesIsFoundAtEveryPositionOfEveryLength() {
        for length in 1...40 {
            for position in 0..<length {
                // Tab, space, `+` and U+0001 lie below `-` as the four marks do; `-` and `中` do not.
                for mark in [",", "\"", "\n", "\r", "x", "é", "\t", " ", "+", "-", "\u{1}", "中"] {
                    var cell = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
                    cell.replaceSubrange(position..<(position + 1), with: Array(mark.utf8))
                    let text = String(decoding: cell, as: UTF8.self)
                    let expected = CSVWriter.row([text, text])
                    let context: Comment = "\(length) \(position) \(mark.debugDescription)"
                    #expect(written(cell, rowWriter: false) == expected, context)
                    #expect(written(cell, rowWriter: true) == expected, context)
                }
            }
        }
    }

    @Test func randomCellsAreWrittenAsTheStringWriterWritesThem() {
        var random = SeededGenerator(seed: 0x0C0F_FEE5)
        let pieces = ["a", "Z", "0", "-", "=", "+", "@", " ", ",", "\"", "\n", "\r", "\t", "价", "🙂", "'", "."]
        for _ in 0..<4_000 {
            let text = (0..<random.below(70)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let cell = Array(text.utf8)
            #expect(written(cell, rowWriter: false) == CSVWriter.row([text, text]), "\(text.debugDescription)")
            #expect(written(cell, rowWriter: true) == CSVWriter.row([text, text]), "\(text.debugDescription)")
        }
    }

    @Test func writtenCellsOfEveryLengthAreCopiedWhole() {
        for length in 0...150 {
            let cell = (0..<length).map { UInt8(truncatingIfNeeded: 0x41 + $0 % 26) }
            var buffer = CSVByteBuffer()
            cell.withUnsafeBufferPointer { cell in
                buffer.appendWrittenCell(cell)
                buffer.appendRow(maximum: cell.count + 1) { $0.appendWrittenCell(cell) }
            }
            #expect(buffer.bytes == cell + [UInt8(ascii: ",")] + cell + [0x0D, 0x0A], "length \(length)")
        }
    }

    @Test func numbersOfEveryLengthAreWrittenAsTheirText() {
        var values: [Int] = [0, 1, 9, 10, 11, 99, 100, 101, Int.max, Int.min, Int.min + 1]
        var power = 1
        while power <= Int.max / 10 {
            power *= 10
            values += [power - 1, power, power + 1, -power, -(power - 1)]
        }
        var random = SeededGenerator(seed: 0x0D16_1775)
        for _ in 0..<3_000 { values.append(Int(truncatingIfNeeded: random.next()) >> random.below(64)) }
        for value in values {
            var buffer = CSVByteBuffer()
            buffer.appendCell(value)
            buffer.appendRow(maximum: 25) { $0.appendCell(value) }
            #expect(String(decoding: buffer.bytes, as: UTF8.self) == CSVWriter.row([String(value), String(value)]))
        }
    }
}
