import Foundation
import Testing

@testable import ListingAudit

/// Reading `.xlsx` workbooks with our own ZIP, inflate and XML code: cell kinds, number formats, merged cells, sheet
/// and header choice, and the workbooks in `Corpus/formats/workbooks` (written by `scripts/generate-xlsx-fixtures.py`).
@Suite struct WorkbookReaderTests {
    static func workbook(_ name: String) -> String {
        TestPaths.corpus.appendingPathComponent("formats/workbooks/\(name)").path
    }

    /// Every row of the sheet chosen in `path`, header first, as strings.
    static func rows(_ path: String, sheet: String? = nil) throws -> (TableInput, [(line: Int, fields: [String])]) {
        let input = try TableInput.open(
            path: path, options: ReadOptions(sheet: sheet), test: .preferring(.listings))
        var rows: [(Int, [String])] = []
        while let record = try input.next() { rows.append((record.line, record.fields)) }
        return (input, rows)
    }

    @Test func everyCellKindReadsAsTheSheetShowsIt() throws {
        let (input, rows) = try Self.rows(Self.workbook("cell-kinds.xlsx"))
        #expect(input.format == .workbook && input.sheet == "商品" && input.sheets == ["商品", "隐藏"])
        #expect(input.label.hasSuffix("cell-kinds.xlsx[商品]"))
        #expect(rows.map(\.line) == [1, 2, 4, 5])
        #expect(rows[0].fields == ["商品ID", "商品名称", "价格", "上架日期", "备注", "数量"])
        // A formula's cached string; rich text runs joined without the phonetic guide; a custom number format; a
        // yyyy/m/d date (serial 46351 = 2026-11-25); a boolean; a plain number.
        #expect(rows[1].fields == ["P1", "纯棉 T恤", "1299.5", "2026-11-25", "TRUE", "3"])
        // Cells without references in order; _x000D_ before a line feed; 59.899999999999999 shown as 59.9; a date-time
        // format with seconds; an error value; 0.25 as a percentage.
        #expect(rows[2].fields == ["P2", "第一行\n第二行", "59.9", "2026-11-25 12:00:00", "#N/A", "25%"])
        // Entities decoded; a number stored as text stays text; h:mm; an empty styled cell; leading zeros kept.
        #expect(rows[3].fields == ["P3", "A&B <定制>", "2026新款", "18:00", "", "007"])
    }

    @Test func the1904DateSystemIsHonoured() throws {
        let (_, rows) = try Self.rows(Self.workbook("date1904.xlsx"))
        // 44889 days after 1904-01-01 is 2026-11-25 (datetime.date(1904,1,1) + timedelta(44889)).
        #expect(rows.last?.fields == ["2026-11-25"])
    }

    @Test func aSheetIsChosenByNameOrNumberAndAMissingOneIsNamed() throws {
        let (byName, hidden) = try Self.rows(Self.workbook("cell-kinds.xlsx"), sheet: "隐藏")
        #expect(byName.sheet == "隐藏" && hidden.count == 1)
        let (byNumber, _) = try Self.rows(Self.workbook("cell-kinds.xlsx"), sheet: "2")
        #expect(byNumber.sheet == "隐藏")
        #expect {
            try Self.rows(Self.workbook("cell-kinds.xlsx"), sheet: "订单")
        } throws: { error in
            guard case .unusableInput(_, let reason) = error as? IngestError else { return false }
            return reason.en.contains("no sheet \"订单\"; its sheets are: 商品, 隐藏") && reason.zh.contains("可选：商品, 隐藏")
        }
    }

    @Test func titleRowsAndTwoLevelHeadersWithMergedCellsAreRead() throws {
        let path = Self.workbook("two-level-header.xlsx")
        let result = try ListingLoader.load(path: path)
        // Row 1 is a merged title, row 2 the merged group titles, row 3 the column names (序号 merged over rows 2–3).
        #expect(result.report.headerLine == 3 && result.report.titleRows == 2)
        #expect(result.report.source == .workbook && result.report.sheet == "商品导出")
        #expect(result.report.format == .chineseShop)
        #expect(result.listings.map(\.id) == ["9001", "9002"])
        let trousers = try #require(result.listing("9001"))
        // 商品ID, 商品名称 and 商品详情 are merged over the three SKU rows, which therefore belong to one listing.
        #expect(trousers.variants.count == 3)
        #expect(trousers.optionValues(.colour) == ["黑色", "杏色"])
        #expect(trousers.optionValues(.size) == ["S", "M"])
        #expect(trousers.title == "冰丝阔腿裤女夏季高腰")
        #expect(trousers.location.file.hasSuffix("two-level-header.xlsx[商品导出]") && trousers.location.line == 4)
        #expect(result.report.skippedCount == 0 && result.report.raggedRowsRepaired == 0)
    }

    @Test func theDemoShopWorkbooksReadAsTheirCSVs() throws {
        let csv = try ListingLoader.load(path: TestPaths.corpus.appendingPathComponent("demo-shop/listings.csv").path)
        let book = try ListingLoader.load(
            path: TestPaths.corpus.appendingPathComponent("demo-shop-xlsx/商品列表.xlsx").path)
        #expect(book.report.format == .chineseShop && book.report.sheet == "商品列表")
        #expect(book.report.sheets == ["商品列表", "填写说明"] && book.report.titleRows == 1)
        #expect(book.report.rowsRead == csv.report.rowsRead)
        #expect(book.listings.count == csv.listings.count)
        for (a, b) in zip(book.listings, csv.listings) {
            #expect(a.id == b.id && a.title == b.title && a.description == b.description)
            #expect(a.images.map(\.url) == b.images.map(\.url))
            #expect(a.variants.map(\.sku) == b.variants.map(\.sku))
            #expect(a.variants.map(\.price) == b.variants.map(\.price))
            #expect(a.optionValues(.colour) == b.optionValues(.colour))
            #expect(a.optionValues(.size) == b.optionValues(.size))
        }
        let refunds = try RefundLoader.load(
            path: TestPaths.corpus.appendingPathComponent("demo-shop-xlsx/售后单.xlsx").path)
        let csvRefunds = try RefundLoader.load(
            path: TestPaths.corpus.appendingPathComponent("demo-shop/after-sales.csv").path)
        #expect(refunds.report.sheet == "售后单" && refunds.report.titleRows == 1)
        #expect(refunds.refunds.count == csvRefunds.refunds.count)
        #expect(refunds.refunds.map(\.date) == csvRefunds.refunds.map(\.date))
        #expect(refunds.refunds.map(\.amount) == csvRefunds.refunds.map(\.amount))
        #expect(refunds.refunds.map(\.orderID) == csvRefunds.refunds.map(\.orderID))
    }
}

/// Damaged, hostile and unreadable workbooks get a clear message (in both languages) and exit 65 — never a crash,
/// a hang or unbounded memory. The files are in `Corpus/parsing/xlsx`, written by `scripts/generate-xlsx-fixtures.py`.
@Suite struct HostileWorkbookTests {
    struct Case: Sendable, CustomStringConvertible {
        let file: String
        /// Words the English message must contain.
        let en: String
        /// Words the Chinese message must contain.
        let zh: String
        var description: String { file }
    }

    static let cases: [Case] = [
        Case(file: "truncated.xlsx", en: "cut short or damaged", zh: "文件不完整"),
        Case(file: "truncated-directory.xlsx", en: "cut short or damaged", zh: "文件不完整"),
        Case(file: "zip-bomb.xlsx", en: "looks like a ZIP bomb", zh: "ZIP 炸弹"),
        Case(file: "zip-bomb-lying.xlsx", en: "inflates beyond the 2048 bytes it declares", zh: "超过它声明的大小"),
        Case(file: "zip-bomb-shared-strings.xlsx", en: "looks like a ZIP bomb", zh: "ZIP 炸弹"),
        Case(file: "encrypted-entry.xlsx", en: "encrypted (password-protected)", zh: "已加密"),
        Case(file: "bzip2-entry.xlsx", en: "compression method 12 (bzip2)", zh: "不支持的压缩方式"),
        Case(file: "corrupt-deflate.xlsx", en: "damaged", zh: "损坏"),
        Case(file: "bad-crc.xlsx", en: "fails its CRC check", zh: "CRC"),
        Case(file: "missing-sheet-part.xlsx", en: "lacks this sheet's part (xl/worksheets/sheet1.xml)", zh: "缺少该工作表"),
        Case(file: "missing-workbook-part.xlsx", en: "lacks its xl/workbook.xml part", zh: "缺少 xl/workbook.xml"),
        Case(file: "missing-shared-strings.xlsx", en: "cell A1 refers to shared string 0", zh: "共享字符串 0 不存在"),
        Case(file: "bad-shared-string-index.xlsx", en: "cell B1 refers to shared string 7", zh: "共享字符串 7 不存在"),
        Case(file: "invalid-xml.xlsx", en: "end tag </c> does not close the open <v>", zh: "不对应"),
        Case(file: "sheet-cut-short.xlsx", en: "the XML ends early", zh: "XML 在中途结束"),
        Case(
            file: "row-beyond-limit.xlsx", en: "row 1048577 is beyond Excel's limit of 1048576 rows",
            zh: "超出 Excel 的上限"),
        Case(file: "rows-out-of-order.xlsx", en: "row 3 comes after row 5", zh: "行顺序错乱"),
        Case(file: "password-protected.xlsx", en: "password-protected (encrypted)", zh: "打开密码"),
        Case(file: "legacy.xls", en: "Excel 97-2003 workbook (.xls)", zh: "另存为"),
        Case(file: "plain.zip", en: "a ZIP archive, not an Excel workbook", zh: "不是 Excel 工作簿"),
        Case(file: "empty-sheet.xlsx", en: "the sheet is empty", zh: "工作表是空的"),
    ]

    @Test(arguments: cases) func isRefusedWithAClearMessage(_ expected: Case) throws {
        let path = TestPaths.corpus.appendingPathComponent("parsing/xlsx/\(expected.file)").path
        do {
            _ = try ListingLoader.load(path: path)
            Issue.record("\(expected.file) was read")
        } catch {
            guard case .unusableInput(let location, let reason) = error else {
                Issue.record("\(expected.file): \(error)")
                return
            }
            #expect(location.file.hasPrefix(path), "\(location)")
            #expect(reason.en.contains(expected.en), "\(reason.en)")
            #expect(reason.zh.contains(expected.zh), "\(reason.zh)")
            // No English words in the Chinese message beyond names of parts, formats and menus.
            #expect(!reason.zh.contains("the "), "\(reason.zh)")
        }
    }

    @Test func aSoundWorkbookOfTheSameShapeIsRead() throws {
        let result = try ListingLoader.load(
            path: TestPaths.corpus.appendingPathComponent("parsing/xlsx/ok.xlsx").path)
        #expect(result.listings.map(\.title) == ["T恤"])
    }

    @Test func refundAndOrderReadersRefuseTheSameWay() throws {
        let path = TestPaths.corpus.appendingPathComponent("parsing/xlsx/zip-bomb.xlsx").path
        #expect(throws: IngestError.self) { try RefundLoader.load(path: path) }
        #expect(throws: IngestError.self) { try ExportKind.detect(path: path) }
    }
}
