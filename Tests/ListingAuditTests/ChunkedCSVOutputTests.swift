import Foundation
import Testing
@testable import ListingAudit

/// `AuditCSVOutput.appendRows` renders chunks of rows on worker threads and writes them as they come back in order;
/// its file must hold exactly the bytes of the rows rendered one after the other on one thread, whatever the chunk
/// size and whichever chunk finishes first. `Concurrently.run`, which runs two pieces of work at once, reports errors
/// in the order a serial run would have.
@Suite struct ChunkedCSVOutputTests {
    /// Rows of random tricky cells (quotes, commas, line breaks, formula starts), each ending with its number.
    static func randomRows(_ generator: inout SeededGenerator, count: Int) -> [[String]] {
        let cells = CSVByteBufferTests.trickyCells
        return (0..<count).map { index in
            (0..<(1 + generator.below(5))).map { _ in cells[generator.below(cells.count)] } + [String(index)]
        }
    }

    /// Writes `table`'s rows through `appendRows` with `chunkRows` rows a chunk into a new file and returns its bytes.
    /// Every third chunk is held back a moment, so later chunks finish before earlier ones.
    static func chunked(_ table: [[String]], chunkRows: Int) throws -> [UInt8] {
        let path = HistoryFixtures.temporaryFolder().appendingPathComponent("chunked.csv").path
        let output = AuditCSVOutput(file: try OutputFile(path: path), columns: AuditFindingsCSV.columns, language: .en)
        try output.appendRows(count: table.count, chunkRows: chunkRows) { range, rows in
            if (range.lowerBound / chunkRows) % 3 == 0 { usleep(300) }
            write(table, range, to: &rows)
        }
        try output.finish()
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The straightforward encoding: the header, then every row in order into one buffer on this thread.
    static func serial(_ table: [[String]]) -> [UInt8] {
        var buffer = CSVByteBuffer()
        buffer.append(CSVByteBuffer.byteOrderMark)
        for column in AuditFindingsCSV.columns { buffer.appendCell(column.header(.en)) }
        buffer.endRow()
        write(table, 0..<table.count, to: &buffer)
        return buffer.bytes
    }

    /// Where `written` first differs from `expected` (the shorter one's length when one is a prefix of the other), or
    /// `nil` when they are equal: a short message instead of two files of bytes.
    static func firstDifference(_ written: [UInt8], _ expected: [UInt8]) -> Int? {
        let common = min(written.count, expected.count)
        if let index = (0..<common).first(where: { written[$0] != expected[$0] }) { return index }
        return written.count == expected.count ? nil : common
    }

    /// Rows `range` of `table`, each cell appended in turn.
    static func write(_ table: [[String]], _ range: Range<Int>, to rows: inout CSVByteBuffer) {
        for row in table[range] {
            for cell in row { rows.appendCell(cell) }
            rows.endRow()
        }
    }

    @Test(arguments: [1, 2, 7, 64, 4_096])
    func chunksAreWrittenInOrderWithNoRowLostOrRepeated(_ chunkRows: Int) throws {
        for seed in UInt64(1)...6 {
            var generator = SeededGenerator(seed: seed)
            // No rows, one, counts that most chunk sizes do not divide, and a few more than a default chunk's worth.
            let count = [0, 1, 97, 500, 1_001, 4_099][Int(seed - 1)]
            let table = Self.randomRows(&generator, count: count)
            let written = try Self.chunked(table, chunkRows: chunkRows)
            let difference = Self.firstDifference(written, Self.serial(table))
            #expect(difference == nil, "seed \(seed), \(count) rows, \(chunkRows) a chunk: byte \(difference ?? 0)")
        }
    }

    @Test func chunksOfTheWholeTableOrMoreAreOneChunk() throws {
        var generator = SeededGenerator(seed: 42)
        let table = Self.randomRows(&generator, count: 333)
        #expect(Self.firstDifference(try Self.chunked(table, chunkRows: 333), Self.serial(table)) == nil)
        #expect(Self.firstDifference(try Self.chunked(table, chunkRows: 1_000), Self.serial(table)) == nil)
    }

    @Test func concurrentWorkReportsTheFirstErrorAfterBothHaveRun() {
        let first = AuditError.cannotWrite(path: "priorities.csv", reason: LocalizedText(zh: "一", en: "first"))
        let second = AuditError.cannotWrite(path: "findings.csv", reason: LocalizedText(zh: "二", en: "second"))
        var secondRan = false
        #expect(throws: first) {
            try Concurrently.run({ () throws(AuditError) in throw first }, alongside: { () throws(AuditError) in
                secondRan = true
                throw second
            })
        }
        #expect(secondRan)
        #expect(throws: second) {
            try Concurrently.run({ () throws(AuditError) in usleep(20_000) }, alongside: { () throws(AuditError) in
                throw second
            })
        }
        let firstFinished = FinishedFlag()
        try? Concurrently.run({ () throws(AuditError) in
            usleep(50_000)
            firstFinished.set()
        }, alongside: { () throws(AuditError) in throw second })
        #expect(firstFinished.isSet, "run returned before the other thread finished")
    }
}

/// A flag set on another thread and read after it has finished.
final class FinishedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
