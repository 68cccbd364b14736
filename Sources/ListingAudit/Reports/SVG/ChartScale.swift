import Foundation

/// Axis helpers shared by the charts: "nice" tick steps and label shortening.
public enum ChartScale {
    /// Tick values from 0 to at least `maximum`, about `count` of them, on a 1-2-5 step.
    public static func ticks(upTo maximum: Double, count: Int = 5) -> [Double] {
        guard maximum.isFinite, maximum > 0 else { return [0, 1] }
        let rough = maximum / Double(max(1, count))
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        let top = (maximum / step).rounded(.up) * step
        return stride(from: 0, through: top + step / 2, by: step).map { $0 }
    }

    /// A tick value as text: integers without decimals, others with up to two.
    public static func tickText(_ value: Double) -> String {
        value == value.rounded() ? NumberText.decimal(value, digits: 0) : NumberText.decimal(value, digits: 2)
    }

    /// `text` cut to about `width` columns (CJK characters count two), with `…` when cut.
    public static func shorten(_ text: String, width: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            let cost = displayWidth(character)
            if used + cost > width {
                return result + "…"
            }
            used += cost
            result.append(character)
        }
        return result
    }

    /// Columns a character takes in a proportional CJK-aware estimate: 2 for wide scripts, 1 otherwise.
    public static func displayWidth(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 1 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// A coordinate as SVG text: at most one decimal.
    static func coordinate(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
