import Testing

@testable import ListingAudit

/// `ByteSearch.first`, which reads sixteen bytes at a time, then eight, then one, against a search byte by byte:
/// every start, every length around the block sizes, matches in any lane and bytes that differ from a target only in
/// their high bit or by one (which a borrow between lanes would mistake for it).
@Suite struct ByteSearchTests {
    @Test func theFirstMatchIsFoundWhereverItLies() {
        let targets: [UInt8] = [0x2C, 0x22, 0x0A, 0x0D]
        let others: [UInt8] = [0x41, 0xAC, 0xA2, 0x8A, 0x2D, 0x23, 0x0B, 0x0E, 0x2B, 0x00, 0xFF, 0x80, 0xE4]
        var random = SeededGenerator(seed: 0x5EA7C)
        for _ in 0..<3_000 {
            let length = random.below(70)
            let bytes = (0..<length).map { _ in
                random.below(9) == 0 ? targets[random.below(targets.count)] : others[random.below(others.count)]
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...length {
                    let expected = (start..<length).first { targets.contains(bytes[$0]) } ?? length
                    let found = ByteSearch.first(in: buffer, from: start, 0x2C, 0x22, 0x0A, 0x0D)
                    #expect(found == expected, "\(bytes) from \(start)")
                }
            }
        }
    }
}
