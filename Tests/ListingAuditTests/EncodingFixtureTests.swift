import Foundation
import Testing
@testable import ListingAudit

@Suite struct EncodingFixtureTests {
    private let taobaoRows = [
        ["宝贝名称", "宝贝价格", "颜色分类", "宝贝描述"],
        ["2025新款韩版宽松卫衣", "89.00", "黑色,白色", "纯棉面料,\"加绒\"款"],
        ["夏季冰丝阔腿裤 😀", "59.90", "灰色", "高腰显瘦"],
    ]

    @Test func excelUnicodeTextIsUTF16LittleEndianWithTabs() throws {
        let (file, records) = try ParsingCorpus.read("utf16le-tab.txt")
        #expect(file.encoding == .utf16LE)
        #expect(file.dialect.delimiterName == "tab")
        #expect(records.map(\.fields) == taobaoRows)
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records.allSatisfy { $0.issues.isEmpty })
    }

    @Test func utf16WithoutByteOrderMarkIsFoundFromNulBytes() throws {
        let (file, records) = try ParsingCorpus.read("utf16le-no-bom.txt")
        #expect(file.encoding == .utf16LE)
        #expect(records.map(\.fields) == taobaoRows)
        let (bigEndian, bigRecords) = try ParsingCorpus.read("utf16be-no-bom.csv")
        #expect(bigEndian.encoding == .utf16BE)
        #expect(bigRecords.map(\.fields) == [["sku", "title"], ["1001", "雪纺连衣裙 👗"]])
    }

    @Test func utf16BigEndianWithByteOrderMark() throws {
        let (file, records) = try ParsingCorpus.read("utf16be-bom.csv")
        #expect(file.encoding == .utf16BE)
        #expect(records.map(\.fields) == [["sku", "title"], ["1001", "雪纺连衣裙 👗"]])
    }

    @Test func oddTrailingByteBecomesReplacementAndIsReported() throws {
        let (_, records) = try ParsingCorpus.read("utf16le-odd-trailing-byte.txt")
        #expect(records.map(\.fields) == [["sku", "title"], ["1001", "scarf\u{FFFD}"]])
        #expect(records[1].issues == [CSVIssue(kind: .invalidEncoding, line: 2, column: 2)])
    }

    @Test func loneSurrogateBecomesReplacementAndIsReported() throws {
        let (_, records) = try ParsingCorpus.read("utf16le-lone-surrogate.txt")
        #expect(records.map(\.fields) == [["sku", "title"], ["1001", "\u{FFFD}x"]])
        #expect(records[1].issues == [CSVIssue(kind: .invalidEncoding, line: 2, column: 2)])
    }

    @Test func chineseExcelExportInGB18030() throws {
        let (file, records) = try ParsingCorpus.read("gb18030.csv")
        #expect(file.encoding == .gb18030)
        #expect(file.dialect.delimiterName == "comma")
        #expect(records.map(\.fields) == [
            ["商品ID", "商品名称", "规格", "商品描述"],
            ["3581100297", "加厚羽绒服女", "颜色:黑色;尺码:M", "保暖防风\r\n适合零下10度"],
            ["3581100298", "纯棉短袖T恤", "白色", "€ 欧元价 ·"],
        ])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func invalidGB18030ByteIsReplacedAndReportedWithoutLosingTheRest() throws {
        let (file, records) = try ParsingCorpus.read("gb18030-invalid-byte.csv")
        #expect(file.encoding == .gb18030)
        #expect(records.map(\.fields) == [
            ["商品ID", "商品名称"], ["1", "羽绒服"], ["2", "\u{FFFD}卫"], ["3", "短袖"],
        ])
        #expect(records[2].issues == [CSVIssue(kind: .invalidEncoding, line: 3, column: 2)])
        #expect(records[1].issues.isEmpty && records[3].issues.isEmpty)
    }

    @Test func encodingOverrideIsObeyed() throws {
        let (file, records) = try ParsingCorpus.read("gb18030.csv", options: ReadOptions(encoding: .utf8))
        #expect(file.encoding == .utf8)
        #expect(records.count == 3)
        #expect(records[1].issues.contains { $0.kind == .invalidEncoding })
        let (forced, forcedRecords) = try ParsingCorpus.read(
            "utf16le-tab.txt", options: ReadOptions(encoding: .utf16LE))
        #expect(forced.encoding == .utf16LE)
        #expect(forcedRecords.map(\.fields) == taobaoRows)
    }

    @Test func encodingNamesAndAliases() {
        #expect(TextEncoding(name: "UTF-8") == .utf8)
        #expect(TextEncoding(name: "gbk") == .gb18030)
        #expect(TextEncoding(name: "GB2312") == .gb18030)
        #expect(TextEncoding(name: "utf-16") == .utf16LE)
        #expect(TextEncoding(name: "UTF-16BE") == .utf16BE)
        #expect(TextEncoding(name: "latin-1") == nil)
    }

    @Test func xlsxWorkbookIsRejectedWithAClearMessage() throws {
        let path = ParsingCorpus.path("xlsx-renamed.csv")
        #expect(throws: IngestError.unusableInput(
            location: SourceLocation(file: path, line: 1, column: 1),
            reason: LocalizedText(
                zh: "这是 .xlsx 工作簿，不是 CSV；请用 Excel 或 WPS 打开并导出为 CSV",
                en: "this is an .xlsx workbook, not CSV; open it in Excel or WPS and export it as CSV"))) {
            _ = try DelimitedFile(path: path)
        }
    }

    @Test func htmlTableSavedAsSpreadsheetIsRejected() throws {
        let path = ParsingCorpus.path("html-saved-as-xls.csv")
        let reason = LocalizedText(
            zh: "这是网页（HTML，常被存成 .xls），不是 CSV；请用 Excel 或 WPS 打开并另存为 CSV",
            en: "this is an HTML page (often saved as .xls), not CSV; open it in Excel or WPS and save it as CSV")
        let location = SourceLocation(file: path, line: 1, column: 1)
        #expect(throws: IngestError.unusableInput(location: location, reason: reason)) {
            _ = try DelimitedFile(path: path)
        }
    }

    /// A file named as a workbook that is binary but no workbook (damaged, cut short) is said to be so, in both
    /// languages, not told to be exported as CSV; the same bytes named `.csv` are binary data.
    @Test func binaryDataNamedAsAWorkbookIsSaidToBeDamaged() throws {
        let bytes = String(repeating: "\u{01}\u{02}\u{03}\u{04}abc,", count: 50)
        for name in ["orders.xlsx", "ORDERS.XLS", "orders.csv"] {
            let reason = try #require(AdapterFixtures.refusal(of: AdapterFixtures.temporaryFile(bytes, name: name)))
            let isWorkbook = name != "orders.csv"
            #expect(reason.en.contains("damaged") == isWorkbook, "\(name)")
            #expect(reason.zh.contains("已损坏") == isWorkbook, "\(name)")
            #expect(reason.en.contains("binary data") != isWorkbook, "\(name)")
        }
    }

    @Test func binaryDataIsRejectedAtTheFirstNulByte() throws {
        let path = ParsingCorpus.path("binary-nul.csv")
        do {
            _ = try DelimitedFile(path: path)
            Issue.record("binary data was accepted")
        } catch {
            guard case .unusableInput(let location, let reason) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(location == SourceLocation(file: path, line: 3, column: 1))
            #expect(reason.en.contains("binary data") && reason.en.contains("NUL bytes"))
            #expect(reason.zh.contains("二进制数据") && reason.zh.contains("空字节"))
        }
    }

    @Test func missingFileAndDirectoryAreReportedAsSuch() {
        #expect(throws: IngestError.fileNotFound(path: "/nonexistent/listings.csv")) {
            _ = try DelimitedFile(path: "/nonexistent/listings.csv")
        }
        let folder = TestPaths.corpus.path
        #expect(throws: IngestError.unreadable(path: folder, reason: SystemError.reason(EISDIR))) {
            _ = try DelimitedFile(path: folder)
        }
    }
}
