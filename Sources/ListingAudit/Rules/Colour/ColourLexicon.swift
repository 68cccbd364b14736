/// Colour words in Chinese and English: base colours, vague stand-ins (`如图`, `random`) and patterns (`条纹`).
enum ColourLexicon {
    /// Colour words the shared `ColourFamilies` leaves out or trusts only in option values: wood tones, clear,
    /// multicolour, mixes, and names like `cream` or `olive` that are colours in the titles of the profiles that
    /// need a colour (`Cream Sofa`). They still name what the buyer receives.
    static let extraNames: [String] = [
        "原木色", "胡桃色", "胡桃木", "橡木", "樱桃木", "松木", "柚木", "榉木", "竹制", "藤编", "透明", "彩色", "黑白",
        "玫瑰金", "本白", "奶白", "香槟色", "肤色", "裸色", "oak", "walnut", "pine", "teak", "beech", "birch", "rattan",
        "natural wood", "clear", "transparent", "multicolor", "multicolour", "multi-color",
        "multi-colour", "rainbow", "rose gold", "taupe", "coral", "fuchsia", "magenta", "wine", "cream", "olive",
        "camel", "tan", "sage", "mint", "blush", "nude", "oatmeal", "sand", "emerald", "cognac", "mocha",
        // Denim's shades, which name the blue a piece of denim comes in.
        "dark denim", "light denim", "mid denim", "dark wash", "light wash", "mid wash", "medium wash",
    ]

    /// Whether free text (a title, a description) names a colour.
    static func textNamesColour(_ text: ScannedText) -> Bool {
        !ColourFamilies.families(inTitle: text).isEmpty || text.contains(.colourExtraNames)
    }

    /// Whether `text` (a title or sub-title) names a colour by one Chinese character standing as a word of its own,
    /// between spaces or punctuation (`白*竖条`, `T恤 白 L`), or ending a word of two to four Chinese characters, a
    /// shade's name (`晴空蓝`, `月光灰`): how a variant's name gives its colour. Elsewhere in a word one character is no
    /// colour (`黑科技`, `金属`), so free text is otherwise read by whole names (`黑色`). The metals' and coffee's
    /// characters end words that name no shade (`合金`, `大咖`), and idioms ending in a colour character (`网红`) are
    /// the lexicon's own words, never a colour hit. A pattern's name after the colour ends the word as well: the
    /// colours of a check or a stripe are named (`蓝灰格`, `黑白条纹`, `红格纹`).
    static func namesColourAlone(_ text: ScannedText) -> Bool {
        let bytes = text.folded.bytes
        func isSeparator(_ index: Int) -> Bool {
            index < 0 || index >= bytes.count || bytes[index] < 0x80 && !SizeRange.isWordByte(bytes[index])
        }
        // A three-byte character from U+4000 to U+9FFF (lead byte E4–E9: the CJK ideographs) starting at `index`.
        func isIdeograph(at index: Int) -> Bool { index >= 0 && (0xE4...0xE9).contains(bytes[index]) }
        // Whether the word ends at `index`, or a pattern's name there ends it.
        func endsWord(_ index: Int) -> Bool {
            isSeparator(index) || patternEnds.contains { pattern in
                bytes[index...].starts(with: pattern) && isSeparator(index + pattern.count)
            }
        }
        return text.hits[ListingPhrase.colourNamesInOptions.rawValue].contains { hit in
            let (start, end) = (Int(hit.start), Int(hit.end))
            guard hit.value >= 0, hit.length == 3, bytes[start] >= 0xE0, endsWord(end) else { return false }
            if isSeparator(start - 1) { return true }
            guard !shadeless.contains(where: { bytes[start..<end].elementsEqual($0.utf8) }) else { return false }
            var wordStart = start
            for _ in 1...3 where !isSeparator(wordStart - 1) {
                guard isIdeograph(at: wordStart - 3) else { return false }
                wordStart -= 3
            }
            return isSeparator(wordStart - 1)
        }
    }

    /// Patterns' names that may follow a colour character at the end of a word (`蓝灰格`, `黑白条纹`), UTF-8.
    private static let patternEnds: [[UInt8]] = ["格", "格纹", "条纹"].map { Array($0.utf8) }

    /// Colour characters that end words naming no shade: metals (`合金`, `纯银`) and coffee (`大咖`).
    private static let shadeless = ["金", "银", "咖"]

    /// Metals whose name is their tone (`sterling silver`, `18K`, `镀金`, `黄铜`): a jewellery piece made of one
    /// shows that colour.
    static let metalTones: Set<String> = ["gold", "silver", "brass", "copper"]

    /// Materials whose name is their tone in furniture: bare wood, rattan and bamboo (`wooden bedside table`, `实木`,
    /// `藤编`).
    /// Engineered wood (`MDF`, `密度板`) is not among them: it is laminated or painted in some colour.
    static let furnitureTones: Set<String> = ["wood", "solid_wood", "rattan", "bamboo"]

    /// Whether `text` names a metal of `metalTones` (from the materials list it was scanned with).
    static func namesMetalTone(_ text: ScannedText) -> Bool { namesMaterial(of: metalTones, text) }

    /// Whether `texts` name a piece of furniture made of bare wood or rattan (`furnitureTones`) and no fabric or
    /// leather: a sofa on wooden legs is upholstered in some colour the wood does not tell.
    static func namesFurnitureTone(_ texts: ScannedText...) -> Bool {
        texts.contains { namesMaterial(of: furnitureTones, $0) }
            && !texts.contains { $0.affirmed(.materials).contains { families($0).contains { $0.kind == "soft" } } }
    }

    /// Whether `text` affirms a material of one of the families `ids`.
    private static func namesMaterial(of ids: Set<String>, _ text: ScannedText) -> Bool {
        text.affirmed(.materials).contains { families($0).contains { ids.contains($0.id) } }
    }

    /// The material families a materials hit names.
    private static func families(_ hit: TextMatch) -> [MaterialFamily] { MaterialFamily.families(in: hit.value) }

    /// Stand-ins that say nothing certain about the colour received.
    static let vague: [String] = [
        "如图", "如图色", "图片色", "图色", "同图", "随机", "随机发货", "随机色", "随机颜色", "混色", "杂色", "默认",
        "默认颜色", "as shown", "as picture", "as pictures", "as the picture", "as photo", "picture color",
        "picture colour", "photo color", "photo colour", "random", "random color", "random colour", "assorted",
        "mixed", "mixed color", "mixed colours", "default",
    ]

    /// Words of lightness that name a colour only beside one (`light blue`, `浅灰`): a value that is one of them alone
    /// (`Light`, `clara`, `深色`) says how light, not which colour. In the languages whose base colours
    /// `ColourFamilies` knows.
    static let shadesAlone: Set<String> = [
        "light", "dark", "pale", "deep", "浅", "深", "浅色", "深色", "claro", "clara", "oscuro", "oscura", "escuro",
        "escura", "chiaro", "chiara", "scuro", "scura", "clair", "claire", "foncé", "foncée", "hell", "dunkel", "ljus",
        "mörk",
    ]

    /// The longest of `shadesAlone` in UTF-8 bytes: longer values are not looked up.
    private static let longestShade = shadesAlone.map(\.utf8.count).max() ?? 0

    /// Stand-ins that mean the buyer cannot know which colour arrives, even next to a colour name (`黑白随机`).
    static let chance: [String] = ["随机", "混色", "杂色", "random", "assorted", "mixed"]

    /// Patterns and prints: not colours on their own.
    static let patterns: [String] = [
        "条纹", "竖条纹", "横条纹", "格子", "格纹", "碎花", "印花", "豹纹", "斑马纹", "波点", "圆点", "迷彩", "扎染", "千鸟格",
        "stripe", "striped", "stripes", "floral", "plaid", "check", "checked", "gingham", "leopard", "zebra",
        "polka dot", "dots", "camo", "camouflage", "tie-dye", "paisley", "houndstooth", "print",
    ]



    /// Whether a value is a stand-in: a lot-number style name (`A款`, `1号`, `颜色2`, `Color 3`), a word of lightness
    /// alone (`Light`, `clara`, `深色`), a chance word (`随机`, `random`), or a "see the picture" word with no colour
    /// named (`如图`, `as shown`).
    static func isVague(_ value: OptionValue) -> Bool {
        let trimmed = value.text.source.trimmingWhitespace()
        if trimmed.isEmpty || isNumbered(trimmed) { return true }
        if trimmed.utf8.count <= longestShade, shadesAlone.contains(trimmed.lowercased()) { return true }
        if value.text.contains(.colourChance) { return true }
        return value.text.contains(.colourVague) && !value.namesColour
    }

    /// `isVague` of a value read with the built-in lists.
    static func isVague(_ value: String) -> Bool {
        isVague(OptionValue(value, book: ListingPhrase.standardBook))
    }

    /// `A款`, `B款`, `1号`, `2#`, `款式一`, `颜色1`, `Color 2`, `Style B`, `01`: a label, not a colour.
    private static func isNumbered(_ value: String) -> Bool {
        let lowered = TextFold.key(value)
        var core = lowered
        for prefix in ["颜色", "色号", "款式", "color", "colour", "style", "shade", "no.", "款"] where core.hasPrefix(prefix) {
            core = String(core.dropFirst(prefix.count)).trimmingWhitespace()
            break
        }
        for suffix in ["号色", "号", "款", "色", "#"] where core.hasSuffix(suffix) {
            core = String(core.dropLast(suffix.count)).trimmingWhitespace()
            break
        }
        guard !core.isEmpty, core.count <= 2, core != lowered || core.allSatisfy(\.isNumber) else { return false }
        return core.allSatisfy { $0.isNumber || ("a"..."z").contains($0) || "一二三四五六七八九十".contains($0) }
    }
}
