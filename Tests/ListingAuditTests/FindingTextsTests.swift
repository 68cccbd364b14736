import Testing

@testable import ListingAudit

/// The audit keeps one copy of each repeated finding text (see `FindingTexts`).
@Suite struct FindingTextsTests {
    private func finding(_ id: String, count: Int, evidence: String) -> Finding {
        Finding(
            listingID: id, ruleID: "images.too_few", severity: .warning,
            message: LocalizedText(zh: "只有 \(count) 张不同的图片；建议至少 3 张", en: "Only \(count) different images; at least 3"),
            evidence: evidence, location: SourceLocation(file: "a.csv", line: 2))
    }

    /// The address of a native string's bytes (equal addresses: one shared copy).
    private func storage(_ text: String) -> UnsafeRawPointer? {
        text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test func equalTextsShareOneCopyAndValuesAreUnchanged() {
        var texts = FindingTexts()
        let first = texts.share(finding("A", count: 2, evidence: "https://img.example.com/a.jpg"))
        let second = texts.share(finding("B", count: 2, evidence: "https://img.example.com/a.jpg"))
        let other = texts.share(finding("C", count: 1, evidence: "x"))

        #expect(second == finding("B", count: 2, evidence: "https://img.example.com/a.jpg"))
        #expect(storage(first.message.en) != nil)
        #expect(storage(first.message.en) == storage(second.message.en))
        #expect(storage(first.message.zh) == storage(second.message.zh))
        #expect(storage(first.evidence) == storage(second.evidence))
        #expect(storage(other.message.en) != storage(first.message.en))
        #expect(other.evidence == "x")
    }
}
