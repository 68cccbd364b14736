/// The findings of the checked listings while the export is still being read, compact: a listing's checked state
/// (`RuleEngine.CheckedListing`, about 900 bytes) is not kept until the shop's facts are known. Findings that stand
/// on the listing alone are settled at once (the shop's facts do not enter them) and kept as 32-byte candidates with
/// their texts numbered; findings that wait for the shop's facts keep their rule, condition, message, location and
/// evidence (in a byte arena: most are distinct description excerpts) and the listing's `ShopKeys`, and are settled
/// by `settled` once every listing has been read.
struct CheckedFindings {
    /// One finding of one listing: settled (`condition == 0`) or waiting for the shop's facts.
    private struct Candidate {
        var listing: Int32
        /// The rule's index in the engine's `ruleIDs`.
        var rule: Int16
        /// Settled findings: the configured severity.
        var severity: Severity
        /// 0 when settled; else which `ShopCondition` it waits for (`Condition`).
        var condition: UInt8
        /// `sharedDescription`'s minimum.
        var minimum: Int32
        var message: Int32
        /// In `evidence` when settled, in `waitingEvidence` when waiting.
        var evidence: Int32
        var line: Int32
        /// `-1` when not known.
        var column: Int32
        var file: UInt8
    }

    /// The `ShopCondition` cases as stored in `Candidate.condition`.
    private enum Condition {
        static let exportHasImages: UInt8 = 1
        static let exportHasGalleries: UInt8 = 2
        static let exportHasDescriptions: UInt8 = 3
        static let exportLacksDescriptions: UInt8 = 4
        static let sharedDescription: UInt8 = 5
    }

    private let engine: RuleEngine
    private let ruleNumbers: [String: Int16]
    /// A listing's settled candidates come first, in rule order, then its waiting ones, in rule order.
    private var candidates: [Candidate] = []
    /// The keys of each listing with waiting candidates, in listing order.
    private var keys: [ShopKeys] = []
    private var messages = InternTable<LocalizedText>()
    private var evidence = InternTable<String>()
    private var files = InternTable<String>()
    private var waitingEvidence: [UInt8] = []
    /// Waiting evidence `i` is `waitingEvidence[waitingBounds[i]..<waitingBounds[i + 1]]`.
    private var waitingBounds: [Int] = [0]

    /// No findings yet, of listings checked by `engine`.
    init(engine: RuleEngine) {
        self.engine = engine
        ruleNumbers = Dictionary(
            engine.ruleIDs.enumerated().map { ($0.element, Int16($0.offset)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Adds the findings of `checked`, listing number `listing`; listings come in order.
    mutating func add(_ checked: RuleEngine.CheckedListing, listing: Int) {
        let ready = checked.findings.filter { $0.finding.condition == nil }
        if !ready.isEmpty {
            let alone = RuleEngine.CheckedListing(
                listingID: checked.listingID, profile: checked.profile, findings: ready, keys: checked.keys)
            for finding in engine.settle(alone, shop: ShopFacts()) {
                candidates.append(Candidate(
                    listing: Int32(listing), rule: ruleNumber(finding.ruleID), severity: finding.severity,
                    condition: 0, minimum: 0, message: messages.index(of: finding.message),
                    evidence: evidence.index(of: finding.evidence), line: Int32(clamping: finding.location.line),
                    column: finding.location.column.map { Int32(clamping: $0) } ?? -1,
                    file: UInt8(files.index(of: finding.location.file))))
            }
        }
        guard ready.count < checked.findings.count else { return }
        keys.append(checked.keys)
        for (rule, finding) in checked.findings {
            guard let condition = finding.condition else { continue }
            let (kind, minimum) = Self.encode(condition)
            waitingEvidence.append(contentsOf: finding.evidence.utf8)
            waitingBounds.append(waitingEvidence.count)
            candidates.append(Candidate(
                listing: Int32(listing), rule: Int16(rule), severity: .advice, condition: kind, minimum: minimum,
                message: messages.index(of: finding.message), evidence: Int32(waitingBounds.count - 2),
                line: Int32(clamping: finding.location.line),
                column: finding.location.column.map { Int32(clamping: $0) } ?? -1,
                file: UInt8(files.index(of: finding.location.file))))
        }
    }

    /// Every finding once the shop's facts are `shop`, grouped by listing in input order and each listing's in rule
    /// order, as `RuleEngine.settle` gives them; `listings` are the listings checked, in order.
    func settled(listings: ListingTable, shop: ShopFacts) -> AuditFindings {
        var findings = AuditFindings(listings: listings, messages: messages, evidence: evidence, files: files)
        var numbers = [UInt16?](repeating: nil, count: engine.ruleIDs.count)
        var start = 0
        var waitingListings = 0
        while start < candidates.count {
            let listing = candidates[start].listing
            var end = start
            while end < candidates.count, candidates[end].listing == listing { end += 1 }
            var split = start
            while split < end, candidates[split].condition == 0 { split += 1 }
            var late: [(rule: Int, finding: Finding)] = []
            if split < end {
                late = settle(candidates[split..<end], keys: keys[waitingListings], listings: listings, shop: shop)
                waitingListings += 1
            }
            // Both runs are in rule order: merge them.
            var next = start
            var lateNext = 0
            while next < split || lateNext < late.count {
                if lateNext == late.count || next < split && Int(candidates[next].rule) < late[lateNext].rule {
                    let candidate = candidates[next]
                    let rule = Int(candidate.rule)
                    let number = numbers[rule] ?? findings.number(rule: engine.ruleIDs[rule])
                    numbers[rule] = number
                    findings.append(AuditFindings.Record(
                        listing: listing, message: candidate.message, evidence: candidate.evidence,
                        line: candidate.line, column: candidate.column, rule: number, file: candidate.file,
                        severity: candidate.severity))
                    next += 1
                } else {
                    findings.append(late[lateNext].finding, listing: Int(listing))
                    lateNext += 1
                }
            }
            start = end
        }
        return findings
    }

    /// The waiting candidates of one listing settled by the engine, each with its rule's index.
    private func settle(
        _ waiting: ArraySlice<Candidate>, keys: ShopKeys, listings: ListingTable, shop: ShopFacts
    ) -> [(rule: Int, finding: Finding)] {
        let listing = Int(waiting[waiting.startIndex].listing)
        let findings = waiting.map { candidate in
            let evidence = Int(candidate.evidence)
            let text = waitingEvidence[waitingBounds[evidence]..<waitingBounds[evidence + 1]]
            return (
                rule: Int(candidate.rule),
                finding: RuleFinding(
                    message: messages[candidate.message], evidence: String(decoding: text, as: UTF8.self),
                    location: SourceLocation(
                        file: files[Int32(candidate.file)], line: Int(candidate.line),
                        column: candidate.column < 0 ? nil : Int(candidate.column)),
                    condition: Self.decode(candidate.condition, minimum: candidate.minimum)))
        }
        let checked = RuleEngine.CheckedListing(
            listingID: listings.id(listing), profile: listings.profile(listing), findings: findings, keys: keys)
        return engine.settle(checked, shop: shop).map { (Int(ruleNumber($0.ruleID)), $0) }
    }

    /// The index of rule `id` in the engine's `ruleIDs` (a settled finding names one of them).
    private func ruleNumber(_ id: String) -> Int16 {
        guard let number = ruleNumbers[id] else {
            preconditionFailure("the engine settled a finding of a rule it does not run: \(id)")
        }
        return number
    }

    private static func encode(_ condition: ShopCondition) -> (kind: UInt8, minimum: Int32) {
        switch condition {
        case .exportHasImages: (Condition.exportHasImages, 0)
        case .exportHasGalleries: (Condition.exportHasGalleries, 0)
        case .exportHasDescriptions: (Condition.exportHasDescriptions, 0)
        case .exportLacksDescriptions: (Condition.exportLacksDescriptions, 0)
        case .sharedDescription(let minimum): (Condition.sharedDescription, Int32(clamping: minimum))
        }
    }

    private static func decode(_ kind: UInt8, minimum: Int32) -> ShopCondition {
        switch kind {
        case Condition.exportHasImages: .exportHasImages
        case Condition.exportHasGalleries: .exportHasGalleries
        case Condition.exportHasDescriptions: .exportHasDescriptions
        case Condition.exportLacksDescriptions: .exportLacksDescriptions
        default: .sharedDescription(minimum: Int(minimum))
        }
    }
}
