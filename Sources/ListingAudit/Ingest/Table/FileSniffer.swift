/// Tells what kind of file an input is from its first bytes, before choosing a reader.
enum FileSniffer {
    enum Kind: Equatable {
        /// A ZIP archive (an `.xlsx` workbook, or something else zipped).
        case zip
        /// An OLE compound file: an `.xls` workbook or an encrypted `.xlsx`.
        case compoundFile
        /// An XML document that is not an Excel 2003 or HTML table (those are refused by the text reader).
        case xml
        /// A JSON document or JSON Lines.
        case json
        /// Anything else: read as delimited text.
        case text
    }

    /// Reads the first 4 KiB of `path`.
    static func kind(of path: String) throws(IngestError) -> Kind {
        let file = try RandomAccessFile(path: path)
        return kind(ofPrefix: try file.bytes(at: 0, count: 4096))
    }

    static func kind(ofPrefix prefix: [UInt8]) -> Kind {
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) || prefix.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .zip
        }
        if prefix.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        var index = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < prefix.count, XMLBytes.isSpace(prefix[index]) { index += 1 }
        guard index < prefix.count else { return .text }
        switch prefix[index] {
        case UInt8(ascii: "<"):
            // HTML tables and Excel 2003 XML are refused by the text reader with their own message.
            if NotTextDetector.signature(prefix) != nil { return .text }
            return .xml
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return looksLikeJSON(prefix, from: index) ? .json : .text
        default:
            return .text
        }
    }

    /// Whether the bracket at `start` opens JSON: `{` then `"` or `}`; `[` then a value or `]`.
    private static func looksLikeJSON(_ prefix: [UInt8], from start: Int) -> Bool {
        var index = start + 1
        while index < prefix.count, XMLBytes.isSpace(prefix[index]) { index += 1 }
        guard index < prefix.count else { return true }
        let next = prefix[index]
        if prefix[start] == UInt8(ascii: "{") { return next == UInt8(ascii: "\"") || next == UInt8(ascii: "}") }
        switch next {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "-"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            return true
        default:
            return false
        }
    }
}
