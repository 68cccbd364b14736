/// What the size rules accept as measurements, read with the shared `MeasurementScanner`.
enum SizeEvidence {
    /// Whether anything written about the listing (`ListingFacts.anythingWritten`) gives body measurements or a fit
    /// guide: lengths (`胸围96cm`, `waist 30"`), weights (`建议90-120斤`, `fits 50-65 kg`) or numeric sizes the letter
    /// size maps to (`均码，适合35-40码`).
    static func hasFitMeasurements(_ facts: ListingFacts) -> Bool {
        facts.anythingWritten(givesFitMeasurements, describes: { describes(fitDimensions, facts) })
    }

    /// Whether anything written about the listing gives dimensions (`givesDimensions`).
    static func hasDimensions(_ facts: ListingFacts) -> Bool {
        facts.anythingWritten(givesDimensions, describes: { describes(sizeDimensions, facts) })
    }

    /// Whether the description gives a measurement of one of `dimensions` or a bare pair. Its measurements are
    /// those of its facts found in it (`ListingFacts.descriptionStated` of text 0: every measurement but a material's
    /// share, which is of none of these dimensions; the shop's spec metafields read with it are texts 1 on), worked
    /// out for most listings by then, not scanned for again.
    private static func describes(_ dimensions: [UnitDimension], _ facts: ListingFacts) -> Bool {
        let measured = facts.descriptionStated.contains { fact in
            guard fact.text == 0, case .measurement(let dimension) = fact.kind else { return false }
            return dimensions.contains(dimension)
        }
        return measured || hasDimensionPair(in: facts.description)
    }

    /// Whether `text` gives body measurements or a fit guide (see `hasFitMeasurements`).
    static func givesFitMeasurements(_ text: ScannedText) -> Bool {
        MeasurementScanner.contains(fitDimensions, in: text.folded) || hasDimensionPair(in: text)
    }

    /// Whether `text` gives dimensions: a length, a capacity (`20L`), or a bare pair (`160x230`, `150×200`).
    static func givesDimensions(_ text: ScannedText) -> Bool {
        MeasurementScanner.contains(sizeDimensions, in: text.folded) || hasDimensionPair(in: text)
    }

    /// The dimensions of a fit guide and of a product's size (a few: a linear search beats hashing them).
    private static let fitDimensions: [UnitDimension] = [.length, .weight, .sizeNumber]
    private static let sizeDimensions: [UnitDimension] = [.length, .volume]

    /// Whether the listing names a size chart or guide (`size chart`, `measurements`, `尺码表`) in its title,
    /// description or options, or in an attribute whose value holds a number: an attribute merely named for
    /// measurements whose value has none (`Product Measurements: Boxy Fit.`) is a label, not a chart.
    static func namesSizeChart(_ facts: ListingFacts) -> Bool {
        if facts.title.contains(.sizeCharts) || facts.description.contains(.sizeCharts) { return true }
        let attributes = facts.listing.attributes
        // Each attribute as `name: value`, then the options; read by index, not copied out one by one.
        let texts = facts.attributeTexts
        for index in texts.indices where texts[index].contains(.sizeCharts) {
            if attributes[index].value.utf8.contains(where: { $0 &- 0x30 < 10 }) { return true }
        }
        return facts.optionTexts { $0.contains(.sizeCharts) }
    }

    /// `160x230`, `160 x 230`, `160*230` (folding turns `×` into `x`).
    private static func hasDimensionPair(in text: ScannedText) -> Bool {
        text.folded.bytes.withUnsafeBufferPointer { bytes in
            func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] &- 0x30 < 10 }
            // Straight to the next digit, eight bytes at a time: most bytes are no digit.
            var index = MeasurementScanner.nextDigit(in: bytes, from: 0)
            while index < bytes.count {
                while isDigit(index) || index < bytes.count && bytes[index] == 0x2E { index += 1 }
                var next = index
                while next < bytes.count, bytes[next] == 0x20 { next += 1 }
                if next < bytes.count, bytes[next] == 0x78 || bytes[next] == 0x2A {
                    next += 1
                    while next < bytes.count, bytes[next] == 0x20 { next += 1 }
                    if isDigit(next) { return true }
                }
                index = MeasurementScanner.nextDigit(in: bytes, from: index)
            }
            return false
        }
    }
}
