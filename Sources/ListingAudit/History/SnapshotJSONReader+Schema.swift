/// The snapshot's schema, as `AuditSnapshot.writeJSON` writes it (and `JSONEncoder` wrote it before).
extension SnapshotJSONReader {
    /// Reads the snapshot, handing each listing to `handle` with the offset read up to.
    mutating func snapshot(_ handle: (SnapshotListing, Int) -> Void) -> Header? {
        var schema: Int?
        var date: AuditDate?
        var version: String?
        var basis: RankingBasis?
        var listings = false
        let read = object { reader, key in
            if key == "schema", schema == nil {
                schema = reader.int()
                return schema != nil
            } else if key == "date", date == nil {
                date = reader.string().flatMap(AuditDate.init)
                return date != nil
            } else if key == "tool_version", version == nil {
                version = reader.string()
                return version != nil
            } else if key == "basis", basis == nil {
                basis = reader.string().flatMap(RankingBasis.init(rawValue:))
                return basis != nil
            } else if key == "listings", !listings {
                listings = reader.each { reader in
                    guard reader.readListing() else { return false }
                    handle(reader.listing, reader.index)
                    return true
                }
                return listings
            }
            return false
        }
        guard read, let schema, let date, let version, let basis, listings else { return nil }
        return Header(schema: schema, date: date, toolVersion: version, basis: basis)
    }

    /// Reads a listing into `listing`; `false` when it is not in the expected form.
    private mutating func readListing() -> Bool {
        var id: SnapshotText?
        var title: SnapshotText?
        var score: Double?
        var findings = false
        var refunds: Int?
        var linked: Int?
        var counts = false
        var orders: Int?
        listing.findings.removeAll(keepingCapacity: true)
        listing.categories.removeAll(keepingCapacity: true)
        listing.counts.removeAll(keepingCapacity: true)
        let read = object { reader, key in
            if key == "listing_id", id == nil {
                id = reader.text()
                return id != nil
            } else if key == "title", title == nil {
                title = reader.text()
                return title != nil
            } else if key == "score", score == nil {
                score = reader.double()
                return score != nil
            } else if key == "findings", !findings {
                findings = reader.each { $0.readFinding() }
                return findings
            } else if key == "refunds", refunds == nil {
                refunds = reader.int()
                return refunds != nil
            } else if key == "linked_refunds", linked == nil {
                linked = reader.int()
                return linked != nil
            } else if key == "refunds_by_category", !counts {
                counts = reader.readCounts()
                return counts
            } else if key == "orders", orders == nil {
                orders = reader.int()
                return orders != nil
            }
            return false
        }
        guard read, let id else { return false }
        listing.id = id
        listing.title = title
        listing.score = score ?? 0
        listing.refunds = refunds ?? 0
        listing.linkedRefunds = linked ?? 0
        listing.orders = orders
        return true
    }

    /// Reads a finding onto `listing`'s.
    private mutating func readFinding() -> Bool {
        var rule: SnapshotText?
        var severity: Severity?
        var evidence: SnapshotText?
        var categories: Range<Int>?
        let read = object { reader, key in
            if key == "rule_id", rule == nil {
                rule = reader.text()
                return rule != nil
            } else if key == "severity", severity == nil {
                severity = reader.text().flatMap { Self.named($0, among: Self.severities) }
                return severity != nil
            } else if key == "evidence", evidence == nil {
                evidence = reader.text()
                return evidence != nil
            } else if key == "categories", categories == nil {
                let start = reader.listing.categories.count
                let read = reader.each { reader in
                    guard let category = reader.text().flatMap({ Self.named($0, among: Self.categories) })
                    else { return false }
                    reader.listing.categories.append(category)
                    return true
                }
                categories = read ? start..<reader.listing.categories.count : nil
                return read
            }
            return false
        }
        guard read, let rule, let severity, let evidence, let categories else { return false }
        listing.findings.append(
            SnapshotListing.Finding(rule: rule, severity: severity, evidence: evidence, categories: categories))
        return true
    }

    /// Reads `refunds_by_category` into `listing`'s counts: each key once, as a dictionary of `String` keys would
    /// have it (a name this version does not know is kept, made a `String` to compare with the others).
    private mutating func readCounts() -> Bool {
        var known: UInt16 = 0
        var unknown: [String] = []
        return object { reader, key in
            let name = SnapshotText(raw: key.bytes, escaped: false)
            var category = Self.named(name, among: Self.categories, byBytesOnly: true)
            if category == nil {
                guard let text = String(validating: key.bytes, as: UTF8.self), !unknown.contains(text)
                else { return false }
                category = RefundCategory(rawValue: text)
                if category == nil { unknown.append(text) }
            }
            if let category {
                guard known & category.bit == 0 else { return false }
                known |= category.bit
            }
            guard let count = reader.int() else { return false }
            reader.listing.counts.append(SnapshotListing.Count(key: name, category: category, count: count))
            return true
        }
    }

    private static let severities = Severity.allCases.map { (Array($0.rawValue.utf8), $0) }
    private static let categories = RefundCategory.taxonomy.map { (Array($0.rawValue.utf8), $0) }

    /// The value among `values` (raw value's bytes, value) that `text` names: found by comparing bytes, else (unless
    /// `byBytesOnly`) by `init(rawValue:)` on the text made a `String`, which also takes a canonically equivalent
    /// spelling, as reading the text as a `String` always did.
    private static func named<Value: RawRepresentable<String>>(
        _ text: SnapshotText, among values: [([UInt8], Value)], byBytesOnly: Bool = false
    ) -> Value? {
        if !text.escaped {
            for (bytes, value) in values where bytes.withUnsafeBufferPointer({ $0.hasSameBytes(as: text.raw) }) {
                return value
            }
        }
        return byBytesOnly ? nil : Value(rawValue: text.string)
    }
}
