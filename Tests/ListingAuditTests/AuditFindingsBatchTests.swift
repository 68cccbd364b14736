import Testing

@testable import ListingAudit

/// The audit prepares each settled batch's findings on a worker (`AuditFindings.Batch`, texts and rules numbered
/// within the batch) and then merges them (`AuditFindings.append(_:)`). The store must be the one the straightforward
/// serial append builds, finding by finding (`append(_:listing:)`): the same records in the same order, and every
/// table numbering the same values the same way. Checked on seeded random batches whose texts and messages repeat
/// within and across batches under several numbers, and include equal `String`s written with different bytes.
@Suite struct AuditFindingsBatchTests {
    /// `"\u{E9}"` and `"e\u{301}"`, `"K"` and U+212A KELVIN SIGN are equal `String`s with different bytes.
    private static let pool = [
        "", "a", "Only 2 images", "\u{E9}t\u{E9}", "e\u{301}te\u{301}", "K", "\u{212A}", "纯棉短袖", "x, \"y\"", "b",
    ]
    private static let files = ["a.csv", "a.csv#Sheet 2", "caf\u{E9}.csv", "cafe\u{301}.csv"]
    private static let rules: [(id: String, severity: Severity)] = [
        ("images.too_few", .warning), ("title.short", .error), ("price.missing", .advice), ("text.shared", .warning),
    ]

    /// A batch of up to 12 listings from ordinal `first` on (some without findings), its texts and messages (of fixed
    /// text, or quoting words) drawn from the pools and often numbered again.
    private static func batch(first: Int, using generator: inout SeededGenerator) -> ShopCheck.SettledBatch {
        var texts = SpooledTexts([])
        var numbers: [Int32] = []
        func text() -> Int32 {
            if !numbers.isEmpty, generator.below(3) != 0 { return numbers[generator.below(numbers.count)] }
            numbers.append(texts.add(pool[generator.below(pool.count)]))
            return numbers[numbers.count - 1]
        }
        var messages: [FindingMessage] = []
        func message() -> Int32 {
            if !messages.isEmpty, generator.below(3) != 0 { return Int32(generator.below(messages.count)) }
            let (zh, en) = (pool[generator.below(pool.count)], pool[generator.below(pool.count)])
            let fixed = generator.below(2) == 0
            messages.append(
                fixed ? FindingMessage(LocalizedText(zh: zh, en: en)) : FindingMessage(.hedge, words: [zh, en]))
            return Int32(messages.count - 1)
        }
        let ownFile = texts.add(files[0])
        var findings: [ShopCheck.SettledFinding] = []
        for ordinal in first..<(first + 1 + generator.below(12)) {
            let (listingID, title) = (texts.add("L\(ordinal)"), texts.add("T\(generator.below(3))"))
            for _ in 0..<generator.below(4) {
                let file = generator.below(4) == 0 ? texts.add(files[generator.below(files.count)]) : ownFile
                findings.append(ShopCheck.SettledFinding(
                    ordinal: ordinal, listingID: listingID, title: title, rule: Int32(generator.below(rules.count)),
                    message: message(), evidence: text(), file: file, line: 2 + ordinal,
                    column: generator.below(3) - 1))
            }
        }
        return ShopCheck.SettledBatch(
            file: files[0], firstLine: 2 + first, texts: texts, messages: messages, findings: findings, rules: rules)
    }

    /// Each record's fields, for comparing stores.
    private static func fields(_ findings: AuditFindings) -> [[Int64]] {
        findings.records.map {
            [
                Int64($0.listing), Int64($0.message), Int64($0.evidence), Int64($0.line), Int64($0.column),
                Int64($0.rule), Int64($0.file), Int64(Severity.allCases.firstIndex(of: $0.severity)!),
            ]
        }
    }

    @Test(arguments: [21, 22, 23, 24])
    func mergedBatchesEqualTheSerialAppendOfEveryFinding(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var batches: [ShopCheck.SettledBatch] = []
        var next = 0
        for _ in 0..<(2 + generator.below(6)) {
            batches.append(Self.batch(first: next, using: &generator))
            next = batches[batches.count - 1].findings.last.map { $0.ordinal + 1 + generator.below(3) } ?? next + 1
        }
        let (merged, serial) = AuditFindings.builtBothWays(from: batches)
        #expect(serial.records.count > 20)
        #expect(Self.fields(merged) == Self.fields(serial))
        #expect(merged.rules.values == serial.rules.values)
        #expect(merged.messages.values == serial.messages.values)
        #expect(merged.evidence.values == serial.evidence.values)
        #expect(merged.files.values == serial.files.values)
        // Byte for byte too: an equal `String` written differently keeps the bytes it was first seen with.
        #expect(merged.evidence.values.map { Array($0.utf8) } == serial.evidence.values.map { Array($0.utf8) })
        #expect(merged.files.values.map { Array($0.utf8) } == serial.files.values.map { Array($0.utf8) })
        let listings = (serial.records.last.map { Int($0.listing) } ?? 0) + 2
        let ranges = (0..<listings).map { (merged.range(ofListing: $0), serial.range(ofListing: $0)) }
        #expect(ranges.allSatisfy { $0.0 == $0.1 })
    }
}

extension AuditFindings {
    /// The stores `batches` make merged batch by batch (`append(_:)` of `AuditFindings.Batch`, as the audit builds
    /// it) and appended finding by finding (`append(_:listing:)`, the straightforward way), to be compared.
    static func builtBothWays(
        from batches: [ShopCheck.SettledBatch]
    ) -> (merged: AuditFindings, serial: AuditFindings) {
        var merged = AuditFindings(listings: ListingTable())
        var serial = AuditFindings(listings: ListingTable())
        for batch in batches {
            merged.append(AuditFindings.Batch(batch))
            for (position, findings) in batch.listings {
                for finding in findings { serial.append(finding, listing: position) }
            }
        }
        return (merged, serial)
    }
}
