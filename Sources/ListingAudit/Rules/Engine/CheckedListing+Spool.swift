import Foundation

extension RuleEngine.CheckedListing {
    /// Writes the findings and shop keys of each of `listings` that has findings compactly (`ByteSpool` frames, read
    /// back by `ShopCheck.SettledBatch(frame:rules:shop:)`), each with its ordinal in `listings`, its locations
    /// relative to `file`; messages (template and arguments) and evidence repeated within one writer's frame are
    /// written once, and evidence that is the listing's title (a rule quoting the product it finds lacking) is a
    /// mark, neither hashed nor written again.
    ///
    /// Each listing and finding is read where the arrays hold them: a method called on each element ran on a copy of
    /// it (its id, title and findings retained, and released after), and a rule's last message is remembered by
    /// where it is (a copy of it kept its words retained until the next).
    static func encode(_ listings: [Self], into writer: inout ByteWriter, file: String) {
        // The file's name, for telling a finding's file by its name (one object per spelling) before its text.
        let fileName = SourceFileName.named(file)
        var last = LastMessages()
        listings.withUnsafeBufferPointer { listings in
            for ordinal in listings.indices where !listings[ordinal].findings.isEmpty {
                writer.write(ordinal)
                listings[ordinal].listingID.spool(into: &writer)
                listings[ordinal].title.spool(into: &writer)
                listings[ordinal].keys.encode(into: &writer)
                writer.write(listings[ordinal].findings.count)
                listings[ordinal].findings.withUnsafeBufferPointer { findings in
                    for index in findings.indices {
                        encode(
                            findings, index, of: ordinal, in: listings, into: &writer, last: &last,
                            fileName: fileName)
                    }
                }
            }
        }
    }

    /// Writes the finding `index` of `findings`, the findings of the listing `ordinal` of `listings`.
    private static func encode(
        _ findings: UnsafeBufferPointer<RuleEngine.RuleHit>, _ index: Int, of ordinal: Int,
        in listings: UnsafeBufferPointer<Self>, into writer: inout ByteWriter, last: inout LastMessages,
        fileName: SourceFileName
    ) {
        let rule = findings[index].rule
        writer.write(rule)
        findings[index].finding.condition.encode(into: &writer)
        if let number = findings[index].finding.message.number(asLastOf: rule, in: last, listings) {
            writer.writeInterned(value: number)
        } else {
            let number = writer.writeInterned { findings[index].finding.message.encode(into: &$0) }
            last.remember(rule, ordinal: ordinal, index: index, number: number)
        }
        // 1: the title's bytes; otherwise interned, numbered from 2. A shared-description candidate's evidence is
        // the listing's description, looked up by the description's key rather than hashed again.
        if findings[index].finding.evidence.hasSameBytes(as: listings[ordinal].title) {
            writer.write(1)
        } else if case .sharedDescription = findings[index].finding.condition,
            let key = listings[ordinal].keys.description
        {
            writer.writeInterned(findings[index].finding.evidence, base: 2, hash: key)
        } else {
            writer.writeInterned(findings[index].finding.evidence, base: 2)
        }
        if SourceFileName.same(findings[index].finding.location.fileName, fileName) {
            writer.write(UInt8(0))
        } else {
            writer.write(UInt8(1))
            findings[index].finding.location.file.spool(into: &writer)
        }
        writer.write(findings[index].finding.location.line)
        writer.write(findings[index].finding.location.column.map { $0 + 1 } ?? 0)
    }

    /// Each rule's last message written in full and its number: a rule often writes the same message for listing
    /// after listing (`Too few images`), which is then written as its number without being encoded and looked up
    /// again. The message is kept as where it is in the listings being encoded, not as a copy.
    fileprivate struct LastMessages {
        /// Where a message is (a listing's ordinal and the finding's index) and its number.
        struct Written {
            let ordinal: Int
            let index: Int
            let number: Int
        }

        /// By rule: its last message; `nil` until the rule writes a message.
        private var written: [Written?] = []

        /// `rule`'s last message, if it wrote one.
        func last(of rule: Int) -> Written? { rule < written.count ? written[rule] : nil }

        /// Remembers that `rule` wrote the message of the finding `index` of the listing `ordinal` as `number`.
        mutating func remember(_ rule: Int, ordinal: Int, index: Int, number: Int) {
            if rule >= written.count { written += repeatElement(nil, count: rule + 1 - written.count) }
            written[rule] = Written(ordinal: ordinal, index: index, number: number)
        }
    }
}

extension String {
    /// Writes the text as `ByteWriter.write(_:)` does; called on a text where an array holds it, the text is lent
    /// to the writer in place (passed as an argument from there, it was copied: retained and released).
    fileprivate func spool(into writer: inout ByteWriter) { writer.write(self) }
}

extension FindingMessage {
    /// The number of `rule`'s last message (`last`, in `listings`) when this message is equal to it; otherwise
    /// `nil`. The template, the numbers and the count of words are compared first, in place: a message without
    /// words is told equal or not by them alone, and only one with words is compared whole (a copy of the earlier
    /// message made for it). Called on a message where its array holds it, which lends it as it is.
    fileprivate func number(
        asLastOf rule: Int, in last: RuleEngine.CheckedListing.LastMessages,
        _ listings: UnsafeBufferPointer<RuleEngine.CheckedListing>
    ) -> Int? {
        guard let earlier = last.last(of: rule) else { return nil }
        return listings[earlier.ordinal].findings.withUnsafeBufferPointer { hits in
            guard hits[earlier.index].finding.message.template == template,
                hits[earlier.index].finding.message.first == first,
                hits[earlier.index].finding.message.second == second,
                hits[earlier.index].finding.message.third == third,
                hits[earlier.index].finding.message.words.count == words.count
            else { return nil }
            return words.isEmpty || hits[earlier.index].finding.message.words == words ? earlier.number : nil
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
