import Testing

@testable import ListingAudit

/// The audit keeps its findings compact (`AuditFindings`): one copy of each repeated text, values read back as given.
@Suite struct AuditFindingsTests {
    private func finding(_ id: String, count: Int, evidence: String, column: Int? = nil) -> Finding {
        Finding(
            listingID: id, ruleID: "images.too_few", severity: .warning,
            message: LocalizedText(zh: "只有 \(count) 张不同的图片；建议至少 3 张", en: "Only \(count) different images; at least 3"),
            evidence: evidence, location: SourceLocation(file: "a.csv", line: 2, column: column))
    }

    /// The address of a native string's bytes (equal addresses: one shared copy).
    private func storage(_ text: String) -> UnsafeRawPointer? {
        text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test func equalTextsShareOneCopyAndValuesAreUnchanged() {
        let given = [
            finding("A", count: 2, evidence: "https://img.example.com/a.jpg"),
            finding("B", count: 2, evidence: "https://img.example.com/a.jpg", column: 4),
            finding("C", count: 1, evidence: "x"),
        ]
        let findings = AuditFindings(given)
        #expect(Array(findings) == given)
        #expect(findings.messages.count == 2 && findings.evidence.count == 2 && findings.files.count == 1)
        let (first, second, other) = (findings[0], findings[1], findings[2])
        #expect(storage(first.message.en) != nil)
        #expect(storage(first.message.en) == storage(second.message.en))
        #expect(storage(first.message.zh) == storage(second.message.zh))
        #expect(storage(first.evidence) == storage(second.evidence))
        #expect(storage(other.message.en) != storage(first.message.en))
        #expect(other.evidence == "x")
    }

    @Test func findingsAreGroupedByListingInTheOrderListingsFirstAppear() {
        let given = [
            finding("B", count: 1, evidence: "b1"), finding("A", count: 1, evidence: "a1"),
            finding("B", count: 2, evidence: "b2"), finding("C", count: 3, evidence: "c1"),
        ]
        let findings = AuditFindings(given)
        #expect(findings.map(\.evidence) == ["b1", "b2", "a1", "c1"])
        #expect(findings.range(ofListing: 0) == 0..<2 && findings.range(ofListing: 1) == 2..<3)
        #expect(findings.range(ofListing: 2) == 3..<4 && findings.range(ofListing: 7).isEmpty)
        let byListing = findings.byListing(ids: ["B", "C", "Z"]).mapValues { $0.map(\.evidence) }
        #expect(byListing == ["B": ["b1", "b2"], "C": ["c1"]])
        #expect(findings.maximumSeverity == .warning && AuditFindings().maximumSeverity == nil)
    }

    /// `maximumSeverity` stops at the first error; before one, the worst seen so far counts, in any order.
    @Test func theMaximumSeverityIsTheWorstWhereverItComes() {
        func worst(_ severities: [Severity]) -> Severity? {
            AuditFindings(severities.enumerated().map { offset, severity in
                var item = finding("L\(offset % 3)", count: offset, evidence: "e")
                item.severity = severity
                return item
            }).maximumSeverity
        }
        #expect(worst([.advice, .warning, .advice]) == .warning)
        #expect(worst([.warning, .advice]) == .warning)
        #expect(worst([.advice, .advice]) == .advice)
        #expect(worst([.advice, .error, .warning]) == .error)
        #expect(worst([.warning, .advice, .advice, .error]) == .error)
        #expect(worst([]) == nil)
    }

    /// `byListing` rules listings out by their id's bytes before making a `String`; it must find what comparing
    /// every listing's id as a `String` finds, canonical equivalence included (`K` and U+212A KELVIN SIGN, `é` and
    /// `e` + U+0301, `;` and U+037E GREEK QUESTION MARK are equal `String`s).
    @Test func findingsByListingIDAgreeWithComparingEveryIDAsAString() {
        let alphabet = ["K", "\u{212A}", "k", "e", "\u{E9}", "\u{301}", ";", "\u{37E}", "L", "1", " ", "長", "\u{0}"]
        var generator = SeededGenerator(seed: 11)
        let ids = (0..<400).map { _ in
            (0..<Int.random(in: 1...3, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
                .joined()
        }
        let table = ListingTable(ids.map {
            AuditListing(id: $0, title: "t", profile: .apparel, location: SourceLocation(file: "a.csv", line: 2))
        })
        var findings = AuditFindings(listings: table)
        for (position, id) in ids.enumerated() where position % 5 != 0 {
            findings.append(finding(id, count: position, evidence: "\(position)"), listing: position)
        }
        for size in [1, 2, 5, 40] {
            for _ in 0..<40 {
                let wanted = Set((0..<size).map { _ in ids.randomElement(using: &generator)! })
                    .union(size == 5 ? ["K", "\u{E9}", "absent"] : [])
                var expected: [String: [String]] = [:]
                for position in table.indices where !findings.range(ofListing: position).isEmpty {
                    let id = table.id(position)
                    if wanted.contains(id) {
                        expected[id, default: []] += findings.range(ofListing: position).map { findings[$0].evidence }
                    }
                }
                #expect(findings.byListing(ids: wanted).mapValues { $0.map(\.evidence) } == expected)
            }
        }
    }

    @Test func countsByRuleCountFindingsAndListings() {
        var given = [finding("A", count: 1, evidence: "1"), finding("A", count: 2, evidence: "2")]
        given.append(Finding(
            listingID: "B", ruleID: "size.missing_chart", severity: .error, message: LocalizedText(zh: "z", en: "e"),
            evidence: "", location: SourceLocation(file: "b.csv", line: 9)))
        given.append(finding("B", count: 1, evidence: "3"))
        let counts = AuditFindings(given).countsByRule()
        #expect(counts.count == 2)
        #expect(counts["images.too_few"]?.findings == 3 && counts["images.too_few"]?.listings == 2)
        #expect(counts["size.missing_chart"]?.findings == 1 && counts["size.missing_chart"]?.listings == 1)
    }
}
