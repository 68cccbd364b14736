import Foundation

extension RuleEngine.CheckedListing {
    /// Writes the findings and shop keys of each of `listings` that has findings compactly (`ByteSpool` frames, read
    /// back by `ShopCheck.SettledBatch(frame:rules:shop:)`), each with its ordinal in `listings`, its locations
    /// relative to `file`; messages (template and arguments) and evidence repeated within one writer's frame are
    /// written once, and evidence that is the listing's title (a rule quoting the product it finds lacking) is a
    /// mark, neither hashed nor written again.
    ///
    /// Each listing is read where the array holds it: a method called on each element ran on a copy of it (its id,
    /// title and findings retained, and released after), once per listing.
    static func encode(_ listings: [Self], into writer: inout ByteWriter, file: String) {
        // Each rule's last message and its number: a rule often writes the same message for listing after listing
        // (`Too few images`), which is then written as its number without being encoded and looked up again.
        // A rule's number is -1 until it writes a message; its message until then is a stand-in, never compared.
        var lastMessages: [FindingMessage] = []
        var lastNumbers: [Int] = []
        // The file's name, for telling a finding's file by its name (one object per spelling) before its text.
        let fileName = SourceFileName.named(file)
        for ordinal in listings.indices where !listings[ordinal].findings.isEmpty {
            writer.write(ordinal)
            writer.write(listings[ordinal].listingID)
            writer.write(listings[ordinal].title)
            listings[ordinal].keys.encode(into: &writer)
            let findings = listings[ordinal].findings
            writer.write(findings.count)
            // By index, reading each finding in place (a copy of each would retain and release its texts).
            for index in findings.indices {
                let rule = findings[index].rule
                writer.write(rule)
                findings[index].finding.condition.encode(into: &writer)
                if rule >= lastMessages.count {
                    lastMessages += repeatElement(findings[index].finding.message, count: rule + 1 - lastMessages.count)
                    lastNumbers += repeatElement(-1, count: rule + 1 - lastNumbers.count)
                }
                if lastNumbers[rule] >= 0, lastMessages[rule] == findings[index].finding.message {
                    writer.writeInterned(value: lastNumbers[rule])
                } else {
                    lastNumbers[rule] = writer.writeInterned { findings[index].finding.message.encode(into: &$0) }
                    lastMessages[rule] = findings[index].finding.message
                }
                // 1: the title's bytes; otherwise interned, numbered from 2.
                if Self.sameBytes(findings[index].finding.evidence, listings[ordinal].title) {
                    writer.write(1)
                } else {
                    writer.writeInterned(findings[index].finding.evidence, base: 2)
                }
                if SourceFileName.same(findings[index].finding.location.fileName, fileName) {
                    writer.write(UInt8(0))
                } else {
                    writer.write(UInt8(1))
                    writer.write(findings[index].finding.location.file)
                }
                writer.write(findings[index].finding.location.line)
                writer.write(findings[index].finding.location.column.map { $0 + 1 } ?? 0)
            }
        }
    }

    /// Whether `text` and `other` hold the same UTF-8 bytes: their lengths first (most evidence is not the title),
    /// then their bytes, never `String` comparison (which normalises non-ASCII text).
    static func sameBytes(_ text: String, _ other: String) -> Bool {
        guard text.utf8.count == other.utf8.count else { return false }
        var (text, other) = (text, other)
        return text.withUTF8 { left in
            other.withUTF8 { right in
                guard let start = left.baseAddress, let otherStart = right.baseAddress else { return true }
                return memcmp(start, otherStart, left.count) == 0
            }
        }
    }
}

extension ShopCheck.SettledBatch {
    /// Reads a spool frame (`ShopCheck.keep`'s header: file, first line, first ordinal; then what `encode` wrote of
    /// each listing) and settles its findings with `shop` as `RuleEngine.settle` does, keeping every text as the
    /// frame's bytes: a text the frame wrote once (`writeInterned`) is one number however many findings repeat it,
    /// a message is decoded once (its text is made only when a writer asks), and a shared description's settled
    /// message and quote are made once for each count of products that share it.
    /// - Throws: `SpoolDamage` when the frame does not hold what `encode` writes (cut short, or a number that names
    ///   no rule, message or text): every length and number is checked against what is left, so damage is found
    ///   after reading the frame at most once.
    init(frame: [UInt8], rules: [(id: String, severity: Severity)], shop: ShopFacts) throws(SpoolDamage) {
        var reader = ByteReader(frame[...])
        var texts = SpooledTexts(frame)
        let fileText = texts.add(try reader.readTextRange())
        let file = texts.string(fileText)
        let fileName = SourceFileName.named(file)
        let firstLine = try reader.readInt()
        let firstOrdinal = try reader.readInt()
        guard firstOrdinal >= 0, firstOrdinal <= Int(Int32.max) else { throw SpoolDamage() }
        var interned: [Int32] = []
        // The messages the frame wrote in full, then those settling made, each once; by frame number, their numbers.
        var messages: [FindingMessage] = []
        var spooledMessages: [Int32] = []
        var settledMessages: [FindingMessage: Int32] = [:]
        // By the candidate's evidence and the count of products sharing it: the settled message and evidence.
        var settledTexts: [SettledKey: (message: Int32, evidence: Int32)] = [:]
        func readMessage() throws(SpoolDamage) -> Int32 {
            let number = try reader.readInt()
            guard number == 0 else {
                guard number > 0, number <= spooledMessages.count else { throw SpoolDamage() }
                return spooledMessages[number - 1]
            }
            messages.append(try FindingMessage(from: &reader))
            spooledMessages.append(Int32(messages.count - 1))
            return Int32(messages.count - 1)
        }
        func readEvidence(title: Int32) throws(SpoolDamage) -> Int32 {
            let mark = try reader.readInt()
            if mark == 1 { return title }
            let (number, range) = try reader.interned(mark: mark, base: 2)
            if number == interned.count { interned.append(texts.add(range)) }
            return interned[number]
        }
        func number(settled message: FindingMessage) -> Int32 {
            if let known = settledMessages[message] { return known }
            messages.append(message)
            settledMessages[message] = Int32(messages.count - 1)
            return Int32(messages.count - 1)
        }
        var findings: [ShopCheck.SettledFinding] = []
        while !reader.isAtEnd {
            let offset = try reader.readInt()
            guard offset >= 0, offset <= Int(Int32.max) - firstOrdinal else { throw SpoolDamage() }
            let listingID = texts.add(try reader.readTextRange())
            let title = texts.add(try reader.readTextRange())
            let keys = try ShopKeys(from: &reader)
            let count = try reader.readInt()
            // Each finding takes at least six bytes: a count beyond what is left is damage, found before any is read.
            guard count > 0, count <= reader.remainingCount / 6 else { throw SpoolDamage() }
            for _ in 0..<count {
                let rule = try reader.readInt()
                guard rule >= 0, rule < rules.count else { throw SpoolDamage() }
                let condition = try ShopCondition?.decode(from: &reader)
                var message = try readMessage()
                var evidence = try readEvidence(title: title)
                let findingFile: Int32
                switch try reader.readByte() {
                case 0: findingFile = fileText
                case 1: findingFile = texts.add(try reader.readTextRange())
                default: throw SpoolDamage()
                }
                let line = try reader.readInt()
                let column = try reader.readInt()
                guard column >= 0 else { throw SpoolDamage() }
                if let condition {
                    let location = SourceLocation(
                        file: findingFile == fileText ? fileName : SourceFileName.named(texts.string(findingFile)),
                        line: line, column: column == 0 ? nil : column - 1)
                    let (holds, products) = shop.holds(condition, for: keys, file: location.file)
                    guard holds else { continue }
                    if products > 0 {
                        let key = SettledKey(evidence: evidence, products: products)
                        if let known = settledTexts[key] {
                            (message, evidence) = known
                        } else {
                            let candidate = RuleFinding(
                                message: messages[Int(message)], evidence: texts.string(evidence), location: location,
                                condition: condition)
                            let settled = BoilerplateDescriptionRule.settle(candidate, sharedBy: products)
                            (message, evidence) = (number(settled: settled.message), texts.add(settled.evidence))
                            settledTexts[key] = (message, evidence)
                        }
                    }
                }
                findings.append(ShopCheck.SettledFinding(
                    ordinal: firstOrdinal + offset, listingID: listingID, title: title, rule: Int32(rule),
                    message: message, evidence: evidence, file: findingFile, line: line, column: column - 1))
            }
        }
        self.init(
            file: file, firstLine: firstLine, texts: texts, messages: messages, findings: findings, rules: rules)
    }

    /// A shared description's candidate evidence (by its number in the frame) and the count of products sharing it:
    /// all its settled message and quote depend on (`BoilerplateDescriptionRule.settle`).
    private struct SettledKey: Hashable {
        let evidence: Int32
        let products: Int
    }
}

extension ShopKeys {
    fileprivate func encode(into writer: inout ByteWriter) {
        var flags: UInt8 = description == nil ? 0 : 1
        if hasImages { flags |= 2 }
        if hasGallery { flags |= 4 }
        if hasDescription { flags |= 8 }
        writer.write(flags)
        if let description {
            writer.write(description)
            writer.write(stem)
        }
    }

    fileprivate init(from reader: inout ByteReader) throws(SpoolDamage) {
        let flags = try reader.readByte()
        guard flags < 16 else { throw SpoolDamage() }
        let description = flags & 1 != 0 ? try reader.readUInt64() : nil
        self.init(
            description: description, stem: description == nil ? 0 : try reader.readUInt64(),
            hasImages: flags & 2 != 0, hasGallery: flags & 4 != 0, hasDescription: flags & 8 != 0)
    }
}

extension ShopCondition? {
    fileprivate func encode(into writer: inout ByteWriter) {
        switch self {
        case nil: writer.write(UInt8(0))
        case .exportHasImages: writer.write(UInt8(1))
        case .exportHasGalleries: writer.write(UInt8(2))
        case .exportHasDescriptions: writer.write(UInt8(3))
        case .exportLacksDescriptions: writer.write(UInt8(4))
        case .sharedDescription(let minimum):
            writer.write(UInt8(5))
            writer.write(minimum)
        case .exportHasDescriptionColumn: writer.write(UInt8(6))
        case .exportHasOptionColumn: writer.write(UInt8(7))
        }
    }

    fileprivate static func decode(from reader: inout ByteReader) throws(SpoolDamage) -> ShopCondition? {
        switch try reader.readByte() {
        case 0: nil
        case 1: .exportHasImages
        case 2: .exportHasGalleries
        case 3: .exportHasDescriptions
        case 4: .exportLacksDescriptions
        case 5: .sharedDescription(minimum: try reader.readInt())
        case 6: .exportHasDescriptionColumn
        case 7: .exportHasOptionColumn
        default: throw SpoolDamage()
        }
    }
}

extension FindingMessage {
    /// Writes the template and arguments, as `init(from:)` reads them.
    fileprivate func encode(into writer: inout ByteWriter) {
        writer.write(template.rawValue)
        writer.write(first)
        writer.write(second)
        writer.write(third)
        writer.write(words.count)
        for word in words { writer.write(word) }
    }

    /// Reads what `encode(into:)` wrote; a template number no template has, or more words than bytes left, is damage.
    fileprivate init(from reader: inout ByteReader) throws(SpoolDamage) {
        guard let template = Template(rawValue: try reader.readByte()) else { throw SpoolDamage() }
        let (first, second, third) = (try reader.readInt(), try reader.readInt(), try reader.readInt())
        let count = try reader.readInt()
        // Each word takes at least its length's byte.
        guard count >= 0, count <= reader.remainingCount else { throw SpoolDamage() }
        var words: [String] = []
        for _ in 0..<count { words.append(try reader.readString()) }
        self.init(template, first, second, third, words: words)
    }
}
