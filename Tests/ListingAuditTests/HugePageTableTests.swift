import Testing

@testable import ListingAudit

/// `HugePageTable`: the automaton's transitions read back exactly as written, in huge pages where Linux gives them.
@Suite struct HugePageTableTests {
    /// A table of several MiB (the built-in automaton's is about 3.3 MiB) is asked for huge pages on Linux, on a
    /// 2 MiB boundary, and holds what was written.
    @Test func aLargeTableLiesOnHugePageBoundariesAndReadsBack() {
        let count = 3 << 20 / 2 + 17
        let table = HugePageTable(count: count) { entries in
            for index in entries.indices { entries[index] = UInt16(truncatingIfNeeded: index &* 2_654_435_761) }
        }
        #expect(table.entries.count == count)
        #if os(Linux)
        #expect(table.askedForHugePages)
        #expect(Int(bitPattern: table.entries.baseAddress) % HugePageTable.hugePageSize == 0)
        #endif
        let mismatches = table.entries.indices.filter {
            table.entries[$0] != UInt16(truncatingIfNeeded: $0 &* 2_654_435_761)
        }
        #expect(mismatches.isEmpty)
    }

    /// A small table is ordinary memory: no huge page is worth it.
    @Test func aSmallTableIsOrdinaryMemory() {
        let table = HugePageTable(count: 1000) { entries in
            for index in entries.indices { entries[index] = UInt16(index) }
        }
        #expect(!table.askedForHugePages)
        #expect(Array(table.entries) == (0..<1000).map(UInt16.init))
    }
}
