/// Recognises what an option or column name describes: size or colour, in English, Chinese and German.
public enum OptionNames {
    /// Names (lower-cased) that mean size.
    static let sizeNames: Set<String> = [
        "size", "sizes", "größe", "grösse", "groesse", "größen", "konfektionsgröße", "schuhgröße", "taille", "talla",
        "尺码", "尺寸", "规格", "码数", "鞋码", "大小", "尺码表", "型号", "码", "尺码选择", "shoe size", "ring size",
        "cup size", "band size", "waist", "length",
    ]
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
        return .other
    }
}
