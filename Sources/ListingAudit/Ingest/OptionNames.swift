/// Recognises what an option or column name describes: size or colour, in English, Chinese and German.
public enum OptionNames {
    /// Names (lower-cased) that mean size.
    static let sizeNames: Set<String> = [
        "size", "sizes", "größe", "grösse", "groesse", "taille", "talla", "尺码", "尺寸", "规格", "码数", "鞋码",
        "大小", "shoe size", "ring size", "waist", "length", "尺码表", "型号",
    ]
    /// Names (lower-cased) that mean colour.
    static let colourNames: Set<String> = [
        "color", "colour", "colors", "colours", "farbe", "couleur", "颜色", "颜色分类", "色", "色系", "主要颜色",
        "color-pattern", "colour name", "color name", "color_name",
    ]

    /// The kind of an option called `name`.
    public static func kind(of name: String) -> OptionKind {
        let key = name.trimmingWhitespace().lowercased()
        if colourNames.contains(key) { return .colour }
        if sizeNames.contains(key) { return .size }
        if key.contains("颜色") || key.contains("colour") || key.contains("color") { return .colour }
        if key.contains("尺码") || key.contains("尺寸") || key.hasPrefix("size") || key.hasSuffix(" size") { return .size }
        return .other
    }
}
