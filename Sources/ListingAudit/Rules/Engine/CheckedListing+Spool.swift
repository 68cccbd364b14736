extension RuleEngine.CheckedListing {
    /// Writes the findings and shop keys of each of `listings` that has findings compactly (`ByteSpool` frames, read
    /// back by `ShopCheck.SettledBatch(frame:rules:shop:)`), each with its ordinal in `listings`, its locations
    /// relative to `file`; messages (template and arguments) and evidence repeated within one writer's frame are
    /// written once.
    ///
    /// Each listing is read where the array holds it: a method called on each element ran on a copy of it (its id,
    /// title and findings retained, and released after), once per listing.
    static func encode(_ listings: [Self], into writer: inout ByteWriter, file: String) {
        // Each rule's last message and its number: a rule often writes the same message for listing after listing
        // (`Too few images`), which is then written as its number without being encoded and looked up again.
        var lastMessages: [(message: FindingMessage, number: Int)?] = []
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
                writer.write(findings[index].rule)
                findings[index].finding.condition.encode(into: &writer)
                let rule = findings[index].rule
                if rule >= lastMessages.count {
                    lastMessages += repeatElement(nil, count: rule + 1 - lastMessages.count)
                }
                if let last = lastMessages[rule], last.message == findings[index].finding.message {
                    writer.writeInterned(value: last.number)
                } else {
                    let number = writer.writeInterned { findings[index].finding.message.encode(into: &$0) }
                    lastMessages[rule] = (findings[index].finding.message, number)
                }
                writer.writeInterned(findings[index].finding.evidence)
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
}

extension ShopCheck.SettledBatch {
    /// Reads a spool frame (`ShopCheck.keep`'s header: file, first line, first ordinal; then what `encode` wrote of
    /// each listing) and settles its findings with `shop` as `RuleEngine.settle` does, keeping every text as the
    /// frame's bytes: a text the frame wrote once (`writeInterned`) is one number however many findings repeat it,
    /// and a message is decoded once (its text is made only when a writer asks).
    init(frame: [UInt8], rules: [(id: String, severity: Severity)], shop: ShopFacts) {
        var reader = ByteReader(frame[...])
        var texts = SpooledTexts(frame)
        let file = reader.readString()
        let fileText = texts.add(file)
        let fileName = SourceFileName.named(file)
        let firstLine = reader.readInt()
        let firstOrdinal = reader.readInt()
        var interned: [Int32] = []
        func readInterned() -> Int32 {
            let (number, range) = reader.readInterned()
            if number == interned.count { interned.append(texts.add(range)) }
            return interned[number]
        }
        // The messages the frame wrote in full, then those settling made, each once; by frame number, their numbers.
        var messages: [FindingMessage] = []
        var spooledMessages: [Int32] = []
        var settledMessages: [FindingMessage: Int32] = [:]
        func readMessage() -> Int32 {
            let number = reader.readInt()
            guard number == 0 else { return spooledMessages[number - 1] }
            messages.append(FindingMessage(from: &reader))
            spooledMessages.append(Int32(messages.count - 1))
            return Int32(messages.count - 1)
        }
        func number(settled message: FindingMessage) -> Int32 {
            if let known = settledMessages[message] { return known }
            messages.append(message)
            settledMessages[message] = Int32(messages.count - 1)
            return Int32(messages.count - 1)
        }
        var findings: [ShopCheck.SettledFinding] = []
        while !reader.isAtEnd {
            let ordinal = firstOrdinal + reader.readInt()
            let listingID = texts.add(reader.readTextRange())
            let title = texts.add(reader.readTextRange())
            let keys = ShopKeys(from: &reader)
            for _ in 0..<reader.readInt() {
                let rule = Int32(reader.readInt())
                let condition = ShopCondition?.decode(from: &reader)
                var message = readMessage()
                var evidence = readInterned()
                let findingFile = reader.readByte() == 0 ? fileText : texts.add(reader.readTextRange())
                let line = reader.readInt()
                let column = reader.readInt() - 1
                if let condition {
                    let location = SourceLocation(
                        file: findingFile == fileText ? fileName : SourceFileName.named(texts.string(findingFile)),
                        line: line,
                        column: column < 0 ? nil : column)
                    let (holds, products) = shop.holds(condition, for: keys, file: location.file)
                    guard holds else { continue }
                    if products > 0 {
                        let candidate = RuleFinding(
                            message: messages[Int(message)], evidence: texts.string(evidence), location: location,
                            condition: condition)
                        let settled = BoilerplateDescriptionRule.settle(candidate, sharedBy: products)
                        message = number(settled: settled.message)
                        evidence = texts.add(settled.evidence)
                    }
                }
                findings.append(ShopCheck.SettledFinding(
                    ordinal: ordinal, listingID: listingID, title: title, rule: rule, message: message,
                    evidence: evidence, file: findingFile, line: line, column: column))
            }
        }
        self.init(
            file: file, firstLine: firstLine, texts: texts, messages: messages, findings: findings, rules: rules)
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

    fileprivate init(from reader: inout ByteReader) {
        let flags = reader.readByte()
        let description = flags & 1 != 0 ? reader.readUInt64() : nil
        self.init(
            description: description, stem: description == nil ? 0 : reader.readUInt64(), hasImages: flags & 2 != 0,
            hasGallery: flags & 4 != 0, hasDescription: flags & 8 != 0)
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

    fileprivate static func decode(from reader: inout ByteReader) -> ShopCondition? {
        switch reader.readByte() {
        case 1: .exportHasImages
        case 2: .exportHasGalleries
        case 3: .exportHasDescriptions
        case 4: .exportLacksDescriptions
        case 5: .sharedDescription(minimum: reader.readInt())
        case 6: .exportHasDescriptionColumn
        case 7: .exportHasOptionColumn
        default: nil
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

    /// Reads what `encode(into:)` wrote.
    fileprivate init(from reader: inout ByteReader) {
        let template = Template(rawValue: reader.readByte())!
        let (first, second, third) = (reader.readInt(), reader.readInt(), reader.readInt())
        let words = (0..<reader.readInt()).map { _ in reader.readString() }
        self.init(template, first, second, third, words: words)
    }
}
