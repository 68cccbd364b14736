import Foundation
import Testing

@testable import ListingAudit

/// The ZIP container and the DEFLATE decoder, against archives written by Python's `zipfile` (zlib) and against
/// damaged and random input. Each entry's CRC-32 and size are checked by the reader itself at its end.
@Suite struct ZipInflateTests {
    static let variety = TestPaths.corpus.appendingPathComponent("parsing/xlsx/deflate-variety.zip").path

    /// All bytes of `entry`, read in pieces of `piece`.
    private func inflate(_ archive: ZipArchive, _ entry: ZipArchive.Entry, piece: Int = 1 << 16) throws -> [UInt8] {
        let source = try archive.open(entry)
        var all: [UInt8] = []
        while try source.read(into: &all, maximum: piece) > 0 {}
        return all
    }

    @Test func everyEntryInflatesToItsDeclaredSizeAndCRC() throws {
        let archive = try ZipArchive(path: Self.variety)
        // Counted with zipfile: len(infolist()) == 73, sum(file_size) == 711616, 57 of them deflated.
        #expect(archive.entries.count == 73)
        #expect(archive.entries.filter { $0.method == 8 }.count == 57)
        var total = 0
        for entry in archive.entries {
            let bytes = try inflate(archive, entry)
            #expect(bytes.count == entry.uncompressedSize, "\(entry.name)")
            total += bytes.count
        }
        #expect(total == 711_616)
    }

    @Test(arguments: [1, 7, 4096, 1 << 20]) func pieceSizeDoesNotChangeTheBytes(_ piece: Int) throws {
        let archive = try ZipArchive(path: Self.variety)
        let entry = try #require(archive.entry(named: "text-70000-level9.bin"))
        let whole = try inflate(archive, entry)
        #expect(try inflate(archive, entry, piece: piece) == whole)
    }

    @Test func knownContentComesOutExactly() throws {
        // The zeros entries hold zero bytes only; the runs entries only the bytes 0...3.
        let archive = try ZipArchive(path: Self.variety)
        for level in [1, 6, 9] {
            let zeros = try inflate(archive, try #require(archive.entry(named: "zeros-70000-level\(level).bin")))
            #expect(zeros.count == 70000 && zeros.allSatisfy { $0 == 0 })
            let runs = try inflate(archive, try #require(archive.entry(named: "runs-70000-level\(level).bin")))
            #expect(runs.count == 70000 && runs.allSatisfy { $0 < 4 })
        }
    }

    /// The compressed bytes of `entry`.
    private func compressed(_ archive: ZipArchive, _ entry: ZipArchive.Entry) throws -> [UInt8] {
        let header = try archive.file.bytes(at: entry.localHeaderOffset, count: 30)
        let start = entry.localHeaderOffset + 30 + Int(header[26]) + Int(header[27]) << 8 + Int(header[28])
            + Int(header[29]) << 8
        return try archive.file.bytes(at: start, count: entry.compressedSize)
    }

    /// Inflates `bytes` completely; the outcome, never a crash.
    private func outcome(_ bytes: [UInt8], limit: Int = 1 << 22) -> Result<[UInt8], Inflater.Failure> {
        let inflater = Inflater(input: MemoryCompressedInput(bytes), outputLimit: limit, chunkSize: 4096)
        var out: [UInt8] = []
        do {
            while try inflater.inflate(into: &out, maximum: 1 << 16) > 0 {}
            return .success(out)
        } catch {
            return .failure(error)
        }
    }

    @Test func everyCutOfAStreamIsReportedAsTruncatedOrDamaged() throws {
        let archive = try ZipArchive(path: Self.variety)
        let entry = try #require(archive.entry(named: "text-5000-level6.bin"))
        let bytes = try compressed(archive, entry)
        guard case .success(let whole) = outcome(bytes) else {
            Issue.record("the whole stream must inflate")
            return
        }
        #expect(whole.count == 5000)
        for cut in stride(from: 0, to: bytes.count - 1, by: 3) {
            switch outcome(Array(bytes[..<cut])) {
            case .success(let partial): Issue.record("a stream cut at \(cut) inflated to \(partial.count) bytes")
            case .failure: break
            }
        }
    }

    @Test func damagedAndRandomStreamsNeverCrashOrRunAway() throws {
        let archive = try ZipArchive(path: Self.variety)
        var generator = SeededGenerator(seed: 12)
        var samples: [[UInt8]] = []
        for name in ["text-70000-level9.bin", "runs-70000-level1.bin", "random-5000-level6.bin"] {
            samples.append(try compressed(archive, try #require(archive.entry(named: name))))
        }
        var failures = 0
        for round in 0..<600 {
            var bytes = samples[round % samples.count]
            for _ in 0..<(1 + round % 5) {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[at] ^= UInt8.random(in: 1...255, using: &generator)
            }
            if case .failure = outcome(bytes, limit: 1 << 20) { failures += 1 }
        }
        for _ in 0..<200 {
            let noise = (0..<Int.random(in: 1..<2000, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            // Random bytes may happen to form a valid stream; the point is that it ends, bounded by the limit.
            if case .success(let out) = outcome(noise, limit: 1 << 20) { #expect(out.count <= 1 << 20) }
        }
        #expect(failures > 0)
    }

    @Test func theOutputLimitStopsAStreamThatInflatesTooFar() throws {
        let archive = try ZipArchive(path: Self.variety)
        let bytes = try compressed(archive, try #require(archive.entry(named: "zeros-70000-level9.bin")))
        guard case .failure(.inflate(.outputLimitExceeded)) = outcome(bytes, limit: 10_000) else {
            Issue.record("expected the limit to stop the stream")
            return
        }
    }
}
