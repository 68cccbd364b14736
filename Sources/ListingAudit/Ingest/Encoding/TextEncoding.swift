/// The text encodings an export may arrive in.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    /// GB18030, a superset of GBK and GB2312 (Chinese Excel and WPS exports).
    case gb18030

    /// Parses a user-given name, tolerant of case, hyphens and common aliases (`utf8`, `gbk`, `gb2312`, `cp936`,
    /// `utf-16` meaning little-endian as Excel writes it).
    public init?(name: String) {
        let key = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        switch key {
        case "utf8", "utf8bom", "utf8sig": self = .utf8
        case "utf16le", "utf16", "unicode", "ucs2", "ucs2le": self = .utf16LE
        case "utf16be", "ucs2be": self = .utf16BE
        case "gb18030", "gbk", "gb2312", "cp936", "windows936", "euccn": self = .gb18030
        default: return nil
        }
    }

    /// The byte-order mark this encoding may start with.
    public var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .utf16LE: [0xFF, 0xFE]
        case .utf16BE: [0xFE, 0xFF]
        case .gb18030: [0x84, 0x31, 0x95, 0x33]
        }
    }
}
