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
    /// position; `false` when its score is not finite), to `write` in pieces of about a megabyte: byte for byte what `JSONEncoder` with
    /// `[.sortedKeys, .withoutEscapingSlashes]` writes for it (keys in byte order, empty and zero listing fields left
    /// out), written straight into bytes for this fixed schema — encoding one object per listing took a tenth of a
    /// 100k audit — and never whole in memory.
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

extension ListingSnapshot {
    /// Writes the listing's object as its `encode(to:)` writes it; `false` when its score is not finite.
    fileprivate func write(to json: inout JSONByteWriter) -> Bool {
        let categories = refundsByCategory.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return Self.write(
            listingID: listingID, title: title, score: score, findings: findings, refunds: refunds,
            linkedRefunds: linkedRefunds, refundsByCategory: categories.map { ($0, refundsByCategory[$0] ?? 0) },
            orders: orders, to: &json)
    }

    /// Writes the object of a listing with these fields as `encode(to:)` writes it, `refundsByCategory` in the
    /// byte order of its keys (a snapshot's listing need not be made to be written); `false` when `score` is not
    /// finite.
    static func write(
        listingID: String, title: String, score: Double, findings: [SnapshotFinding], refunds: Int,
        linkedRefunds: Int, refundsByCategory: [(key: String, count: Int)], orders: Int?,
        to json: inout JSONByteWriter
    ) -> Bool {
        var fields = 0
        func key(_ name: StaticString) {
            json.raw(fields == 0 ? "{" : ",")
            fields += 1
            json.raw(name)
        }
        if !findings.isEmpty {
            key(#""findings":["#)
            for (index, finding) in findings.enumerated() {
                if index > 0 { json.raw(",") }
                finding.write(to: &json)
            }
            json.raw("]")
        }
        if linkedRefunds != 0 {
            key(#""linked_refunds":"#)
            json.int(linkedRefunds)
        }
        key(#""listing_id":"#)
        json.string(listingID)
        if let orders {
            key(#""orders":"#)
            json.int(orders)
        }
        if refunds != 0 {
            key(#""refunds":"#)
            json.int(refunds)
        }
        if !refundsByCategory.isEmpty {
            key(#""refunds_by_category":"#)
            for (index, (category, count)) in refundsByCategory.enumerated() {
                json.raw(index == 0 ? "{" : ",")
                json.string(category)
                json.raw(":")
                json.int(count)
            }
            json.raw("}")
        }
        if score != 0 {
            key(#""score":"#)
            guard json.double(score) else { return false }
        }
        if !title.isEmpty {
            key(#""title":"#)
            json.string(title)
        }
        json.raw("}")
        return true
    }
}

extension SnapshotFinding {
    /// Writes the finding's object as its synthesised `encode(to:)` writes it.
    fileprivate func write(to json: inout JSONByteWriter) {
        json.raw(#"{"categories":["#)
        for (index, category) in categories.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(category.rawValue)
        }
        json.raw(#"],"evidence":"#)
        json.string(evidence)
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
