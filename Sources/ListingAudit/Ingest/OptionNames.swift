import Synchronization

/// Recognises what an option or column name describes: size or colour, in English, Chinese and German, and the size
/// words of the other languages shops name their options in (`Talla del calzado`, `Ramstorlek`). Children's sizes
/// are given by age: an option named `Age`, `Months` or `Meses` (`0-3M`, `3-6M`) is a size option.
public enum OptionNames {
    /// Names (lower-cased) that mean size.
    static let sizeNames: Set<String> = [
        "size", "sizes", "größe", "grösse", "groesse", "größen", "konfektionsgröße", "schuhgröße", "taille", "talla",
        "尺码", "尺寸", "规格", "码数", "鞋码", "大小", "尺码表", "型号", "码", "尺码选择", "shoe size", "ring size",
        "cup size", "band size", "waist", "length", "age", "ages", "months", "month", "meses", "edad", "月龄", "年龄",
    ]
    /// Words (lower-cased) that make a name of several words a size name (`Talla del calzado`, `Baby months`), and
    /// endings that make a compound one (`Ramstorlek`, `Schuhgröße`). `Age` alone is a size name, but not inside
    /// one (`Age group: adults`).
    static let sizeWords: Set<String> = [
        "size", "sizes", "talla", "tallas", "taille", "taglia", "tamaño", "größe", "grösse", "storlek", "maat",
        "rozmiar", "velikost", "veličina", "months", "meses",
    ]
    static let sizeEndings = ["größe", "grösse", "storlek"]
    /// Names (lower-cased) that mean colour.
    static let colourNames: Set<String> = [
        "color", "colour", "colors", "colours", "farbe", "farben", "farbton", "couleur", "颜色", "颜色分类", "色",
        "色系", "色彩", "主要颜色", "颜色选择", "color-pattern", "colour name", "color name", "color_name",
    ]

    /// The kind of an option called `name`: worked out once for each spelling (`workedOutKind(of:)`, some
    /// thousands of instructions and a few `String`s), then taken from `known`. The rules ask it of every attribute
    /// name of every listing and a feed's adapter of every item's option names: a few names, asked again and again.
    public static func kind(of name: String) -> OptionKind {
        guard name.utf8.count <= KnownKinds.longestName else { return workedOutKind(of: name) }
        if let kind = known.withLock({ $0.kind(of: name) }) { return kind }
        let kind = workedOutKind(of: name)
        known.withLock { $0.add(kind, for: name) }
        return kind
    }

    /// The kinds worked out so far.
    private static let known = Mutex(KnownKinds())

    /// The kind of an option called `name`, worked out from its words.
    static func workedOutKind(of name: String) -> OptionKind {
        let key = name.trimmingWhitespace().lowercased()
        if colourNames.contains(key) { return .colour }
        if sizeNames.contains(key) { return .size }
        if ["颜色", "colour", "color", "farbe"].contains(where: key.containsExactly) { return .colour }
        if ["尺码", "尺寸", "größe"].contains(where: key.containsExactly) || key.hasPrefix("size")
            || key.hasSuffix(" size")
        {
            return .size
        }
        // Words split at ASCII bytes other than letters (bytes of other scripts belong to their word).
        let words = key.utf8.split { $0 < 0x80 && $0 &- 0x61 >= 26 }.map { String(decoding: $0, as: UTF8.self) }
        if words.contains(where: sizeWords.contains) { return .size }
        if let last = words.last, sizeEndings.contains(where: last.hasSuffix) { return .size }
        return .other
    }
}

/// Option names and their kinds, as `OptionNames.kind(of:)` worked them out: at most `capacity` names of at most
/// `longestName` bytes each (emptied when full), so that a file of ever new names holds some 100 kB at most.
///
/// A kind is given back only for a name of the very bytes it was worked out for: `workedOutKind(of:)` finds some
/// pieces byte for byte (`containsExactly`), so two spellings equal as `String`s (`ö` composed and decomposed) may
/// differ in kind; such spellings share one entry, the last one worked out.
private struct KnownKinds {
    static let capacity = 1_024
    static let longestName = 64

    private var kinds: [String: OptionKind] = [:]

    /// The kind worked out for `name`'s bytes, if it is known.
    func kind(of name: String) -> OptionKind? {
        guard let index = kinds.index(forKey: name) else { return nil }
        let (spelling, kind) = kinds[index]
        return Self.haveSameBytes(spelling, name) ? kind : nil
    }

    mutating func add(_ kind: OptionKind, for name: String) {
        if kinds.count >= Self.capacity { kinds.removeAll(keepingCapacity: true) }
        // Removed first: assigning to a key that is there keeps the key's old spelling.
        kinds.removeValue(forKey: name)
        kinds[name] = kind
    }

    private static func haveSameBytes(_ left: String, _ right: String) -> Bool {
        var left = left
        var right = right
        return left.withUTF8 { left in right.withUTF8 { right in left.elementsEqual(right) } }
    }
}
