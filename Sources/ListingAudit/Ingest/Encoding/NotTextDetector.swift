/// Recognises inputs that are clearly not delimited text (workbooks, archives, documents, images, binary data),
/// so the user is told what the file looks like instead of getting a table of garbage.
public enum NotTextDetector {
    /// Why the input is not text, in both languages, and the byte offset that shows it.
    public struct Verdict: Equatable, Sendable {
        public var reason: LocalizedText
        public var offset: Int
    }

    /// Checks the raw first bytes of a file for known binary signatures.
    public static func signature(_ prefix: [UInt8]) -> Verdict? {
        func starts(_ magic: [UInt8]) -> Bool { prefix.starts(with: magic) }
        let reason: LocalizedText
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) {
            if contains(prefix, "xl/") || contains(prefix, "[Content_Types].xml") && !contains(prefix, "word/") {
                reason = LocalizedText(
                    zh: "这是 .xlsx 工作簿，不是 CSV；请用 Excel 或 WPS 打开并导出为 CSV",
                    en: "this is an .xlsx workbook, not CSV; open it in Excel or WPS and export it as CSV")
            } else if contains(prefix, "word/") {
                reason = LocalizedText(zh: "这是 .docx 文档，不是 CSV", en: "this is a .docx document, not CSV")
            } else {
                reason = LocalizedText(
                    zh: "这是 ZIP 压缩包，不是 CSV；请解压后给出其中的 CSV 文件",
                    en: "this is a ZIP archive, not CSV; unzip it and pass the CSV file inside")
            }
        } else if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            reason = LocalizedText(
                zh: "这是 .xls（Excel 97-2003）工作簿，不是 CSV；请用 Excel 或 WPS 打开并另存为 CSV",
                en: "this is an .xls (Excel 97-2003) workbook, not CSV; open it in Excel or WPS and save it as CSV")
        } else if starts(Array("%PDF".utf8)) {
            reason = LocalizedText(zh: "这是 PDF 文档，不是 CSV", en: "this is a PDF document, not CSV")
        } else if starts([0x1F, 0x8B]) {
            reason = LocalizedText(
                zh: "这是 gzip 压缩文件；请先解压", en: "this is a gzip-compressed file; decompress it first")
        } else if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF]) || starts(Array("GIF8".utf8)) {
            reason = LocalizedText(zh: "这是图片，不是 CSV", en: "this is an image, not CSV")
        } else if starts(Array("Rar!".utf8)) || starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) {
            reason = LocalizedText(
                zh: "这是 RAR 或 7z 压缩包；请先解压出其中的 CSV 文件",
                en: "this is a RAR or 7z archive; extract the CSV file inside first")
        } else if starts(Array("SQLite format 3".utf8)) {
            reason = LocalizedText(zh: "这是 SQLite 数据库，不是 CSV", en: "this is an SQLite database, not CSV")
        } else if let markup = markupKind(prefix) {
            reason = markup
        } else {
            return nil
        }
        return Verdict(reason: reason, offset: 0)
    }

    /// HTML tables and Excel 2003 XML, which some shop back ends hand out with an `.xls` name.
    private static func markupKind(_ prefix: [UInt8]) -> LocalizedText? {
        var start = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < prefix.count, [0x20, 0x09, 0x0A, 0x0D].contains(prefix[start]) { start += 1 }
        let head = String(decoding: prefix[start..<min(prefix.count, start + 64)], as: UTF8.self).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<table") {
            return LocalizedText(
                zh: "这是网页（HTML，常被存成 .xls），不是 CSV；请用 Excel 或 WPS 打开并另存为 CSV",
                en: "this is an HTML page (often saved as .xls), not CSV; open it in Excel or WPS and save it as CSV")
        }
        if head.hasPrefix("<?xml"), contains(prefix, "urn:schemas-microsoft-com:office:spreadsheet") {
            return LocalizedText(
                zh: "这是 Excel 2003 XML 工作簿，不是 CSV；请用 Excel 或 WPS 打开并另存为 CSV",
                en: "this is an Excel 2003 XML workbook, not CSV; open it in Excel or WPS and save it as CSV")
        }
        return nil
    }

    /// Checks decoded-as-bytes text (UTF-8 or GB18030, never UTF-16) for NUL and other control bytes that text
    /// does not contain: at least 1% of the sample, and at least 4 of them. `fileSize` is the size of the file when
    /// `prefix` was decoded from all of it (the message then names the file's own size, not the decoded one).
    public static func controlBytes(_ prefix: [UInt8], fileSize: Int? = nil) -> Verdict? {
        var firstOffset: Int?
        var count = 0
        for (offset, byte) in prefix.enumerated() where isBinaryControl(byte) {
            count += 1
            if firstOffset == nil { firstOffset = offset }
        }
        guard let firstOffset, count >= 4, count * 100 >= prefix.count else { return nil }
        let isNul = prefix[firstOffset] == 0
        let what = isNul ? "NUL bytes" : "control bytes"
        let span = fileSize.map { "in this \($0)-byte file" } ?? "in its first \(prefix.count) bytes of text"
        let zhSpan = fileSize.map { "这个 \($0) 字节的文件中有" } ?? "前 \(prefix.count) 字节文字中有"
        let reason = LocalizedText(
            zh: "这看起来是二进制数据，不是文字（\(zhSpan) \(count) 个\(isNul ? "空字节（NUL）" : "控制字符")）；"
                + "如果是表格文件，请导出为 CSV",
            en: "this looks like binary data, not text (\(count) \(what) \(span)); "
                + "if it is a spreadsheet, export it as CSV")
        return Verdict(reason: reason, offset: firstOffset)
    }

    /// What to say instead of "binary data" of a file named as an Excel workbook (`.xlsx`, `.xlsm`, `.xls`) whose
    /// first bytes are no workbook's: it is damaged or cut short, and exporting it as CSV is not the first remedy.
    /// `nil` for any other name.
    public static func damagedWorkbook(named path: String) -> LocalizedText? {
        let name = path.lowercased()
        guard [".xlsx", ".xlsm", ".xls"].contains(where: { name.hasSuffix($0) }) else { return nil }
        return LocalizedText(
            zh: "文件名是 Excel 工作簿，但内容不是可读的工作簿（开头不是 Excel 文件应有的字节）：可能已损坏或没有下载完整；"
                + "请重新下载，或在 Excel 或 WPS 中打开后重新保存或导出为 CSV",
            en: "named as an Excel workbook, but its first bytes are not a workbook's: it may be damaged or only "
                + "partly downloaded; download it again, or open it in Excel or WPS and save it again or export it "
                + "as CSV")
    }

    /// Control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape.
    @inline(__always)
    static func isBinaryControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0B && byte != 0x0C && byte != 0x0D && byte != 0x1B
    }

    private static func contains(_ bytes: [UInt8], _ text: StaticString) -> Bool {
        text.withUTF8Buffer { needle in bytes.withUnsafeBufferPointer { ByteSearch.occurs(needle, in: $0) } }
    }

    /// The 1-based line and field of byte `offset` in `prefix`, counting line breaks and `delimiter`s before it.
    public static func position(of offset: Int, in prefix: [UInt8], delimiter: UInt8) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var previous: UInt8 = 0
        for byte in prefix[..<min(offset, prefix.count)] {
            if byte == 0x0A && previous != 0x0D || byte == 0x0D {
                line += 1
                column = 1
            } else if byte == delimiter {
                column += 1
            }
            previous = byte
        }
        return (line, column)
    }
}
