import Foundation
import Testing

@testable import ListingAudit
@testable import ListingAuditCLI

/// Every malformed listing export, through `inspect`, `check` and `audit`: the exit code, a message naming the file,
/// line and column, and every row read accounted for (listings + skipped), in `inspect --format json` and in
/// summary.json.
@Suite struct BadInputTests {
    static let header = "listing_id,title,description,category,colours,sizes,image_urls,price\n"

    static func row(_ index: Int) -> String {
        "A\(index),Red cotton shirt \(index),Soft shirt 100% cotton,Shirts,Red,M,https://x.example/\(index).jpg,19.99\n"
    }

    static let rows = (0..<3).map(row).joined()

    /// A malformed class: its bytes, the exit code of all three commands, the located message `check` prints
    /// (with `FILE` for the file's path), and the rows it reads when it is readable.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let code: ExitCode
        let message: String
        var rows: Int?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "empty", bytes: [], code: .dataError, message: "FILE:1:1: the file is empty"),
        Case(name: "header only", bytes: Array(header.utf8), code: .success, message: "in 0 listings", rows: 0),
        Case(
            name: "binary", bytes: (0..<4096).map { UInt8(($0 * 37 + 11) % 256) }, code: .dataError,
            message: "FILE:1:1: this looks like binary data, not text (416 control bytes in this 4096-byte file)"),
        Case(
            name: "NUL bytes", bytes: Array((header + row(0) + "A1,Red\u{0} shirt,Soft,Shirts,Red,M,,9\n").utf8),
            code: .success, message: "FILE:3:2: warning: [input.nul-byte] repaired", rows: 2),
        Case(
            name: "quote open at the start", bytes: Array((header + "\"A0,Red shirt,Soft\n" + rows).utf8),
            code: .success, message: "FILE:2:1: warning: [input.stray-quote] repaired", rows: 4),
        Case(
            name: "quote open in the middle", bytes: Array((header + row(0) + "A1,\"Red shirt\n" + row(2)).utf8),
            code: .success, message: "FILE:3:2: warning: [input.stray-quote] repaired", rows: 3),
        Case(
            name: "quote open at the end", bytes: Array((header + row(0) + "A2,Red,Soft,Shirts,Red,M,,\"9\n").utf8),
            code: .success, message: "FILE:3:8: warning: [input.stray-quote] repaired", rows: 2),
        Case(
            name: "quote open in a file cut short",
            bytes: Array((header + row(0) + "A1,\"Red shirt\n" + row(2) + "A3,Red").utf8),
            code: .success, message: "FILE:3:2: warning: [input.unterminated-quote] repaired", rows: 2),
        Case(
            name: "50 MB field",
            bytes: Array((header + "A0,Red shirt,").utf8) + [UInt8](repeating: 0x61, count: 50 << 20)
                + Array((",Shirts,Red,M,,9\n" + row(1)).utf8),
            code: .success, message: "FILE:2:3: warning: [input.field-too-long] repaired", rows: 2),
        Case(
            name: "1 MB line without a newline",
            bytes: Array((header + row(0) + "A1,").utf8) + [UInt8](repeating: 0x62, count: 1 << 20),
            code: .success, message: "FILE:3:3: warning: [input.ragged-row] repaired", rows: 2),
        Case(
            name: "ragged rows", bytes: Array((header + row(0) + "A1,Red,Soft,Shirts,Red,M,,9,\n" + "A2,Red\n").utf8),
            code: .success, message: "FILE:3:9: warning: [input.ragged-row] repaired", rows: 3),
        Case(
            name: "invalid UTF-8", bytes: Array((header + row(0) + "A1,Red ").utf8) + [0xFF, 0xFE]
                + Array(" shirt,Soft,Shirts,Red,M,,9\n".utf8),
            code: .success, message: "FILE:3:2: warning: [input.invalid-encoding] repaired", rows: 2),
        Case(
            name: "UTF-16 with BOM", bytes: [0xFF, 0xFE] + utf16LE(header + rows), code: .success,
            message: "in 3 listings", rows: 3),
        Case(
            name: "UTF-16 without BOM", bytes: utf16LE(header + rows), code: .success, message: "in 3 listings",
            rows: 3),
        Case(
            name: "GB18030", bytes: gb18030(header + "C1,连衣裙,纯棉面料,女装,红色,M,,59\n"), code: .success,
            message: "检查了 1 个商品", rows: 1),
        Case(
            name: "mixed line ends",
            bytes: Array((header.replacingOccurrences(of: "\n", with: "\r\n") + row(0)
                + row(1).replacingOccurrences(of: "\n", with: "\r") + row(2)).utf8),
            code: .success, message: "in 3 listings", rows: 3),
        Case(
            // A ZIP named .csv is read as the workbook it claims to be; this one is a bare ZIP header and zeros.
            name: "damaged xlsx named .csv", bytes: [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 200),
            code: .dataError, message: "FILE: the file is cut short or damaged (its ZIP structure is incomplete)"),
    ]

    static func utf16LE(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }

    static func gb18030(_ text: String) -> [UInt8] {
        text.data(using: GB18030ByteSource.encoding).map(Array.init) ?? []
    }

    private func run(_ arguments: [String]) -> (code: ExitCode, out: String, err: String) {
        let capture = CapturingConsole()
        let code = CLI.run(arguments, console: capture.console)
        return (code, capture.out, capture.err)
    }

    @Test(arguments: cases)
    func everyCommandAnswersTheMalformedClass(_ testCase: Case) throws {
        let folder = HistoryFixtures.temporaryFolder()
        let file = folder.appendingPathComponent("bad.csv")
        try Data(testCase.bytes).write(to: file)
        let message = testCase.message.replacingOccurrences(of: "FILE", with: file.path)

        let check = run(["check", "--fail-on", "never", file.path])
        #expect(check.code == testCase.code)
        #expect((check.out + check.err).contains(message), "check said: \(check.err.prefix(300))")

        let inspect = run(["inspect", "--format", "json", file.path])
        #expect(inspect.code == testCase.code)
        let out = folder.appendingPathComponent("out")
        let audit = run(["audit", "--listings", file.path, "--out", out.path, "--no-history", "--fail-on", "never"])
        #expect(audit.code == testCase.code)
        guard let rows = testCase.rows else {
            #expect(inspect.err.contains(message) && audit.err.contains(message))
            #expect(!FileManager.default.fileExists(atPath: out.path), "a failed audit writes no output folder")
            return
        }
        let inspected = try #require(
            try JSONSerialization.jsonObject(with: Data(inspect.out.utf8)) as? [[String: Any]]
        ).first
        let listings = inspected?["listings"] as? Int
        let skipped = inspected?["skipped"] as? Int
        #expect(inspected?["rows"] as? Int == rows)
        #expect(listings.map { $0 + (skipped ?? 0) } == rows, "rows read = listings + skipped")
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json")))
                as? [String: Any])
        let input = try #require((summary["inputs"] as? [[String: Any]])?.first)
        let totals = try #require(summary["totals"] as? [String: Any])
        #expect(input["rows_read"] as? Int == rows)
        #expect((totals["listings"] as? Int).map { $0 + (input["skipped"] as? Int ?? -1) } == rows)
    }

    @Test func aDirectoryAndAMissingFileAreNoInput() {
        let folder = HistoryFixtures.temporaryFolder()
        // `check DIR` checks the listing export in the folder, as `audit DIR` finds it; this folder has none.
        let emptyFolder = run(["check", folder.path])
        #expect(emptyFolder.code == .noInput)
        #expect(emptyFolder.err.contains(folder.path + ": no listing export found (no export files in it)"))
        let chinese = run(["check", "--lang", "zh", folder.path])
        #expect(chinese.code == .noInput && chinese.err.contains("错误：" + folder.path + "：没有找到商品导出表（文件夹里没有导出文件）"))
        for (path, message) in [(folder.path, folder.path + ": cannot read"), ("/nonexistent/x.csv", "no such file")] {
            for arguments in [["check", path], ["inspect", path], ["audit", "--listings", path, "--no-history"]]
            where !(arguments[0] == "check" && path == folder.path) {
                let result = run(arguments + (arguments[0] == "audit" ? ["--out", folder.path + "/out"] : []))
                #expect(result.code == .noInput, "\(arguments)")
                #expect(result.err.contains(message), "\(arguments): \(result.err)")
            }
        }
    }

    @Test func anOutputUnderARegularFileIsCannotCreateNamingTheFile() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let listings = folder.appendingPathComponent("listings.csv")
        try Data((Self.header + Self.rows).utf8).write(to: listings)
        let blocker = folder.appendingPathComponent("afile")
        try Data("x".utf8).write(to: blocker)
        let check = run(["check", "-o", blocker.path + "/findings.txt", listings.path])
        #expect(check.code == .cannotCreate && check.err.contains("\(blocker.path) is a file, not a folder"))
        let audit = run(["audit", "--listings", listings.path, "--out", blocker.path + "/sub/out", "--no-history"])
        #expect(audit.code == .cannotCreate && audit.err.contains("\(blocker.path) is a file, not a folder"))
        #expect(!audit.err.contains("NSCocoaErrorDomain"))
    }

    @Test(.enabled(if: isCharacterDevice("/dev/full"), "needs /dev/full to simulate a full disk"))
    func aFullDiskIsCannotCreate() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let listings = folder.appendingPathComponent("listings.csv")
        try Data((Self.header + Self.rows).utf8).write(to: listings)
        let check = run(["check", "--fail-on", "never", "-o", "/dev/full", listings.path])
        #expect(check.code == .cannotCreate && check.err.contains("/dev/full: cannot write"))
        let chinese = run(["check", "--lang", "zh", "--fail-on", "never", "-o", "/dev/full", listings.path])
        #expect(chinese.code == .cannotCreate && chinese.err.contains("错误：/dev/full：无法写入："))
        #expect(Self.isCharacterDevice("/dev/full"), "the device is written to, never replaced")
    }

    static func isCharacterDevice(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR
    }

    @Test func hostileRefundAndOrderValuesAreLocatedSkippedRows() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let listings = folder.appendingPathComponent("listings.csv")
        try Data((Self.header + Self.rows).utf8).write(to: listings)
        let refunds = folder.appendingPathComponent("refunds.csv")
        let amounts = ["12abc34", "19.90.1", "1e400", "0x1F", "1.7e308", String(repeating: "9", count: 400), "12.50"]
        var text = "refund_id,order_id,listing_id,sku,title,reason,comment,amount,date,type\n"
        for (index, amount) in amounts.enumerated() {
            text += "R\(index),O\(index),A0,,,too small,,\"\(amount)\",2026-11-01,refund_only\n"
        }
        try Data(text.utf8).write(to: refunds)
        let orders = folder.appendingPathComponent("orders.csv")
        try Data(("order_id,listing_id,sku,title,quantity,amount,date\nO1,A0,,,9223372036854775807,1,2026-11-01\n"
            + "O2,A0,,,2,1,2026-11-01\n").utf8).write(to: orders)
        let out = folder.appendingPathComponent("out")
        let audit = run([
            "audit", "--listings", listings.path, "--refunds", refunds.path, "--orders", orders.path, "--out", out.path,
            "--no-history", "--fail-on", "never", "--lang", "en",
        ])
        #expect(audit.code == .success)
        #expect(audit.err.contains("refunds.csv: 6 rows skipped: most often amount '12abc34' is not a number"))
        let quantity = "orders.csv: 1 rows skipped: most often quantity '9223372036854775807' is out of range"
        #expect(audit.err.contains(quantity))
        // The same warnings in Chinese when Chinese is asked for (the reason is quoted as the reader gives it).
        let chinese = run([
            "audit", "--listings", listings.path, "--refunds", refunds.path, "--orders", orders.path, "--out",
            folder.appendingPathComponent("out-zh").path, "--no-history", "--fail-on", "never", "--lang", "zh",
        ])
        #expect(chinese.err.contains("警告：") && chinese.err.contains("refunds.csv：跳过 6 行，最多："))
        #expect(!chinese.err.contains("rows skipped") && !chinese.err.contains("warning:"))
        // The reasons too, in the warnings and the summary: not the reader's English.
        #expect(!chinese.err.contains("is not a number") && !chinese.out.contains("is not a number"))
        #expect(chinese.out.contains("refunds.csv：跳过 6 行"))
        let summary = try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
        #expect(summary.contains(#""reason" : "amount '1e400' is not a number""#))
        let nines = String(repeating: "9", count: 40)
        #expect(summary.contains(#""reason" : "amount '"# + nines + #"…' is out of range""#))
        let refundsCSV = try String(contentsOf: out.appendingPathComponent("refunds.csv"), encoding: .utf8)
        #expect(refundsCSV.split(separator: "\r\n").count == 2, "the header and the one readable refund")
    }
}
