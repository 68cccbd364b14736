import Foundation
import Testing
@testable import ListingAudit

/// Thousands of random and garbage byte strings through every decoding path and the reader: each must end,
/// and the records must be sane (no crash, no hang, no lost or invented structure).
@Suite struct CSVFuzzTests {
    /// Bytes that matter to the reader and decoders, so random strings hit their edge cases often.
    private static let interesting: [UInt8] = [
        0x2C, 0x22, 0x0A, 0x0D, 0x09, 0x3B, 0x7C, 0x61, 0x20, 0x00, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF,
        0xE4, 0xB8, 0xAD, 0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80, 0xD8, 0xDC, 0x81, 0x30, 0x39, 0x84, 0x31,
    ]

    private static func sample(_ random: inout SeededGenerator) -> [UInt8] {
        let length = random.below(200)
        let fullyRandom = random.below(3) == 0
        return (0..<length).map { _ in
            fullyRandom ? UInt8(truncatingIfNeeded: random.next()) : interesting[random.below(interesting.count)]
        }
    }

    /// Reads everything from `source`, checking each record; returns the number of records.
    @discardableResult
    private static func check(_ source: ByteSource, dialect: CSVDialect, chunkSize: Int, inputCount: Int,
                              label: String) throws -> Int {
        let reader = CSVReader(source: source, dialect: dialect, chunkSize: chunkSize)
        var records = 0
        var lastLine = 0
        // Transcoding can grow the input up to threefold; every record needs at least one byte.
        let bound = inputCount * 3 + 2
        while let record = try reader.next() {
            records += 1
            #expect(record.count >= 1, "\(label)")
            #expect(record.line > lastLine, "\(label)")
            #expect(record.issues.allSatisfy { $0.line >= record.line && (1...record.count).contains($0.column) },
                    "\(label)")
            #expect(record.fields.count == record.count, "\(label)")
            lastLine = record.line
            if records > bound {
                Issue.record("more records than input bytes: \(label)")
                break
            }
        }
        #expect(reader.blankLines + records <= bound, "\(label)")
        return records
    }

    @Test func randomBytesThroughEveryDecoderAndTheReader() throws {
        var random = SeededGenerator(seed: 0x5EED_C5F0)
        let dialects: [CSVDialect] = [.csv, .tsv, CSVDialect(delimiter: 0x3B), CSVDialect(delimiter: 0x7C)]
        for round in 0..<3000 {
            let bytes = Self.sample(&random)
            let dialect = dialects[round % dialects.count]
            let chunk = 1 + random.below(64)
            let label = "round \(round) chunk \(chunk) bytes \(bytes)"
            try Self.check(MemoryByteSource(bytes), dialect: dialect, chunkSize: chunk, inputCount: bytes.count,
                           label: label)
            try Self.check(UTF16ByteSource(base: MemoryByteSource(bytes), bigEndian: round % 2 == 0),
                           dialect: dialect, chunkSize: chunk, inputCount: bytes.count, label: "utf-16 " + label)
            if round % 3 == 0 {
                try Self.check(GB18030ByteSource(base: MemoryByteSource(bytes)), dialect: dialect, chunkSize: chunk,
                               inputCount: bytes.count, label: "gb18030 " + label)
            }
        }
    }

    @Test func randomFilesOpenOrAreRejectedAsUnusable() throws {
        var random = SeededGenerator(seed: 0xF11E_5EED)
        let path = TestPaths.scratch
            .appendingPathComponent("listing-audit-fuzz-\(ProcessInfo.processInfo.processIdentifier).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var opened = 0
        var rejected = 0
        for round in 0..<400 {
            var bytes = Self.sample(&random)
            if round % 4 == 1 { bytes = [0xFF, 0xFE] + bytes }
            if round % 4 == 2 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            do {
                let file = try DelimitedFile(path: path)
                var records = 0
                while try file.next() != nil, records <= bytes.count * 3 + 2 { records += 1 }
                #expect(records <= bytes.count * 3 + 1, "round \(round)")
                opened += 1
            } catch {
                guard case .unusableInput(let location, _) = error else {
                    Issue.record("round \(round): unexpected \(error)")
                    continue
                }
                #expect(location.line >= 1 && (location.column ?? 1) >= 1)
                rejected += 1
            }
        }
        #expect(opened > 0 && rejected > 0)
    }
}
