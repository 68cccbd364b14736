#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An Excel workbook (`.xlsx`, `.xlsm`, `.xltx`) opened for reading its worksheets as rows: the ZIP container and
/// inflate are our own (`ZipArchive`, `Inflater`), the parts are read with `XMLReader`.
///
/// Opening reads the package relationships, the workbook part (sheet names, order, visibility, the 1904 date system)
/// and the styles (which cells hold dates). Shared strings are read lazily, as rows need them; a sheet is streamed row
/// by row (`SheetRows`). Every problem — a part missing, XML that is not well-formed, an encrypted or bomb-like entry
/// — is an `IngestError.unusableInput` naming the workbook, the part or sheet, and what to do.
final class Workbook {
    /// One worksheet, in workbook order.
    struct Sheet: Sendable, Equatable {
        /// The tab name.
        let name: String
        /// The part holding the sheet's XML (`xl/worksheets/sheet1.xml`); `nil` when the relationship is missing.
        let part: String?
        /// Hidden or very hidden sheets are never chosen automatically.
        let hidden: Bool
        /// Whether it is a chart sheet or dialog sheet (no cells).
        let isChart: Bool
    }

    let path: String
    let archive: ZipArchive
    let sheets: [Sheet]
    /// Dates count from 1904-01-01 (old Mac workbooks).
    let date1904: Bool
    /// The number format of each cell style (`s` attribute index).
    let formats: [CellFormat]
    /// The shared-strings part, when the workbook has one.
    let sharedStringsPart: String?
    /// The workbook's shared strings, read as far as rows have needed them (shared by every sheet opened).
    private(set) lazy var sharedStrings = SharedStrings(
        archive: archive, part: sharedStringsPart, budget: sharedStringsBudget)
    /// How much memory the shared strings may take before they are kept in a scratch file.
    private let sharedStringsBudget: SharedStringStore.Budget

    /// Opens the workbook at `path`; `sharedStringsBudget` bounds the memory its shared strings take.
    /// - Throws: `.fileNotFound` / `.unreadable`; `.unusableInput` when it is not a readable workbook (see the type).
    init(
        path: String, limits: ZipLimits = ZipLimits(),
        sharedStringsBudget: SharedStringStore.Budget = SharedStringStore.Budget()
    ) throws(IngestError) {
        self.path = path
        self.sharedStringsBudget = sharedStringsBudget
        archive = try ZipArchive(path: path, limits: limits)
        let workbookPart = try Self.officeDocument(in: archive)
        guard archive.entry(named: workbookPart) != nil else { throw Self.notAWorkbook(archive) }
        let relations = try Self.relationships(of: workbookPart, in: archive)
        var sheets: [Sheet] = []
        var date1904 = false
        try Self.parse(workbookPart, in: archive) { reader throws(IngestError) in
            if reader.isNamed("sheet") {
                let name = reader.attribute("name").map(XMLBytes.string) ?? "Sheet\(sheets.count + 1)"
                let state = reader.attribute("state").map(XMLBytes.string) ?? "visible"
                let id = reader.attribute("id").map(XMLBytes.string)
                let relation = id.flatMap { relations[$0] }
                sheets.append(
                    Sheet(
                        name: name, part: relation?.target, hidden: state != "visible",
                        isChart: relation.map { !$0.type.hasSuffix("/worksheet") } ?? false))
            } else if reader.isNamed("workbookPr"), let value = reader.attribute("date1904") {
                let text = XMLBytes.string(value)
                date1904 = text == "1" || text == "true"
            }
        }
        self.sheets = sheets
        self.date1904 = date1904
        sharedStringsPart = relations.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
        if let styles = relations.values.first(where: { $0.type.hasSuffix("/styles") })?.target,
            archive.entry(named: styles) != nil
        {
            formats = try Self.cellFormats(styles, in: archive)
        } else {
            formats = []
        }
    }

    /// The worksheets that hold cells (chart sheets left out).
    var worksheets: [Sheet] { sheets.filter { !$0.isChart } }

    /// A location naming the workbook and `sheet`: `book.xlsx[商品]`.
    func label(_ sheet: Sheet) -> String { "\(path)[\(sheet.name)]" }

    /// Streams the rows of `sheet`.
    /// - Parameter merges: apply merged ranges (found by a first pass over the sheet, cached per workbook).
    func rows(of sheet: Sheet, merges: Bool = true) throws(IngestError) -> SheetRows {
        guard let part = sheet.part, let entry = archive.entry(named: part) else {
            throw .input(
                label(sheet), zh: "工作簿缺少该工作表的内容部分（\(sheet.part ?? "无关系")）：文件已损坏，请重新导出",
                en: "the workbook lacks this sheet's part (\(sheet.part ?? "no relationship")): the file is damaged; "
                    + "export it again")
        }
        let ranges = merges ? try mergedRanges(entry, sheet: sheet) : MergedRanges()
        return SheetRows(workbook: self, sheet: sheet, source: try archive.open(entry), merges: ranges)
    }

    private var mergeCache: [String: MergedRanges] = [:]

    private func mergedRanges(_ entry: ZipArchive.Entry, sheet: Sheet) throws(IngestError) -> MergedRanges {
        if let cached = mergeCache[entry.name] { return cached }
        let ranges = try MergedRanges.scan(try archive.open(entry), label: label(sheet))
        mergeCache[entry.name] = ranges
        return ranges
    }

    // MARK: Package parts

    /// A relationship's target (resolved to a part name) and type.
    struct Relation {
        let target: String
        let type: String
    }

    /// The main part named by the package relationships (`xl/workbook.xml` when they are missing).
    private static func officeDocument(in archive: ZipArchive) throws(IngestError) -> String {
        guard archive.entry(named: "_rels/.rels") != nil else {
            if archive.entry(named: "xl/workbook.xml") != nil { return "xl/workbook.xml" }
            throw notAWorkbook(archive)
        }
        let relations = try relationships(part: "_rels/.rels", base: "", in: archive)
        return relations.values.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
    }

    /// The relationships of `part`, by id.
    private static func relationships(of part: String, in archive: ZipArchive) throws(IngestError) -> [String: Relation]
    {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? part
        let relationsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard archive.entry(named: relationsPart) != nil else {
            throw .input(
                "\(archive.path) (\(relationsPart))",
                zh: "工作簿缺少 \(relationsPart)，无法找到各工作表：文件已损坏，请重新导出",
                en: "the workbook lacks \(relationsPart), so its sheets cannot be found: the file is damaged; "
                    + "export it again")
        }
        return try relationships(part: relationsPart, base: folder, in: archive)
    }

    private static func relationships(part: String, base: String, in archive: ZipArchive) throws(IngestError)
        -> [String: Relation]
    {
        var relations: [String: Relation] = [:]
        try parse(part, in: archive) { reader throws(IngestError) in
            guard reader.isNamed("Relationship"), let id = reader.attribute("Id"),
                let target = reader.attribute("Target")
            else { return }
            let mode = reader.attribute("TargetMode").map(XMLBytes.string)
            guard mode != "External" else { return }
            let type = reader.attribute("Type").map(XMLBytes.string) ?? ""
            relations[XMLBytes.string(id)] = Relation(target: resolve(XMLBytes.string(target), base: base), type: type)
        }
        return relations
    }

    /// A relationship target as a part name: absolute (`/xl/…`) or relative to `base`, with `..` resolved.
    static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if piece != "." {
                parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }

    /// Calls `body` at every start tag of `part`, and `endTag` at every end tag.
    static func parse(
        _ part: String, in archive: ZipArchive, endTag: (XMLReader) -> Void = { _ in },
        _ body: (XMLReader) throws(IngestError) -> Void
    ) throws(IngestError) {
        guard let entry = archive.entry(named: part) else {
            throw .input(
                "\(archive.path) (\(part))", zh: "工作簿缺少 \(part)：文件已损坏，请重新导出",
                en: "the workbook lacks \(part): the file is damaged; export it again")
        }
        let source = try archive.open(entry)
        let reader = XMLReader(source: source, maximumToken: 16 << 20)
        while true {
            let token: XMLToken
            do {
                token = try reader.next()
            } catch {
                throw xmlError(error, location: source.location, source: source)
            }
            switch token {
            case .end: return
            case .startTag: try body(reader)
            case .endTag: endTag(reader)
            case .text: continue
            }
        }
    }

    /// An XML failure in a part, as an ingest error (a failure of the entry itself — a bomb, damage — wins).
    static func xmlError(_ failure: XMLFailure, location: SourceLocation, source: ZipEntrySource) -> IngestError {
        if case .input(let error) = failure.kind { return error }
        let reason = failure.reason
        return .unusableInput(
            location: location,
            reason: LocalizedText(
                zh: reason.zh + "（第 \(failure.offset) 字节处）", en: reason.en + " (at byte \(failure.offset))"))
    }

    /// The number format of each cell style, from `cellXfs` and the custom `numFmts`.
    private static func cellFormats(_ part: String, in archive: ZipArchive) throws(IngestError) -> [CellFormat] {
        var custom: [Int: CellFormat] = [:]
        var formats: [CellFormat] = []
        var inCellStyles = false
        guard archive.entry(named: part) != nil else { return [] }
        try parse(part, in: archive, endTag: { reader in
            if reader.isNamed("cellXfs") { inCellStyles = false }
        }) { reader in
            if reader.isNamed("numFmt"), let id = reader.attribute("numFmtId").flatMap(number),
                let code = reader.attribute("formatCode")
            {
                custom[id] = CellFormat.custom(XMLBytes.string(code))
            } else if reader.isNamed("cellXfs") {
                inCellStyles = true
            } else if inCellStyles, reader.isNamed("xf"), formats.count < 1 << 20 {
                let id = reader.attribute("numFmtId").flatMap(number) ?? 0
                formats.append(custom[id] ?? CellFormat.builtIn(id))
            }
        }
        return formats
    }

    /// A non-negative decimal number.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Why a ZIP file that is not an Excel workbook cannot be read.
    static func notAWorkbook(_ archive: ZipArchive) -> IngestError {
        let has = { (name: String) in archive.entry(named: name) != nil }
        if has("xl/workbook.bin") {
            return .input(
                archive.path, zh: "这是 Excel 二进制工作簿（.xlsb），无法直接读取；请在 Excel 中另存为 .xlsx 或 CSV",
                en: "this is an Excel binary workbook (.xlsb), which is not read directly; save it as .xlsx or CSV "
                    + "in Excel")
        }
        if has("content.xml"), has("mimetype") {
            return .input(
                archive.path, zh: "这是 OpenDocument 表格（.ods），无法直接读取；请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx 或 CSV",
                en: "this is an OpenDocument spreadsheet (.ods), which is not read directly; save it as .xlsx or CSV "
                    + "in LibreOffice, WPS or Excel")
        }
        if has("word/document.xml") {
            return .input(
                archive.path, zh: "这是 Word 文档（.docx），不是表格", en: "this is a Word document (.docx), not a table")
        }
        if has("ppt/presentation.xml") {
            return .input(
                archive.path, zh: "这是 PowerPoint 演示文稿（.pptx），不是表格",
                en: "this is a PowerPoint presentation (.pptx), not a table")
        }
        if has("[Content_Types].xml") || archive.entries.contains(where: { $0.name.hasPrefix("xl/") }) {
            return .input(
                archive.path, zh: "工作簿缺少 xl/workbook.xml 部分：文件已损坏，请重新导出",
                en: "the workbook lacks its xl/workbook.xml part: the file is damaged; export it again")
        }
        return .input(
            archive.path, zh: "这是一个 ZIP 压缩包，不是 Excel 工作簿；请解压后指定其中的导出文件",
            en: "this is a ZIP archive, not an Excel workbook; unzip it and give the export inside")
    }
}

/// What an OLE compound file (the container of `.xls` workbooks and of password-protected `.xlsx` files) holds.
enum CompoundFile {
    /// The refusal for the compound file at `path`: encrypted workbook, `.xls` BIFF workbook, or another old Office
    /// document, found by the names of its streams.
    static func refusal(path: String) -> IngestError {
        let encrypted = contains(path, utf16: "EncryptedPackage") || contains(path, utf16: "EncryptionInfo")
        if encrypted {
            return .input(
                path,
                zh: "这是设置了打开密码的（加密）Excel 工作簿，无法读取；请在 Excel 或 WPS 中打开，在“文件 › 信息 › 保护工作簿 › "
                    + "用密码进行加密”中清除密码，再另存为 .xlsx",
                en: "this Excel workbook is password-protected (encrypted) and cannot be read; open it in Excel or "
                    + "WPS, clear the password (File › Info › Protect Workbook › Encrypt with Password) and save it as "
                    + ".xlsx")
        }
        if contains(path, utf16: "Workbook") || contains(path, utf16: "Book") {
            return .input(
                path,
                zh: "这是旧版 Excel 97-2003 工作簿（.xls），无法直接读取；请在 Excel 或 WPS 中打开，选择“另存为”，保存为 "
                    + "Excel 工作簿（.xlsx）或 CSV UTF-8",
                en: "this is an Excel 97-2003 workbook (.xls), which is not read directly; open it in Excel or WPS, "
                    + "choose Save As, and save it as an Excel Workbook (.xlsx) or CSV UTF-8")
        }
        return .input(
            path, zh: "这是旧版 Office 文档（.doc/.xls/.ppt 格式），不是可读取的表格；请另存为 .xlsx 或 CSV",
            en: "this is an old-style Office document (.doc/.xls/.ppt), not a table we read; save it as .xlsx or CSV")
    }

    /// Whether the file holds `name` as a UTF-16LE directory entry name (read in pieces; never the whole file).
    private static func contains(_ path: String, utf16 name: String) -> Bool {
        guard let file = try? RandomAccessFile(path: path) else { return false }
        var needle: [UInt8] = []
        for unit in name.utf16 {
            needle.append(UInt8(unit & 0xFF))
            needle.append(UInt8(unit >> 8))
        }
        needle += [0, 0]
        let chunk = 1 << 20
        var offset = 0
        var piece = [UInt8](repeating: 0, count: chunk + needle.count)
        while offset < file.size {
            let outcome = piece.withUnsafeMutableBytes { raw in
                Result { () throws(IngestError) in
                    try file.read(at: offset, into: raw.baseAddress!, count: min(raw.count, file.size - offset))
                }
            }
            guard let got = try? outcome.get(), got > 0 else { return false }
            let found = piece.withUnsafeBytes { haystack in
                needle.withUnsafeBytes { pattern in
                    ByteSearch.find(pattern, in: UnsafeRawBufferPointer(rebasing: haystack[..<got])) != nil
                }
            }
            if found { return true }
            offset += chunk
        }
        return false
    }
}
