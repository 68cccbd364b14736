/// What the size rules accept as measurements, read with the shared `MeasurementScanner`.
enum SizeEvidence {
    /// Whether `text` gives body measurements or a fit guide: lengths (`胸围96cm`, `waist 30"`), weights
    /// (`建议90-120斤`, `fits 50-65 kg`) or numeric sizes the letter size maps to (`均码，适合35-40码`).
    static func hasFitMeasurements(in text: String) -> Bool {
        let folded = FoldedText(text)
        let fitDimensions: Set<UnitDimension> = [.length, .weight, .sizeNumber]
        return MeasurementScanner.measurements(in: folded).contains { fitDimensions.contains($0.dimension) }
            || hasDimensionPair(in: folded)
    }

    /// Whether `text` gives dimensions: a length, a capacity (`20L`), or a bare pair (`160x230`, `150×200`).
    static func hasDimensions(in text: String) -> Bool {
        let folded = FoldedText(text)
        let dimensions: Set<UnitDimension> = [.length, .volume]
        return MeasurementScanner.measurements(in: folded).contains { dimensions.contains($0.dimension) }
            || hasDimensionPair(in: folded)
    }

    /// `160x230`, `160 x 230`, `160*230` (folding turns `×` into `x`).
    private static func hasDimensionPair(in text: FoldedText) -> Bool {
        let scalars = text.folded
        var index = 0
        while index < scalars.count {
            guard scalars[index].isASCIIDigit else {
                index += 1
                continue
            }
            while index < scalars.count, scalars[index].isASCIIDigit || scalars[index] == "." { index += 1 }
            var next = index
            while next < scalars.count, scalars[next] == " " { next += 1 }
            guard next < scalars.count, scalars[next] == "x" || scalars[next] == "*" else { continue }
            next += 1
            while next < scalars.count, scalars[next] == " " { next += 1 }
            if next < scalars.count, scalars[next].isASCIIDigit { return true }
        }
        return false
    }
}
