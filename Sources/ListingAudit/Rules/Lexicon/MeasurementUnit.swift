/// What a unit measures. Rules ask for a dimension (a rug needs a length, food a weight or volume).
public enum UnitDimension: String, Sendable, CaseIterable {
    case length
    case weight
    case volume
    /// Battery capacity (mAh, Wh).
    case charge
    case power
    case voltage
    case current
    /// Storage (GB, TB).
    case data
    case frequency
    case time
    /// Fabric weight and yarn counts (gsm, 支, 旦).
    case textile
    /// Shoe and garment size numbers (`38码`).
    case sizeNumber
    /// Piece counts (`3件套`, `2 pcs`).
    case quantity
    /// A share of a named ingredient: composition (`100% essential oils`, `70% alcohol`).
    case share

    /// Whether it describes an electrical spec (charge, power, voltage, current, data, frequency): a `switch`, where
    /// a `Set` of them hashed the case's name on every ask.
    public var isElectrical: Bool {
        switch self {
        case .charge, .power, .voltage, .current, .data, .frequency: true
        case .length, .weight, .volume, .time, .textile, .sizeNumber, .quantity, .share: false
        }
    }
}

/// The units the fact extractor recognises after a number, Chinese and English, folded spelling.
enum MeasurementUnits {
    /// Unit spelling → dimension. Latin units must not be followed by a letter (`5 g` yes, `5 gold` no).
    static let table: [(String, UnitDimension)] = [
        ("mm", .length), ("cm", .length), ("m", .length), ("km", .length), ("inches", .length), ("inch", .length),
        ("\"", .length), ("ft", .length), ("feet", .length), ("yd", .length), ("毫米", .length),
        ("厘米", .length), ("公分", .length), ("米", .length), ("英寸", .length), ("寸", .length), ("英尺", .length),
        ("mg", .weight), ("g", .weight), ("kg", .weight), ("lb", .weight), ("lbs", .weight), ("oz", .weight),
        ("克", .weight), ("千克", .weight), ("公斤", .weight), ("斤", .weight), ("kilograms", .weight),
        ("grams", .weight), ("pounds", .weight), ("ounces", .weight),
        ("ml", .volume), ("l", .volume), ("cl", .volume), ("fl oz", .volume), ("fl. oz", .volume),
        ("liter", .volume), ("liters", .volume), ("litre", .volume), ("litres", .volume), ("gallon", .volume),
        ("毫升", .volume), ("升", .volume),
        ("mah", .charge), ("ah", .charge), ("wh", .charge), ("毫安", .charge), ("毫安时", .charge),
        ("w", .power), ("kw", .power), ("watt", .power), ("watts", .power), ("瓦", .power), ("千瓦", .power),
        ("v", .voltage), ("volt", .voltage), ("volts", .voltage), ("伏", .voltage),
        ("ma", .current), ("安", .current),
        ("gb", .data), ("tb", .data), ("mb", .data),
        ("hz", .frequency), ("khz", .frequency), ("mhz", .frequency), ("ghz", .frequency), ("赫兹", .frequency),
        ("h", .time), ("hours", .time), ("hour", .time), ("hrs", .time), ("min", .time), ("mins", .time),
        ("minutes", .time), ("小时", .time), ("分钟", .time),
        ("gsm", .textile), ("g/m2", .textile), ("g/m²", .textile), ("支", .textile), ("旦", .textile),
        ("针", .textile), ("姆米", .textile),
        ("码", .sizeNumber), ("eu", .sizeNumber), ("us", .sizeNumber),
        // Spelled-out units of the other languages shops write in (Spanish, Portuguese, Italian, French, German),
        // accented and plain, and seconds: a listing in another language states its measurements with them.
        ("centímetros", .length), ("centimetros", .length), ("centimetri", .length), ("centimètres", .length),
        ("zentimeter", .length), ("milímetros", .length), ("milimetros", .length), ("metros", .length),
        ("gramos m²", .textile), ("gramos m2", .textile), ("gramos/m²", .textile), ("gramos/m2", .textile),
        ("pulgadas", .length), ("pulgada", .length), ("polegadas", .length), ("pollici", .length),
        ("pouces", .length), ("zoll", .length), ("gramos", .weight), ("gramas", .weight), ("grammi", .weight),
        ("grammes", .weight), ("gramm", .weight), ("kilos", .weight), ("kilogramos", .weight), ("libras", .weight),
        ("onzas", .weight), ("litros", .volume), ("litri", .volume), ("mililitros", .volume),
        ("seconds", .time), ("second", .time), ("segundos", .time), ("secondi", .time), ("secondes", .time),
        ("sekunden", .time), ("minutos", .time), ("minuti", .time), ("horas", .time), ("ore", .time),
        ("heures", .time), ("stunden", .time),
        ("pcs", .quantity), ("pc", .quantity), ("pieces", .quantity), ("piece", .quantity), ("pack", .quantity),
        ("件套", .quantity), ("件", .quantity), ("个", .quantity), ("只", .quantity), ("片", .quantity),
        ("双", .quantity), ("套", .quantity), ("条", .quantity), ("粒", .quantity), ("包", .quantity),
        ("袋", .quantity), ("盒", .quantity), ("瓶", .quantity),
    ]

    /// Words after a percentage that make it a claim or a price, not a share of an ingredient (`100% natural`,
    /// `20% off`, `100% satisfaction guaranteed`). Lowercase ASCII letters only, as folded: the scan looks up only a
    /// word of ASCII letters (`MeasurementScanner.share`).
    static let notShares: Set<String> = [
        "off", "discount", "discounts", "sale", "guaranteed", "guarantee", "satisfaction", "satisfied", "money",
        "refund", "refundable", "quality", "natural", "pure", "organic", "authentic", "original", "genuine", "new",
        "brand", "safe", "more", "less", "of", "cashback", "back", "free", "positive", "faster", "better",
        "stronger", "longer", "lighter", "cheaper", "bigger", "smaller", "up", "upto", "and", "or", "to", "the",
        "real", "handmade", "hand", "made", "vegan", "recyclable", "biodegradable", "waterproof", "effective",
    ]

    /// The table's spellings, folded and laid out for the scan.
    static let spellings = UnitSpellings(table)
}
