extension ShopCheck {
    /// The settled findings of one batch's listings that have any, kept as the spool holds them: a finding is its
    /// listing, its rule, the number of its message (`messages`) and the numbers of its texts (`texts`), each
    /// distinct text stored once as UTF-8 bytes and each distinct message once. A writer of bytes copies the texts as
    /// they are and renders each message once (`FindingsCSV.rows`); `listings` makes `Finding`s, each distinct text
    /// becoming one `String`.
    public struct SettledBatch: Sendable {
        /// The export the batch came from.
        public let file: String
        /// The line of the batch's first listing.
        public let firstLine: Int
        /// The batch's texts: evidence, files, listing ids and titles.
        let texts: SpooledTexts
        /// The batch's distinct messages, by number.
        let messages: [FindingMessage]
        /// The findings, by listing (file order), then rule.
        let findings: [SettledFinding]
        /// The id and severity of each rule of the engine, by rule number.
        let rules: [(id: String, severity: Severity)]

        /// Listings with findings: position in the run (0-based, file order) and findings in rule order.
        public var listings: [(ordinal: Int, findings: [Finding])] {
            var strings = [String?](repeating: nil, count: texts.count)
            var names = [SourceFileName?](repeating: nil, count: texts.count)
            func string(_ number: Int32) -> String {
                if let known = strings[Int(number)] { return known }
                let made = texts.string(number)
                strings[Int(number)] = made
                return made
            }
            func name(_ number: Int32) -> SourceFileName {
                if let known = names[Int(number)] { return known }
                let made = SourceFileName.named(string(number))
                names[Int(number)] = made
                return made
            }
            var listings: [(ordinal: Int, findings: [Finding])] = []
            for settled in findings {
                let rule = rules[Int(settled.rule)]
                let finding = Finding(
                    listingID: string(settled.listingID), ruleID: rule.id, severity: rule.severity,
                    message: messages[Int(settled.message)],
                    evidence: string(settled.evidence),
                    location: SourceLocation(
                        file: name(settled.file), line: settled.line,
                        column: settled.column < 0 ? nil : settled.column),
                    title: string(settled.title))
                if listings.last?.ordinal == settled.ordinal {
                    listings[listings.count - 1].findings.append(finding)
                } else {
                    listings.append((settled.ordinal, [finding]))
                }
            }
            return listings
        }
    }

    /// One settled finding; its texts are numbers in `SettledBatch.texts`.
    struct SettledFinding: Sendable {
        /// The listing's position in the run.
        var ordinal: Int
        var listingID: Int32
        var title: Int32
        /// The rule's number in `SettledBatch.rules`.
        var rule: Int32
        /// The message's number in `SettledBatch.messages`.
        var message: Int32
        var evidence: Int32
        var file: Int32
        var line: Int
        /// `-1` when not known.
        var column: Int
    }
}

/// Texts held as UTF-8 bytes (ranges of a spool frame, and texts added after it), by number: made into `String`s only
/// when asked.
struct SpooledTexts: Sendable {
    /// The frame's bytes, which `add(_: Range<Int>)` numbers ranges of.
    private let frame: [UInt8]
    /// The bytes of the texts added as `String`s, which lie after the frame's (a range from `frame.count` on): kept
    /// apart, so adding one never copies the frame (an array the frame's reader still holds).
    private var added: [UInt8] = []
    private var ranges: [Range<Int>] = []

    /// No texts yet, over `frame`, which `add(_: Range<Int>)` numbers ranges of.
    init(_ frame: [UInt8]) {
        self.frame = frame
    }

    /// How many texts there are.
    var count: Int { ranges.count }

    /// Numbers the text whose bytes lie at `range` of the frame.
    mutating func add(_ range: Range<Int>) -> Int32 {
        ranges.append(range)
        return Int32(ranges.count - 1)
    }

    /// Numbers `text`, adding its bytes.
    mutating func add(_ text: String) -> Int32 {
        let start = frame.count + added.count
        added += text.utf8
        return add(start..<(frame.count + added.count))
    }

    /// Text `number` as a `String`.
    func string(_ number: Int32) -> String {
        withBytes(number) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of text `number`.
    func withBytes<Result>(_ number: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = ranges[Int(number)]
        guard range.lowerBound < frame.count else {
            let shifted = (range.lowerBound - frame.count)..<(range.upperBound - frame.count)
            return added.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[shifted])) }
        }
        return frame.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
