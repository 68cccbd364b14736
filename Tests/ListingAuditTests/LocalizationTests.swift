import Foundation
import Testing
@testable import ListingAudit

@Suite struct LocalizationTests {
    private func hasHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test(arguments: ReportString.allCases)
    func everyReportStringHasBothLanguagesWithTheSamePlaceholders(_ key: ReportString) {
        #expect(!key.text.zh.isEmpty && !key.text.en.isEmpty)
        #expect(hasHan(key.text.zh), "\(key) has no Chinese text")
        #expect(!hasHan(key.text.en), "\(key) has Chinese in its English text")
        #expect(key.placeholders(.zh) == key.placeholders(.en))
    }

    @Test func everyOutputColumnHasBothLanguagesAndAStableID() {
        for column in OutputColumn.allCases {
            #expect(hasHan(column.label.zh), "\(column) has no Chinese label")
            #expect(!column.label.en.isEmpty)
            #expect(column.header(.en) == column.rawValue)
            #expect(column.rawValue.allSatisfy { $0.isASCII && ($0.isLowercase || $0 == "_") })
        }
        let zh = OutputColumn.allCases.map { $0.header(.zh) }
        #expect(Set(zh).count == zh.count, "two columns share a Chinese header")
        #expect(OutputColumns.header([.listingID, .refundRate], .zh) == ["商品ID", "退款率（全部退款÷订单）"])
        #expect(OutputColumns.header(.listingID, .en) == "listing_id")
    }

    @Test func placeholdersAreFilledInOrderAndNotRescanned() {
        #expect(ReportString.fill("%2 of %1", ["a", "b"]) == "b of a")
        #expect(ReportString.fill("%1 and 100%", ["%2"]) == "%2 and 100%")
        #expect(ReportString.fill("%3", []) == "")
        #expect(ReportString.matchSummary.text(.zh, "20", "19", "95.0%", "1") == "20 笔退款中 19 笔（95.0%）匹配到商品，1 笔未能匹配。")
    }

    @Test func numbersIgnoreTheLocale() {
        #expect(NumberText.count(1_234_567) == "1,234,567")
        #expect(NumberText.count(-1_000) == "-1,000")
        #expect(NumberText.money(1_234.5) == "1,234.50")
        #expect(NumberText.percent(0.1234) == "12.3%")
        #expect(NumberText.decimal(-0.001, digits: 1) == "0.0")
        #expect(NumberText.decimal(.nan, digits: 1) == "–")
        #expect(NumberText.pointChange(0.032) == "+3.2 pp")
        #expect(NumberText.pointChange(-0.01) == "-1.0 pp")
        #expect(NumberText.pointChange(0.0001) == "0.0 pp")
        #expect(NumberText.pointChange(0.032, language: .zh) == "+3.2个百分点")
    }

    @Test func writeAndBusyFolderErrorsAreSaidInChinese() {
        let write = AuditError.cannotWrite(path: "out/priorities.csv", reason: SystemError.reason(ENOSPC))
        #expect(write.message(.zh) == "out/priorities.csv：无法写入：磁盘空间不足")
        #expect(write.message(.en) == "out/priorities.csv: cannot write: No space left on device")
        let busy = AuditError.busy(path: "out", holder: 42)
        #expect(busy.message(.zh) == "out：另一个审计（进程 42）正在写入这个文件夹；请等它结束，或换一个文件夹")
        #expect(busy.message(.en).hasPrefix("out: another audit (process 42) is writing into this folder"))
    }

    @Test func folderProblemsAreSaidInChinese() {
        let none = AuditError.discovery(.noListings(folder: "shop", ignored: ["notes.csv"]))
        #expect(none.message(.zh) == "shop：没有找到商品导出表（无法识别：notes.csv）；请用 --listings FILE 指明")
        #expect(
            none.message(.en)
                == "shop: no listing export found (not recognised: notes.csv); name it with --listings FILE")
        let two = AuditError.discovery(.ambiguous(kind: "refunds", paths: ["a.csv", "b.csv"]))
        #expect(two.message(.zh) == "找到多个售后（退款）导出表：a.csv、b.csv；请用 --refunds FILE 选择一个")
        #expect(AuditError.discovery(.folderNotFound("x")).message(.zh) == "x：文件夹不存在")
    }
}
