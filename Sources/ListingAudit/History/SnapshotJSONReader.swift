import Foundation

/// Reads a history snapshot straight from its bytes, for the one schema `AuditSnapshot.writeJSON` writes: `JSONDecoder`
/// took a quarter of a second audit's time on a 100k shop. Anything it does not expect — an unknown, repeated or
/// missing key, `null`, a `\u` escape, a number that is not plain, text that is not UTF-8 — gives `nil`, and
/// `HistoryStore` reads the file with `JSONDecoder` instead, so the values read and the problems reported are
/// always `JSONDecoder`'s. A listing's texts are checked as they are read but left in the bytes (`SnapshotListing`):
/// what reads the listing decides which to make a `String` of.
struct SnapshotJSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next byte to read is.
    private(set) var index = 0
    /// The listing being read, its arrays kept from one listing to the next.
    var listing = SnapshotListing()

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
            read(raw.bindMemory(to: UInt8.self)) { listing, _ in listings.append(listing.snapshot) }
        }
        guard let header else { return nil }
        var snapshot = AuditSnapshot(
            date: header.date, toolVersion: header.toolVersion, basis: header.basis, listings: listings)
        snapshot.schema = header.schema
        return snapshot
    }

    /// Reads the snapshot in `bytes`, handing each listing to `listing` as soon as it is read (its texts still in
    /// `bytes`, valid only during the call), with the offset read up to (what lies before it is not looked at
    /// again). `nil` when the snapshot is not in the expected form: the listings handed over so far are then to be
    /// thrown away.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, listing: (SnapshotListing, Int) -> Void
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

    // MARK: - JSON

    /// Reads an object, handing each key (its bytes; keys have no escapes here) to `field` to read the value.
    mutating func object(_ field: (inout SnapshotJSONReader, Key) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = plainString(), take(UInt8(ascii: ":")), field(&self, Key(bytes: key)) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// Reads an array, each element with `element`, which says whether it read one.
    mutating func each(_ element: (inout SnapshotJSONReader) -> Bool) -> Bool {
        guard take(UInt8(ascii: "[")) else { return false }
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            guard element(&self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }

    /// A string, its simple escapes undone; `nil` for a `\u` escape, a control character or text that is not UTF-8.
    mutating func string() -> String? {
        text()?.string
    }

    /// A string left in place, checked as `string()` checks it: its bytes and whether it has escapes. Its bytes beyond
    /// ASCII are checked as UTF-8 once its end is found (`UTF8Validation`, Unicode's table 3-7, as
    /// `String(validating:as:)` checks it); no quote, backslash or control byte continues a sequence, so an escape
    /// within one breaks it, and checking the bytes as written checks the text they stand for.
    mutating func text() -> SnapshotText? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        var (escaped, ascii) = (false, true)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<index - 1])
                guard ascii || UTF8Validation.firstInvalidOffset(raw) == nil else { return nil }
                return SnapshotText(raw: raw, escaped: escaped)
            } else if byte == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count, Self.unescaped(bytes[index + 1]) != nil else { return nil }
                escaped = true
                index += 2
            } else if byte < 0x20 {
                return nil
            } else {
                ascii = ascii && byte < 0x80
                index += 1
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
    static func unescaped(_ byte: UInt8) -> UInt8? {
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

    /// A whole number written as plain digits, as `Int(_:)` reads it (`nil` when it does not fit), without
    /// making a `String`.
    mutating func int() -> Int? {
        guard let text = number() else { return nil }
        let negative = text.first == UInt8(ascii: "-")
        var value = 0
        for byte in text[(negative ? 1 : 0)...] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let digit = Int(byte &- UInt8(ascii: "0"))
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            // Summed towards the number's sign, so that `Int.min` fits.
            let (next, over) = negative ? tens.subtractingReportingOverflow(digit) : tens.addingReportingOverflow(digit)
            guard !overflow, !over else { return nil }
            value = next
        }
        return value
    }

    /// A finite number.
    mutating func double() -> Double? {
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
    struct Key {
        let bytes: UnsafeBufferPointer<UInt8>

        static func == (key: Key, name: StaticString) -> Bool {
            name.withUTF8Buffer { key.bytes.hasSameBytes(as: $0) }
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes are `other`'s: the counts, then `memcmp` (`elementsEqual` steps both a byte at a time,
    /// and took a third of reading a snapshot).
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        count == other.count && (isEmpty || memcmp(baseAddress!, other.baseAddress!, count) == 0)
    }
}
