import Foundation

/// Reads a history snapshot straight from its bytes, for the one schema `AuditSnapshot.writeJSON` writes: `JSONDecoder`
/// took a quarter of a second audit's time on a 100k shop. Anything it does not expect — an unknown, repeated or
/// missing key, `null`, a `\u` escape, a number that is not plain, text that is not UTF-8 — gives `nil`, and
/// `HistoryStore` reads the file with `JSONDecoder` instead, so the values read and the problems reported are
/// always `JSONDecoder`'s.
struct SnapshotJSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The fields of a snapshot other than its listings.
    struct Header {
        var schema: Int
        var date: AuditDate
        var toolVersion: String
        var basis: RankingBasis
    }

    /// The snapshot in `data`, or `nil` when it is not in the expected form.
    static func read(_ data: Data) -> AuditSnapshot? {
        var listings: [ListingSnapshot] = []
        let header = data.withUnsafeBytes { raw in
            read(raw.bindMemory(to: UInt8.self)) { listing, _ in listings.append(listing) }
        }
        guard let header else { return nil }
        var snapshot = AuditSnapshot(
            date: header.date, toolVersion: header.toolVersion, basis: header.basis, listings: listings)
        snapshot.schema = header.schema
        return snapshot
    }

    /// Reads the snapshot in `bytes`, handing each listing to `listing` as soon as it is read, with the offset read
    /// up to (what lies before it is not looked at again). `nil` when the snapshot is not in the expected form:
    /// the listings handed over so far are then to be thrown away.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, listing: (ListingSnapshot, Int) -> Void
    ) -> Header? {
        var reader = SnapshotJSONReader(bytes)
        guard let header = reader.snapshot(listing) else { return nil }
        reader.skipSpace()
        return reader.index == reader.bytes.count ? header : nil
    }

    /// The date of a snapshot that starts as `AuditSnapshot.writeJSON` starts one (`{"basis":…,"date":…`), read
    /// from its first bytes; `nil` when it starts otherwise.
    static func leadingDate(_ bytes: UnsafeBufferPointer<UInt8>) -> AuditDate? {
        var reader = SnapshotJSONReader(bytes)
        guard reader.take(UInt8(ascii: "{")), let basis = reader.plainString(), Key(bytes: basis) == "basis",
            reader.take(UInt8(ascii: ":")), reader.string() != nil, reader.take(UInt8(ascii: ",")),
            let date = reader.plainString(), Key(bytes: date) == "date", reader.take(UInt8(ascii: ":"))
        else { return nil }
        return reader.string().flatMap(AuditDate.init)
    }

    // MARK: - The schema

    private mutating func snapshot(_ handle: (ListingSnapshot, Int) -> Void) -> Header? {
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
                    guard let listing = reader.listing() else { return false }
                    handle(listing, reader.index)
                    return true
                }
                return listings
            }
            return false
        }
        guard read, let schema, let date, let version, let basis, listings else { return nil }
        return Header(schema: schema, date: date, toolVersion: version, basis: basis)
    }

    private mutating func listing() -> ListingSnapshot? {
        var id: String?
        var title: String?
        var score: Double?
        var findings: [SnapshotFinding]?
        var refunds: Int?
        var linked: Int?
        var byCategory: [String: Int]?
        var orders: Int?
        let read = object { reader, key in
            if key == "listing_id", id == nil {
                id = reader.string()
                return id != nil
            } else if key == "title", title == nil {
                title = reader.string()
                return title != nil
            } else if key == "score", score == nil {
                score = reader.double()
                return score != nil
            } else if key == "findings", findings == nil {
                findings = reader.array { $0.finding() }
                return findings != nil
            } else if key == "refunds", refunds == nil {
                refunds = reader.int()
                return refunds != nil
            } else if key == "linked_refunds", linked == nil {
                linked = reader.int()
                return linked != nil
            } else if key == "refunds_by_category", byCategory == nil {
                byCategory = reader.counts()
                return byCategory != nil
            } else if key == "orders", orders == nil {
                orders = reader.int()
                return orders != nil
            }
            return false
        }
        guard read, let id else { return nil }
        return ListingSnapshot(
            listingID: id, title: title ?? "", score: score ?? 0, findings: findings ?? [], refunds: refunds ?? 0,
            linkedRefunds: linked ?? 0, refundsByCategory: byCategory ?? [:], orders: orders)
    }

    private mutating func finding() -> SnapshotFinding? {
        var rule: String?
        var severity: Severity?
        var evidence: String?
        var categories: [RefundCategory]?
        let read = object { reader, key in
            if key == "rule_id", rule == nil {
                rule = reader.string()
                return rule != nil
            } else if key == "severity", severity == nil {
                severity = reader.string().flatMap(Severity.init(rawValue:))
                return severity != nil
            } else if key == "evidence", evidence == nil {
                evidence = reader.string()
                return evidence != nil
            } else if key == "categories", categories == nil {
                categories = reader.array { $0.string().flatMap(RefundCategory.init(rawValue:)) }
                return categories != nil
            }
            return false
        }
        guard read, let rule, let severity, let evidence, let categories else { return nil }
        return SnapshotFinding(ruleID: rule, severity: severity, evidence: evidence, categories: categories)
    }

    /// An object of counts by key, each key once.
    private mutating func counts() -> [String: Int]? {
        var counts: [String: Int] = [:]
        let read = object { reader, key in
            guard let name = String(validating: key.bytes, as: UTF8.self), counts[name] == nil, let count = reader.int()
            else { return false }
            counts[name] = count
            return true
        }
        return read ? counts : nil
    }

    // MARK: - JSON

    /// Reads an object, handing each key (its bytes; keys have no escapes here) to `field` to read the value.
    private mutating func object(_ field: (inout SnapshotJSONReader, Key) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = plainString(), take(UInt8(ascii: ":")), field(&self, Key(bytes: key)) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// Reads an array, each element with `element`, which says whether it read one.
    private mutating func each(_ element: (inout SnapshotJSONReader) -> Bool) -> Bool {
        guard take(UInt8(ascii: "[")) else { return false }
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            guard element(&self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }

    /// Reads an array, each element with `element`.
    private mutating func array<Element>(_ element: (inout SnapshotJSONReader) -> Element?) -> [Element]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var elements: [Element] = []
        if take(UInt8(ascii: "]")) { return elements }
        repeat {
            guard let value = element(&self) else { return nil }
            elements.append(value)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? elements : nil
    }

    /// A string, its simple escapes undone; `nil` for a `\u` escape, a control character or text that is not UTF-8.
    private mutating func string() -> String? {
        let start = index
        if let plain = plainString() { return String(validating: plain, as: UTF8.self) }
        index = start
        skipSpace()
        guard take(UInt8(ascii: "\"")) else { return nil }
        var unescaped: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(validating: unescaped, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count, let plain = Self.unescaped(bytes[index]) else { return nil }
                unescaped.append(plain)
                index += 1
            case ..<0x20: return nil
            default: unescaped.append(byte)
            }
        }
        return nil
    }

    /// The bytes of a string without escapes or control characters; `nil` (read up to there) for any other.
    private mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                return UnsafeBufferPointer(rebasing: bytes[start..<index - 1])
            case UInt8(ascii: "\\"), ..<0x20: return nil
            default: index += 1
            }
        }
        return nil
    }

    /// The character an escape `\x` stands for, for the escapes other than `\u`.
    private static func unescaped(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): byte
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    /// A whole number written as plain digits.
    private mutating func int() -> Int? {
        guard let text = number(), !text.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") })
        else { return nil }
        return Int(String(decoding: text, as: UTF8.self))
    }

    /// A finite number.
    private mutating func double() -> Double? {
        guard let text = number(), let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite
        else { return nil }
        return value
    }

    /// The bytes of a number in JSON's grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private mutating func number() -> UnsafeBufferPointer<UInt8>? {
        skipSpace()
        let start = index
        _ = take(UInt8(ascii: "-"), skippingSpace: false)
        if take(UInt8(ascii: "0"), skippingSpace: false) {
            guard !digit() else { return nil }
        } else {
            guard digits() else { return nil }
        }
        if take(UInt8(ascii: "."), skippingSpace: false), !digits() { return nil }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if !take(UInt8(ascii: "+"), skippingSpace: false) { _ = take(UInt8(ascii: "-"), skippingSpace: false) }
            guard digits() else { return nil }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<index])
    }

    /// Skips one or more digits; `false` when there is none.
    private mutating func digits() -> Bool {
        guard digit() else { return false }
        while digit() { index += 1 }
        return true
    }

    private func digit() -> Bool {
        index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
    }

    /// Skips `byte` (after white space, unless told not to) when it is next.
    private mutating func take(_ byte: UInt8, skippingSpace: Bool = true) -> Bool {
        if skippingSpace { skipSpace() }
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }
}

extension SnapshotJSONReader {
    /// The bytes of a key, compared with names without making a `String`.
    fileprivate struct Key {
        let bytes: UnsafeBufferPointer<UInt8>

        static func == (key: Key, name: StaticString) -> Bool {
            name.withUTF8Buffer { key.bytes.elementsEqual($0) }
        }
    }
}
