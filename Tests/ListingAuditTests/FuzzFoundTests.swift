import Foundation
import Testing

@testable import ListingAudit

/// Replays every input `scripts/fuzz` found (Corpus/fuzz-found/<target>/) through the loader and every rule, and
/// every cell through the number readers, and through the reader of its target (every sheet of a workbook, a raw
/// DEFLATE stream, a feed, JSON records): each once crashed a target, and must now be read or refused cleanly.
/// (An `xlsx` input in the stored-parts mode is replayed as its own test when one is found.)
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
                        _ = DateGrammar.read(cell, serials: true)
                    }
                }
            }
            if let loaded = try? ListingLoader.load(path: input.path) { _ = engine.checkSerially(loaded.listings) }
            replay(input, Array(bytes))
        }
    }

    /// Reads `input` (of bytes `bytes`) as its target's reader does.
    private func replay(_ input: URL, _ bytes: [UInt8]) {
        switch input.deletingLastPathComponent().lastPathComponent {
        case "xlsx" where bytes.first == UInt8(ascii: "P"):
            guard let workbook = try? Workbook(path: input.path) else { return }
            for sheet in workbook.worksheets {
                guard let rows = try? workbook.rows(of: sheet) else { continue }
                while (try? rows.next()) != nil {}
            }
        case "xlsx" where bytes.first.map { $0 & 1 == 0 } == true:
            let inflater = Inflater(input: MemoryCompressedInput(Array(bytes.dropFirst())), outputLimit: 4 << 20)
            var output: [UInt8] = []
            while let count = try? inflater.inflate(into: &output, maximum: 1 << 14), count > 0 {
                output.removeAll(keepingCapacity: true)
            }
        case "feed":
            guard let rows = try? FeedRows(path: input.path) else { return }
            while (try? rows.next()) != nil {}
        case "json":
            guard let rows = try? JSONRows(path: input.path) else { return }
            while (try? rows.next()) != nil {}
        default:
            break
        }
    }

    @Test func numbersInReasonsNeverTrapOnHugeOrNonFiniteValues() {
        func number(_ value: Double) -> String {
            let line: ReasonLine = "\(number: value)"
            return String(decoding: line.bytes, as: UTF8.self)
        }
        #expect(number(2.5) == "2.5" && number(3) == "3")
        #expect(number(.infinity) == "inf" && number(.nan) == "nan")
        #expect(number(1e19) == "10000000000000000000.0")
    }

    @Test func aTwentyDigitPriceIsUnknownNotACrash() {
        #expect(CellText.price("99999999999999999999") == nil)
        #expect(CellText.price("123456789012345") == 123_456_789_012_345)
    }
}
