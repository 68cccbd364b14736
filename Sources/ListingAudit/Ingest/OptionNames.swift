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

    /// The kind of an option called `name`.
    public static func kind(of name: String) -> OptionKind {
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
