/// Every finding of an audit, grouped by listing in input order, kept compact: one 24-byte record per finding (its
/// listing, rule, severity and place) with each distinct message, evidence text, rule id and file stored once.
/// A million-listing shop has 1.7M findings but a few hundred messages and some 30k evidence texts; a `Finding` is
/// made only when one is read, and the report writers render each distinct text once.
public struct AuditFindings: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    /// One finding, by index into the tables.
    struct Record: Sendable {
        var listing: Int32
        var message: Int32
        var evidence: Int32
        var line: Int32
        /// `-1` when not known.
        var column: Int32
        var rule: UInt16
        /// One file per listing export read.
        var file: UInt8
        var severity: Severity
    }

    /// The listings the findings belong to (ids for `Finding.listingID`).
    let listings: ListingTable
    private(set) var records: [Record] = []
    /// Listing `i`'s findings are `records[starts[i]..<starts[i + 1]]`; listings past the end have none.
    private var starts: [Int32] = []
    private(set) var rules = InternTable<String>()
    private(set) var messages = InternTable<FindingMessage>()
    private(set) var evidence = InternTable<String>()
    private(set) var files = InternTable<String>()
    /// `files`' names for the findings' locations, by the same numbers (each looked up once).
    private var fileNames: [SourceFileName] = []

    /// No findings yet, for the listings of `listings`.
    init(listings: ListingTable) {
        self.listings = listings
    }

    /// No findings yet, for the listings of `listings`, with texts already numbered in these tables.
    init(
        listings: ListingTable, messages: InternTable<FindingMessage>, evidence: InternTable<String>,
        files: InternTable<String>
    ) {
        self.listings = listings
        self.messages = messages
        self.evidence = evidence
        self.files = files
        fileNames = files.values.map(SourceFileName.named)
    }

    /// `findings`, grouped by listing in the order their listings first appear (stable within a listing).
    public init(_ findings: [Finding]) {
        var table = ListingTable()
        var positions: [String: Int] = [:]
        var groups: [[Finding]] = []
        for finding in findings {
            if let position = positions[finding.listingID] {
                groups[position].append(finding)
                continue
            }
            positions[finding.listingID] = groups.count
            groups.append([finding])
            table.append(id: finding.listingID, title: finding.title, profile: .general, location: finding.location)
        }
        self.init(listings: table)
        reserveRules(findings.map(\.ruleID))
        for (listing, group) in groups.enumerated() {
            for finding in group { append(finding, listing: listing) }
        }
    }

    public init(arrayLiteral findings: Finding...) {
        self.init(findings)
    }

    /// Numbers the rule ids `ids` in this order before any finding is added, so rule numbers follow the order the
    /// findings came in even when grouping reorders them.
    mutating func reserveRules(_ ids: [String]) {
        for id in ids { _ = number(rule: id) }
    }

    /// Adds `finding` of listing `listing`; listings come in non-decreasing order.
    mutating func append(_ finding: Finding, listing: Int) {
        append(Record(
            listing: Int32(listing), message: messages.index(of: finding.message),
            evidence: evidence.index(of: finding.evidence), line: Int32(clamping: finding.location.line),
            column: finding.location.column.map { Int32(clamping: $0) } ?? -1, rule: number(rule: finding.ruleID),
            file: fileNumber(finding.location.file, hash: finding.location.file.hashValue), severity: finding.severity))
    }

    /// The number of the file `text` (whose `hashValue` is `hash`) in `files`, added with its name when new.
    private mutating func fileNumber(_ text: String, hash: Int) -> UInt8 {
        let number = files.index(of: text, hash: hash)
        if Int(number) == fileNames.count { fileNames.append(SourceFileName.named(text)) }
        return UInt8(number)
    }

    /// Adds the findings of `batch` (its listings come after those added) as `append(_:listing:)` adds each of them
    /// in turn: each text and rule of the batch is numbered in the tables, in the order the batch first uses it.
    mutating func append(_ batch: Batch) {
        let messageNumbers = batch.messages.map { messages.index(of: $0.text, hash: $0.hash) }
        let evidenceNumbers = batch.evidence.map { evidence.index(of: $0.text, hash: $0.hash) }
        let fileNumbers = batch.files.map { fileNumber($0.text, hash: $0.hash) }
        let ruleNumbers = batch.rules.map { number(rule: $0) }
        for var record in batch.records {
            record.message = messageNumbers[Int(record.message)]
            record.evidence = evidenceNumbers[Int(record.evidence)]
            record.file = fileNumbers[Int(record.file)]
            record.rule = ruleNumbers[Int(record.rule)]
            append(record)
        }
    }

    /// The number of rule `id`, numbering it when new.
    mutating func number(rule id: String) -> UInt16 {
        UInt16(rules.index(of: id))
    }

    /// Adds a finding whose texts and rule are numbered in this store's tables; listings come in non-decreasing
    /// order.
    mutating func append(_ record: Record) {
        let listing = Int(record.listing)
        precondition(listing >= starts.count - 2, "findings are added grouped by listing")
        while starts.count <= listing { starts.append(Int32(records.count)) }
        records.append(record)
        if starts.count == listing + 1 {
            starts.append(Int32(records.count))
        } else {
            starts[listing + 1] = Int32(records.count)
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    /// Finding `index`, made from its record.
    public subscript(index: Int) -> Finding {
        let record = records[index]
        return Finding(
            listingID: listings.id(Int(record.listing)), ruleID: rules[Int32(record.rule)], severity: record.severity,
            message: messages[record.message], evidence: evidence[record.evidence], location: location(record),
            title: listings.title(Int(record.listing)))
    }

    /// The positions of the findings of listing `listing`.
    func range(ofListing listing: Int) -> Range<Int> {
        guard listing + 1 < starts.count else { return records.count..<records.count }
        return Int(starts[listing])..<Int(starts[listing + 1])
    }

    /// Where the evidence of `record` was read.
    func location(_ record: Record) -> SourceLocation {
        SourceLocation(
            file: fileNames[Int(record.file)], line: Int(record.line),
            column: record.column < 0 ? nil : Int(record.column))
    }

    /// The highest severity among the findings, `nil` when there are none. Read to the first error, which no finding
    /// outranks: the exit code of a million-listing audit needs no pass over its findings.
    public var maximumSeverity: Severity? {
        var worst: Severity?
        for record in records {
            switch record.severity {
            case .error: return .error
            case .warning: worst = .warning
            case .advice: if worst == nil { worst = .advice }
            }
        }
        return worst
    }
}

extension AuditFindings {
    /// The findings of the listings with an id in `ids`, by id, each listing's in order.
    /// Only the listings `ASCIIKeys` cannot rule out have their id made as a `String` (the page shows fifty).
    func byListing(ids: Set<String>) -> [String: [Finding]] {
        var found: [String: [Finding]] = [:]
        guard !ids.isEmpty else { return found }
        let keys = ASCIIKeys(ids)
        for listing in 0..<Swift.max(0, starts.count - 1) {
            let range = range(ofListing: listing)
            guard !range.isEmpty, listings.withID(listing, keys.mayHold) else { continue }
            let id = listings.id(listing)
            if ids.contains(id) { found[id, default: []] += range.map { self[$0] } }
        }
        return found
    }

    /// Per rule id: how many findings, and how many listings have one.
    func countsByRule() -> [String: (findings: Int, listings: Int)] {
        var findings = Array(repeating: 0, count: rules.count)
        var listings = Array(repeating: 0, count: rules.count)
        var lastListing = Array(repeating: Int32(-1), count: rules.count)
        for record in records {
            let rule = Int(record.rule)
            findings[rule] += 1
            // Records are grouped by listing: a listing is new to a rule when it differs from the rule's last one.
            if lastListing[rule] != record.listing {
                lastListing[rule] = record.listing
                listings[rule] += 1
            }
        }
        var counts: [String: (findings: Int, listings: Int)] = [:]
        for (rule, id) in rules.values.enumerated() where findings[rule] > 0 {
            counts[id] = (findings[rule], listings[rule])
        }
        return counts
    }
}

/// A set of strings asked about by UTF-8 bytes, without making a `String`: `mayHold` is false only when the set
/// surely lacks the text. Exact for ASCII: an ASCII text equals (as `String`s compare, by canonical equivalence)
/// an ASCII member only when their bytes are equal; a text with other bytes may equal a member written
/// differently (`K`, U+212A KELVIN SIGN, is `K`), so it is never ruled out, nor is anything when a member is not
/// ASCII.
struct ASCIIKeys {
    /// The members' bytes; `nil` when some member is not ASCII.
    private var table: ByteKeyTable?

    init(_ members: Set<String>) {
        guard members.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return }
        var table = ByteKeyTable(capacity: members.count)
        for member in members {
            var member = member
            member.withUTF8 { _ = table.insert($0) }
        }
        self.table = table
    }

    /// Whether the set may hold the text of `bytes` (false: surely not).
    func mayHold(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let table, bytes.allSatisfy({ $0 < 0x80 }) else { return true }
        return table.index(of: bytes) != nil
    }
}
