import Foundation
import Testing

@testable import ListingAudit

/// Replays every input `scripts/fuzz` found (Corpus/fuzz-found/<target>/) through the loader and every rule, and
/// every cell through the number readers: each once crashed a target, and must now be read or refused cleanly.
@Suite struct FuzzFoundTests {
    static let folder = TestPaths.corpus.appendingPathComponent("fuzz-found")

    static var inputs: [URL] {
        let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (found?.allObjects as? [URL] ?? []).filter { $0.lastPathComponent.hasPrefix("crash-")
            || $0.lastPathComponent.hasPrefix("oom-") || $0.lastPathComponent.hasPrefix("timeout-") }
            .sorted { $0.path < $1.path }
    }

    @Test func theFoundInputsAreReadOrRefusedCleanly() throws {
        let engine = RuleEngine()
        for input in Self.inputs {
            let bytes = try Data(contentsOf: input)
            let reader = CSVReader(source: MemoryByteSource(Array(bytes)))
            while let record = try? reader.next() {
                for index in 0..<record.count {
                    record.withUTF8(index) { cell in
                        _ = NumberGrammar.amount(cell)
                        _ = NumberGrammar.quantity(cell)
                        _ = FieldText.amount(cell)
                        _ = CellText.price(cell)
                    }
                }
            }
            if let loaded = try? ListingLoader.load(path: input.path) { _ = engine.checkSerially(loaded.listings) }
        }
    }

    @Test func numbersInReasonsNeverTrapOnHugeOrNonFiniteValues() {
        #expect(ListingPriority.number(2.5) == "2.5" && ListingPriority.number(3) == "3")
        #expect(ListingPriority.number(.infinity) == "inf" && ListingPriority.number(.nan) == "nan")
        #expect(ListingPriority.number(1e19) == "10000000000000000000.0")
    }

    @Test func aTwentyDigitPriceIsUnknownNotACrash() {
        #expect(CellText.price("99999999999999999999") == nil)
        #expect(CellText.price("123456789012345") == 123_456_789_012_345)
    }
}
