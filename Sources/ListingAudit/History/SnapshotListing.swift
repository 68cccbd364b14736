/// A string of a snapshot left where it was read: its bytes as written between the quotes, and whether they hold
/// escapes. `SnapshotJSONReader` checked it as it checks the strings it makes (UTF-8, the simple escapes only), so
/// `string` is what reading it would have made. Valid only while the snapshot's bytes are.
struct SnapshotText {
    /// The bytes as written.
    let raw: UnsafeBufferPointer<UInt8>
    /// Whether `raw` holds escapes.
    let escaped: Bool

    /// An empty text.
    static var empty: SnapshotText { SnapshotText(raw: UnsafeBufferPointer(start: nil, count: 0), escaped: false) }

    /// The text, its escapes undone.
    var string: String {
        guard escaped else { return String(decoding: raw, as: UTF8.self) }
        var plain: [UInt8] = []
        plain.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            if raw[index] == UInt8(ascii: "\\"), index + 1 < raw.count,
                let byte = SnapshotJSONReader.unescaped(raw[index + 1])
            {
                plain.append(byte)
                index += 2
            } else {
                plain.append(raw[index])
                index += 1
            }
        }
        return String(decoding: plain, as: UTF8.self)
    }
}

/// A listing of a snapshot as `SnapshotJSONReader` hands it over: its numbers read, its texts left in the snapshot's
/// bytes until asked for, so that reading last week's audit into a digest makes a `String` only for the few titles
/// and evidence the comparison shows. Valid only during the call it is handed to (the reader reuses its arrays).
struct SnapshotListing {
    /// A finding: its rule and evidence in place, its categories a range of the listing's `categories`.
    struct Finding {
        var rule: SnapshotText
        var severity: Severity
        var evidence: SnapshotText
        var categories: Range<Int>
    }

    /// One count of `refunds_by_category`: the key as written, the category it names (`nil` for a name this
    /// version does not know) and the count.
    struct Count {
        var key: SnapshotText
        var category: RefundCategory?
        var count: Int
    }

    var id = SnapshotText.empty
    /// `nil` when the listing has no title.
    var title: SnapshotText?
    var score: Double = 0
    var findings: [Finding] = []
    /// Every finding's categories, back to back, in finding order.
    var categories: [RefundCategory] = []
    var refunds = 0
    var linkedRefunds = 0
    /// `refunds_by_category`, in the file's order, each key once (empty when absent).
    var counts: [Count] = []
    var orders: Int?

    /// The listing whole, as `JSONDecoder` reads it.
    var snapshot: ListingSnapshot {
        ListingSnapshot(
            listingID: id.string, title: title?.string ?? "", score: score,
            findings: findings.map { finding in
                SnapshotFinding(
                    ruleID: finding.rule.string, severity: finding.severity, evidence: finding.evidence.string,
                    categories: Array(categories[finding.categories]))
            },
            refunds: refunds, linkedRefunds: linkedRefunds,
            refundsByCategory: Dictionary(uniqueKeysWithValues: counts.map { ($0.key.string, $0.count) }),
            orders: orders)
    }
}
