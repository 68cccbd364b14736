extension RuleEngine.CheckedListing {
    /// Writes the listing's results compactly (`ByteSpool` frames), its locations relative to `file`; messages and
    /// evidence repeated within one writer's frame are written once.
    func encode(into writer: inout ByteWriter, ordinal: Int, file: String) {
        writer.write(ordinal)
        writer.write(listingID)
        writer.write(title)
        writer.write(UInt8(ProductProfile.allCases.firstIndex(of: profile) ?? 0))
        keys.encode(into: &writer)
        writer.write(findings.count)
        for (rule, finding) in findings {
            writer.write(rule)
            finding.condition.encode(into: &writer)
            writer.writeInterned(finding.message.zh)
            writer.writeInterned(finding.message.en)
            writer.writeInterned(finding.evidence)
            let location = finding.location
            if location.file == file {
                writer.write(UInt8(0))
            } else {
                writer.write(UInt8(1))
                writer.write(location.file)
            }
            writer.write(location.line)
            writer.write(location.column.map { $0 + 1 } ?? 0)
        }
    }

    /// Reads what `encode` wrote: the listing's ordinal and results.
    static func decode(from reader: inout ByteReader, file: String) -> (ordinal: Int, listing: Self) {
        let ordinal = reader.readInt()
        let listingID = reader.readString()
        let title = reader.readString()
        let profile = ProductProfile.allCases[Int(reader.readByte())]
        let keys = ShopKeys(from: &reader)
        let count = reader.readInt()
        var findings: [(rule: Int, finding: RuleFinding)] = []
        findings.reserveCapacity(count)
        for _ in 0..<count {
            let rule = reader.readInt()
            let condition = ShopCondition?.decode(from: &reader)
            let message = LocalizedText(zh: reader.readInterned(), en: reader.readInterned())
            let evidence = reader.readInterned()
            let locationFile = reader.readByte() == 0 ? file : reader.readString()
            let line = reader.readInt()
            let column = reader.readInt()
            findings.append(
                (rule, RuleFinding(
                    message: message, evidence: evidence,
                    location: SourceLocation(file: locationFile, line: line, column: column == 0 ? nil : column - 1),
                    condition: condition)))
        }
        return (ordinal, Self(listingID: listingID, title: title, profile: profile, findings: findings, keys: keys))
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
        default: nil
        }
    }
}
