/// A snapshot `HistoryStore` can write: a whole `AuditSnapshot`, or a `RankingSnapshot` made listing by listing.
protocol SnapshotJSON {
    /// The audit day, which names the file.
    var date: AuditDate { get }

    /// Writes the snapshot's JSON to `write` in pieces (see `AuditSnapshot.writeJSON(basis:…)`).
    /// - Returns: `false`, the JSON unfinished, when a score is not a finite number (which JSON cannot hold).
    func writeJSON<E: Error>(to write: ([UInt8]) throws(E) -> Void) throws(E) -> Bool
}

extension AuditSnapshot: SnapshotJSON {
    func writeJSON<E: Error>(to write: ([UInt8]) throws(E) -> Void) throws(E) -> Bool {
        try Self.writeJSON(
            basis: basis, date: date, schema: schema, toolVersion: toolVersion, count: listings.count,
            listing: { index, json in listings[index].write(to: &json) }, to: write)
    }

    /// Writes the JSON of a snapshot with these fields and `count` listings, each written by `listing` (given its
    /// position; `false` when its score is not finite), to `write` in pieces of about a megabyte: byte for byte what
    /// `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes for it (keys in byte order, empty and zero
    /// listing fields left out), written straight into bytes for this fixed schema — encoding one object per listing
    /// took a tenth of a 100k audit — and never whole in memory.
    /// - Returns: `false`, the JSON unfinished, when a score is not a finite number (which JSON cannot hold).
    static func writeJSON<E: Error>(
        basis: RankingBasis, date: AuditDate, schema: Int, toolVersion: String, count: Int,
        listing: (Int, inout JSONByteWriter) -> Bool, to write: ([UInt8]) throws(E) -> Void
    ) throws(E) -> Bool {
        var json = JSONByteWriter()
        json.raw(#"{"basis":"#)
        json.string(basis.rawValue)
        json.raw(#","date":"#)
        json.string(date.text)
        json.raw(#","listings":["#)
        for index in 0..<count {
            if index > 0 { json.raw(",") }
            guard listing(index, &json) else { return false }
            if json.bytes.count >= 1 << 20 { try write(json.take()) }
        }
        json.raw(#"],"schema":"#)
        json.int(schema)
        json.raw(#","tool_version":"#)
        json.string(toolVersion)
        json.raw("}")
        try write(json.take())
        return true
    }
}

/// One listing's fields as its snapshot object holds them, the texts written as JSON when asked: a `ListingSnapshot`,
/// or a listing read straight from a ranking's ledger (`RankingSnapshot`), written by one `write(to:)`.
protocol ListingSnapshotFields {
    var findingCount: Int { get }
    var linkedRefunds: Int { get }
    var orders: Int? { get }
    var refunds: Int { get }
    var hasRefundsByCategory: Bool { get }
    var score: Double { get }
    var hasTitle: Bool { get }
    /// Writes the finding objects, separated by commas.
    func writeFindings(to json: inout JSONByteWriter)
    /// Writes the listing id's JSON string.
    func writeListingID(to json: inout JSONByteWriter)
    /// Writes the `refunds_by_category` object, its keys in byte order.
    func writeRefundsByCategory(to json: inout JSONByteWriter)
    /// Writes the title's JSON string.
    func writeTitle(to json: inout JSONByteWriter)
}

extension ListingSnapshotFields {
    /// Writes the listing's object as `ListingSnapshot.encode(to:)` writes it (keys in byte order, empty and zero
    /// fields left out); `false` when its score is not finite.
    func write(to json: inout JSONByteWriter) -> Bool {
        var fields = 0
        func key(_ name: StaticString) {
            json.raw(fields == 0 ? "{" : ",")
            fields += 1
            json.raw(name)
        }
        if findingCount > 0 {
            key(#""findings":["#)
            writeFindings(to: &json)
            json.raw("]")
        }
        if linkedRefunds != 0 {
            key(#""linked_refunds":"#)
            json.int(linkedRefunds)
        }
        key(#""listing_id":"#)
        writeListingID(to: &json)
        if let orders {
            key(#""orders":"#)
            json.int(orders)
        }
        if refunds != 0 {
            key(#""refunds":"#)
            json.int(refunds)
        }
        if hasRefundsByCategory {
            key(#""refunds_by_category":"#)
            writeRefundsByCategory(to: &json)
        }
        if score != 0 {
            key(#""score":"#)
            guard json.double(score) else { return false }
        }
        if hasTitle {
            key(#""title":"#)
            writeTitle(to: &json)
        }
        json.raw("}")
        return true
    }
}

extension ListingSnapshot: ListingSnapshotFields {
    var findingCount: Int { findings.count }
    var hasRefundsByCategory: Bool { !refundsByCategory.isEmpty }
    var hasTitle: Bool { !title.isEmpty }

    func writeFindings(to json: inout JSONByteWriter) {
        for (index, finding) in findings.enumerated() {
            if index > 0 { json.raw(",") }
            finding.write(to: &json)
        }
    }

    func writeListingID(to json: inout JSONByteWriter) {
        json.string(listingID)
    }

    func writeRefundsByCategory(to json: inout JSONByteWriter) {
        let categories = refundsByCategory.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (index, category) in categories.enumerated() {
            json.raw(index == 0 ? "{" : ",")
            json.string(category)
            json.raw(":")
            json.int(refundsByCategory[category] ?? 0)
        }
        json.raw("}")
    }

    func writeTitle(to json: inout JSONByteWriter) {
        json.string(title)
    }
}

extension SnapshotFinding {
    /// Writes the finding's object as its synthesised `encode(to:)` writes it.
    fileprivate func write(to json: inout JSONByteWriter) {
        Self.writeHead(categories: categories, to: &json)
        json.string(evidence)
        Self.writeTail(ruleID: ruleID, severity: severity, to: &json)
    }

    /// Writes what comes before a finding's evidence: `{"categories":[…],"evidence":`.
    static func writeHead(categories: [RefundCategory], to json: inout JSONByteWriter) {
        json.raw(#"{"categories":["#)
        for (index, category) in categories.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(category.rawValue)
        }
        json.raw(#"],"evidence":"#)
    }

    /// Writes what comes after a finding's evidence: `,"rule_id":…,"severity":…}`.
    static func writeTail(ruleID: String, severity: Severity, to json: inout JSONByteWriter) {
        json.raw(#","rule_id":"#)
        json.string(ruleID)
        json.raw(#","severity":"#)
        json.string(severity.rawValue)
        json.raw("}")
    }
}

extension RefundCategory {
    /// Every category in the byte order of its id, as a snapshot's `refunds_by_category` keys are written.
    static let inKeyOrder = taxonomy.sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }
}
