import Foundation
import Testing
@testable import ListingAudit

/// The history snapshot is written by a byte writer for its schema; it must be byte for byte what `JSONEncoder`
/// wrote, so older and newer audits read each other's history.
@Suite struct SnapshotJSONTests {
    static func encoded(_ snapshot: AuditSnapshot) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(snapshot))
    }

    /// Every ASCII control character, quotes, backslashes, slashes and text beyond ASCII.
    static let trickyTexts: [String] = {
        var controls = ""
        for value in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        return CSVByteBufferTests.trickyCells + [
            controls, "\u{7F}del", "a/b\\c\"d", "\u{2028}\u{2029}", "\u{FEFF}", "🙂👨‍👩‍👧", "e\u{301}", "</script>",
            String(repeating: "长", count: 300),
        ]
    }()

    static let scores: [Double] = [
        0, -0.0, 1, 6.5, 0.1, 1e-7, 1e16, 1.5e300, 123_456_789.123, 1e15, 1e21, 2.5e-5, 0.1 + 0.2,
        .leastNonzeroMagnitude, 100, 1e17, -3.75, 12_345_678_901_234_567_890.0, .greatestFiniteMagnitude,
    ]

    static func trickySnapshot(seed: UInt64, texts: [String] = trickyTexts) -> AuditSnapshot {
        var random = SeededGenerator(seed: seed)
        let listings = (0..<120).map { index in
            let findings = (0..<random.below(4)).map { _ in
                SnapshotFinding(
                    ruleID: texts[random.below(texts.count)], severity: Severity.allCases[random.below(3)],
                    evidence: texts[random.below(texts.count)],
                    categories: RefundCategory.taxonomy.filter { _ in random.below(3) == 0 })
            }
            var byCategory: [String: Int] = [:]
            for category in RefundCategory.taxonomy where random.below(4) == 0 {
                byCategory[category.rawValue] = random.below(50)
            }
            return ListingSnapshot(
                listingID: index % 7 == 0 ? "" : texts[index % texts.count],
                title: index % 5 == 0 ? "" : texts[(index * 3) % texts.count],
                score: random.below(3) == 0 ? 0 : scores[random.below(scores.count)], findings: findings,
                refunds: random.below(3) == 0 ? 0 : random.below(1_000) - 10,
                linkedRefunds: random.below(2) == 0 ? 0 : random.below(100), refundsByCategory: byCategory,
                orders: random.below(3) == 0 ? nil : random.below(5_000))
        }
        return AuditSnapshot(
            date: HistoryFixtures.date("2026-11-26"), toolVersion: texts[Int(seed) % texts.count],
            basis: seed.isMultiple(of: 2) ? .orders : .refundCounts, listings: listings)
    }

    @Test func bytesAreWhatJSONEncoderWrote() throws {
        for seed in 0..<8 {
            let snapshot = Self.trickySnapshot(seed: UInt64(seed))
            #expect(snapshot.jsonBytes() == (try Self.encoded(snapshot)), "seed \(seed)")
        }
        let empty = AuditSnapshot(
            date: HistoryFixtures.date("2026-01-01"), toolVersion: "", basis: .orders, listings: [])
        #expect(empty.jsonBytes() == (try Self.encoded(empty)))
    }

    @Test func aScoreJSONCannotHoldIsNotWritten() throws {
        var snapshot = Self.trickySnapshot(seed: 1)
        snapshot.listings[3].score = .nan
        #expect(snapshot.jsonBytes() == nil)
        #expect(throws: (any Error).self) { try Self.encoded(snapshot) }
        let store = HistoryStore(directory: HistoryFixtures.temporaryFolder())
        #expect(throws: HistoryError.self) { try store.save(snapshot) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory.path).isEmpty)
    }

    @Test func aSnapshotOfManyPiecesIsWrittenWhole() throws {
        let listings = (0..<12_000).map { index in
            HistoryFixtures.listing(
                "L\(index)" + String(repeating: "长", count: index % 90),
                [HistoryFixtures.finding("size.missing_chart")],
                refunds: index % 13)
        }
        let snapshot = AuditSnapshot(
            date: HistoryFixtures.date("2026-11-26"), toolVersion: "test", basis: .orders, listings: listings)
        var pieces = 0
        var bytes: [UInt8] = []
        #expect(snapshot.writeJSON { piece in
            pieces += 1
            bytes += piece
        })
        #expect(pieces > 2)
        #expect(bytes == (try Self.encoded(snapshot)))
        let store = HistoryStore(directory: HistoryFixtures.temporaryFolder())
        try store.save(snapshot)
        #expect(Array(try Data(contentsOf: store.url(for: snapshot.date))) == bytes)
    }

    static func decoded(_ bytes: [UInt8]) throws -> AuditSnapshot {
        try JSONDecoder().decode(AuditSnapshot.self, from: Data(bytes))
    }

    /// The fast reader reads what `JSONDecoder` reads, or leaves the file to it.
    @Test func theReaderReadsWhatJSONDecoderReads() throws {
        var read = 0
        // Control characters other than \b \t \n \f \r are written as \u escapes, which the reader leaves.
        let escapable = Self.trickyTexts.map { text in
            let kept = text.unicodeScalars.filter { $0.value >= 0x20 || [8, 9, 10, 12, 13].contains($0.value) }
            return String(String.UnicodeScalarView(kept))
        }
        for seed in 0..<8 {
            for texts in [Self.trickyTexts, escapable] {
                let snapshot = Self.trickySnapshot(seed: UInt64(seed), texts: texts)
                let bytes = try #require(snapshot.jsonBytes())
                if let fast = SnapshotJSONReader.read(Data(bytes)) {
                    #expect(fast == (try Self.decoded(bytes)), "seed \(seed)")
                    read += 1
                }
            }
        }
        #expect(read >= 8, "every snapshot without \\u escapes is read")
        let plain = (0..<200).map { index in
            ListingSnapshot(
                listingID: "L\(index)", title: index % 3 == 0 ? "" : "连衣裙 \"夏\" /\\ \(index)",
                score: Self.scores[index % Self.scores.count],
                findings: index % 2 == 0 ? [] : [HistoryFixtures.finding("size.missing_chart", [.sizeFit, .other])],
                refunds: index % 5, linkedRefunds: index % 4,
                refundsByCategory: index % 2 == 0 ? [:] : ["size_fit": index],
                orders: index % 7 == 0 ? nil : index * 3)
        }
        for basis in [RankingBasis.orders, .refundCounts] {
            let snapshot = AuditSnapshot(
                date: HistoryFixtures.date("2026-11-26"), toolVersion: "1.2", basis: basis, listings: plain)
            let bytes = try #require(snapshot.jsonBytes())
            #expect(SnapshotJSONReader.read(Data(bytes)) == snapshot)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let pretty = try encoder.encode(snapshot)
            #expect(SnapshotJSONReader.read(pretty) == snapshot, "white space and escaped slashes")
            read += 2
        }
        #expect(read >= 12)
    }

    /// Anything the reader does not expect is left to `JSONDecoder`, which reads it or says why not.
    @Test func theReaderLeavesTheUnexpectedToJSONDecoder() throws {
        let unexpected = [
            #"{"schema":1,"date":"2026-11-26","tool_version":"x","basis":"orders","listings":[],"extra":1}"#,
            #"{"schema":1,"schema":1,"date":"2026-11-26","tool_version":"x","basis":"orders","listings":[]}"#,
            #"{"schema":1,"date":"2026-11-26","tool_version":"x","basis":"orders","listings":[{"listing_id":null}]}"#,
            #"{"schema":1,"date":"2026-11-26","tool_version":"\u0041","basis":"orders","listings":[]}"#,
            #"{"schema":1.0,"date":"2026-11-26","tool_version":"x","basis":"orders","listings":[]}"#,
            #"{"schema":01,"date":"2026-11-26","tool_version":"x","basis":"orders","listings":[]}"#,
            #"{"schema":1,"date":"2026-02-30","tool_version":"x","basis":"orders","listings":[]}"#,
            #"{"schema":1,"date":"2026-11-26","tool_version":"x","basis":"orders","listings":[{"score":1e999}]}"#,
            #"{"schema":1,"date":"2026-11-26","tool_version":"x","basis":"orders","listings":[] } x"#,
            #"{"schema":1,"date":"2026-11-26","tool_version":"x","basis":"orders","listings":["#,
        ]
        for text in unexpected {
            #expect(SnapshotJSONReader.read(Data(text.utf8)) == nil, "\(text)")
        }
        #expect(SnapshotJSONReader.read(Data([0x22, 0xFF, 0x22])) == nil)
        let escaped = #"{"schema":1,"date":"2026-11-26","tool_version":"\u0041","basis":"orders","listings":[]}"#
        let store = HistoryStore(directory: HistoryFixtures.temporaryFolder())
        try FileManager.default.createDirectory(at: store.directory, withIntermediateDirectories: true)
        try Data(escaped.utf8).write(to: store.url(for: HistoryFixtures.date("2026-11-26")))
        #expect(store.load().snapshots.map(\.toolVersion) == ["A"], "JSONDecoder reads what the reader left")
    }

    @Test func theStoreWritesThoseBytesAndReadsThemBack() throws {
        let snapshot = Self.trickySnapshot(seed: 3)
        let store = HistoryStore(directory: HistoryFixtures.temporaryFolder())
        try store.save(snapshot)
        #expect(Array(try Data(contentsOf: store.url(for: snapshot.date))) == (try Self.encoded(snapshot)))
        #expect(store.load().snapshots == [snapshot])
    }
}

extension AuditSnapshot {
    /// The whole JSON `writeJSON` writes, `nil` when it stops at a score that is not finite.
    func jsonBytes() -> [UInt8]? {
        var bytes: [UInt8] = []
        return writeJSON { bytes += $0 } ? bytes : nil
    }
}
