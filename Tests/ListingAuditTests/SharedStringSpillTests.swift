import Foundation
import Testing

@testable import ListingAudit

/// A shared-string table larger than the memory budget is kept in a scratch file and read back through a bounded
/// cache: every cell still reads as its string, whatever order the rows ask for them in.
@Suite struct SharedStringSpillTests {
    /// 20,000 distinct strings of 1 to 400 bytes, Chinese and ASCII; rows that ask for each new string in order of
    /// first use (as Excel numbers them) beside a recent one, an early one used all the time and one anywhere before.
    static func table() -> (strings: [String], rows: [[Int]]) {
        var random = SeededGenerator(seed: 12)
        let words = ["纯棉", "T恤", "cotton", "宽松", "slim fit", "黑色", "&", "<定制>", "尺码偏大", "XL"]
        let strings = (0..<20_000).map { index in
            let length = Int(random.next() % 60)
            return (0..<length).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined() + " \(index)"
        }
        var rows: [[Int]] = []
        for index in 0..<strings.count {
            let recent = max(0, index - Int(random.next() % 40))
            let early = Int(random.next() % 50)
            let anywhere = Int(random.next() % UInt64(index + 1))
            rows.append([index, recent, min(early, index), anywhere])
        }
        return (strings, rows)
    }

    /// Every row of the workbook's only sheet, and its shared strings as the reading left them.
    static func read(_ url: URL, budget: SharedStringStore.Budget) throws -> ([[String]], SharedStringStore) {
        let workbook = try Workbook(path: url.path, sharedStringsBudget: budget)
        let rows = try workbook.rows(of: workbook.worksheets[0])
        var read: [[String]] = []
        while let record = try rows.next() { read.append(record.fields) }
        return (read, workbook.sharedStrings.store)
    }

    @Test func aTableLargerThanTheBudgetIsReadBackFromTheScratchFileCellForCell() throws {
        let folder = HistoryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (strings, rows) = Self.table()
        let url = folder.appendingPathComponent("spill.xlsx")
        try GeneratedWorkbook.write(to: url, strings: strings, rows: rows)
        let budget = SharedStringStore.Budget(resident: 64 << 10, cache: 32 << 10, block: 4 << 10)
        let (read, store) = try Self.read(url, budget: budget)
        #expect(store.count == strings.count)
        // The strings total about 3 MB: far beyond what the budget lets stay in memory.
        #expect(store.hasSpilled)
        #expect(store.residentBytes <= budget.resident && store.cachedBytes <= budget.cache)
        #expect(read.count == rows.count)
        for (number, row) in rows.enumerated() where number < read.count {
            #expect(read[number] == row.map { strings[$0] }, "row \(number + 1)")
        }
    }

    @Test func aSmallTableStaysInMemory() throws {
        let folder = HistoryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (strings, rows) = Self.table()
        let url = folder.appendingPathComponent("small.xlsx")
        try GeneratedWorkbook.write(to: url, strings: strings, rows: rows)
        let (read, store) = try Self.read(url, budget: SharedStringStore.Budget())
        #expect(!store.hasSpilled && store.cachedBytes == 0)
        #expect(read.count == rows.count && read.last == rows.last?.map { strings[$0] })
    }

    @Test func aStringLongerThanTheFieldLimitIsCutAndNoted() throws {
        let folder = HistoryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = String(repeating: "纯棉", count: FieldLimit.maximumBytes / 5)
        let url = folder.appendingPathComponent("long.xlsx")
        try GeneratedWorkbook.write(to: url, strings: ["商品名称", long], rows: [[0], [1]])
        let workbook = try Workbook(path: url.path)
        let rows = try workbook.rows(of: workbook.worksheets[0])
        _ = try rows.next()
        let record = try #require(try rows.next())
        // Cut at a character boundary: 纯 and 棉 are three bytes each.
        let kept = FieldLimit.maximumBytes - FieldLimit.maximumBytes % 3
        #expect(record.fields[0].utf8.count == kept && long.hasPrefix(record.fields[0]))
        #expect(record.issues == [CSVIssue(kind: .fieldTooLong, line: 2, column: 1)])
    }
}
