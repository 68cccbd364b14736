import Foundation
import Testing
@testable import ListingAudit

/// Last week's snapshot is read into a digest straight from its bytes, its texts left in place until the digest keeps
/// one (`SnapshotListing`): the digest must be the one the snapshot read whole gives, and the reader must check the
/// texts it leaves (UTF-8, numbers, names) as it checked those it made into `String`s.
@Suite struct SnapshotListingTests {
    /// Every entry of `digest`, its ids and rules by name, with its kept title and evidence.
    private static func rows(_ digest: SnapshotDigest, names: HistoryNames) -> [String] {
        (0..<digest.count).map { entry in
            let numbers = digest.numbers(of: entry)
            let marks = digest.rules(of: entry).map { mark in
                let evidence = digest.evidence(of: entry, rule: mark.rule, names: names)
                return "\(names.rules[mark.rule])/\(mark.categories)/\(evidence)"
            }
            let refunds = RefundCategory.taxonomy.map { digest.refunds(of: entry, in: $0.bit).map(String.init) ?? "-" }
            let orders = numbers.orders.map(String.init) ?? "-"
            return [
                names.listings[digest.id(of: entry)], "\(digest.score(of: entry).bitPattern)",
                "\(numbers.findings) \(numbers.refunds) \(numbers.linkedRefunds) \(orders)",
                "\(marks)", "\(refunds)", digest.title(of: entry),
            ].joined(separator: " | ")
        }
    }

    /// The digest of the snapshot in `bytes` read from its bytes, keeping every text, and the names it interned;
    /// `nil` when the reader leaves the snapshot to `JSONDecoder`.
    private static func streamed(_ bytes: [UInt8]) -> (SnapshotDigest, HistoryNames)? {
        let names = HistoryNames()
        var builder = DigestBuilder(names: names, previous: nil, current: nil, keepsAll: true)
        let header = bytes.withUnsafeBufferPointer { buffer in
            SnapshotJSONReader.read(buffer) { listing, _ in builder.append(listing) }
        }
        guard let header else { return nil }
        return (builder.finish(date: header.date, basis: header.basis, schema: header.schema), names)
    }

    /// A snapshot of one listing whose `title`, refunds and per-category counts are written as given.
    private static func snapshot(
        title: [UInt8] = Array("t".utf8), refunds: String = "1", counts: [UInt8] = Array("{}".utf8)
    ) -> [UInt8] {
        Array(#"{"basis":"orders","date":"2026-11-26","listings":[{"listing_id":"L1","refunds":"#.utf8)
            + Array(refunds.utf8) + Array(#","refunds_by_category":"#.utf8) + counts + Array(#","title":""#.utf8)
            + title + Array(#""}],"schema":1,"tool_version":"x"}"#.utf8)
    }

    @Test func theDigestReadFromBytesIsTheDigestOfTheSnapshotReadWhole() throws {
        // Control characters other than \b \t \n \f \r are written as \u escapes, which the reader leaves.
        let texts = SnapshotJSONTests.trickyTexts.map { text in
            let kept = text.unicodeScalars.filter { $0.value >= 0x20 || [8, 9, 10, 12, 13].contains($0.value) }
            return String(String.UnicodeScalarView(kept))
        } + ["r\u{E9}gle", "re\u{301}gle"]
        for seed in 0..<8 {
            let snapshot = SnapshotJSONTests.trickySnapshot(seed: UInt64(seed), texts: texts)
            let bytes = try #require(snapshot.jsonBytes())
            let (streamed, streamedNames) = try #require(Self.streamed(bytes), "seed \(seed)")
            let wholeNames = HistoryNames()
            let decoded = try JSONDecoder().decode(AuditSnapshot.self, from: Data(bytes))
            let whole = SnapshotDigest(decoded, names: wholeNames, keepingAll: true)
            #expect(Self.rows(streamed, names: streamedNames) == Self.rows(whole, names: wholeNames), "seed \(seed)")
            #expect(streamedNames.rules.values == wholeNames.rules.values, "rules numbered in the same order")
            #expect(streamed.date == whole.date && streamed.basis == whole.basis && streamed.count == whole.count)
        }
    }

    /// Bytes beyond ASCII in a text are accepted exactly when `String(validating:as:)` accepts them: every lead
    /// byte with every second byte, and three- and four-byte sequences around each boundary of Unicode's table.
    @Test func textsAreCheckedAsStringChecksThem() {
        var sequences: [[UInt8]] = []
        for lead in UInt8(0x80)...0xFF {
            sequences.append([lead])
            for second in UInt8(0x20)...0xFF { sequences.append([lead, second]) }
        }
        let edges: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        for lead: UInt8 in [0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5] {
            for second in edges {
                for third: UInt8 in [0x41, 0x80, 0xBF, 0xC0] {
                    sequences.append([lead, second, third])
                    for fourth: UInt8 in [0x41, 0x80, 0xBF, 0xC0] { sequences.append([lead, second, third, fourth]) }
                }
            }
        }
        var accepted = 0
        for sequence in sequences {
            for title in [sequence, Array("a".utf8) + sequence + Array("b".utf8)]
            where !title.contains(UInt8(ascii: "\"")) && !title.contains(UInt8(ascii: "\\")) {
                let valid = String(validating: title, as: UTF8.self)
                let read = SnapshotJSONReader.read(Data(Self.snapshot(title: title)))
                #expect(read?.listings.first?.title == valid, "\(title)")
                #expect((Self.streamed(Self.snapshot(title: title)) != nil) == (valid != nil), "\(title)")
                if valid != nil { accepted += 1 }
            }
        }
        #expect(accepted > 2_000)
        #expect(SnapshotJSONReader.read(Data(Self.snapshot(title: [0xC3] + Array(#"\n"#.utf8)))) == nil)
        #expect(SnapshotJSONReader.read(Data(Self.snapshot(title: Array(#"\"é\\/\n"#.utf8))))?.listings.first?.title
            == "\"é\\/\n")
    }

    /// Whole numbers are read as `Int(_:)` reads their text, without making it: to the edges of `Int`, and not past.
    @Test func wholeNumbersAreReadAsIntReadsThem() throws {
        for text in [
            "0", "-0", "7", "-12", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999", "1.0", "1e3", "01",
        ] {
            let bytes = Self.snapshot(refunds: text)
            let read = SnapshotJSONReader.read(Data(bytes))
            let decoded = try? JSONDecoder().decode(AuditSnapshot.self, from: Data(bytes))
            if let expected = Int(text), !text.hasPrefix("0") || text == "0" {
                #expect(read?.listings.first?.refunds == expected, "\(text)")
                #expect(read == decoded, "\(text)")
                #expect(Self.streamed(bytes).map { $0.0.numbers(of: 0).refunds } == expected, "\(text)")
            } else {
                #expect(read == nil, "\(text) is left to JSONDecoder")
            }
        }
    }

    /// `refunds_by_category` keeps names it does not know and refuses a name twice, as a dictionary of `String`s
    /// does (which takes canonically equivalent spellings for one name); finding categories must all be known.
    @Test func categoryNamesAreReadAsStringsCompare() throws {
        let known = Self.snapshot(counts: Array(#"{"future":3,"size_fit":2}"#.utf8))
        #expect(SnapshotJSONReader.read(Data(known))?.listings.first?.refundsByCategory == ["future": 3, "size_fit": 2])
        #expect(Self.streamed(known).flatMap { $0.0.refunds(of: 0, in: RefundCategory.sizeFit.bit) } == 2)
        let twice = [#"{"size_fit":1,"size_fit":2}"#, #"{"future":1,"future":2}"#, "{\"\u{E9}\":1,\"e\u{301}\":2}"]
        for counts in twice.map({ Array($0.utf8) }) + [Array(#"{""#.utf8) + [0xFF] + Array(#"":1}"#.utf8)] {
            #expect(SnapshotJSONReader.read(Data(Self.snapshot(counts: counts))) == nil, "\(counts)")
            #expect(Self.streamed(Self.snapshot(counts: counts)) == nil, "\(counts)")
        }
        let unknownCategory = String(decoding: Self.snapshot(), as: UTF8.self).replacingOccurrences(
            of: #""refunds":1,"#,
            with: #""findings":[{"categories":["future"],"evidence":"e","rule_id":"r","severity":"warning"}],"#)
        #expect(SnapshotJSONReader.read(Data(unknownCategory.utf8)) == nil)
    }
}
