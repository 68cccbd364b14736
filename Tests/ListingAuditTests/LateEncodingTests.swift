import Foundation
import Testing

@testable import ListingAudit

/// A file whose first 64 KiB are ASCII has its encoding decided at its first non-ASCII byte, not guessed as UTF-8.
@Suite struct LateEncodingTests {
    /// 70 KB of ASCII listings, then `late` Chinese ones.
    private func text(late: Int) -> String {
        var lines = ["listing_id,title,description,category,colours,sizes,image_urls,price"]
        var index = 0
        while lines.reduce(0, { $0 + $1.utf8.count + 1 }) < 70_000 {
            lines.append("A\(index),Plain shirt \(index),Soft cotton shirt,Shirts,Red,M,https://x.example/a.jpg,9")
            index += 1
        }
        for index in 0..<late {
            lines.append("C\(index),连衣裙\(index)号,纯棉面料，舒适透气,女装,红色,M,,59.00")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func read(_ bytes: [UInt8]) throws -> (encoding: TextEncoding, records: [CSVRecord]) {
        let path = TestPaths.scratch.appendingPathComponent("late-\(UUID().uuidString).csv")
        try Data(bytes).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let file = try DelimitedFile(path: path.path)
        var records: [CSVRecord] = []
        while let record = try file.next() { records.append(record) }
        return (file.encoding, records)
    }

    @Test func gb18030AfterAnASCIIPrefixIsDecodedAsGB18030() throws {
        let bytes = try #require(text(late: 150).data(using: GB18030ByteSource.encoding)).map { $0 }
        let (encoding, records) = try read(bytes)
        #expect(encoding == .gb18030)
        #expect(records.allSatisfy { $0.issues.isEmpty }, "no byte is replaced")
        #expect(records.last?[1] == "连衣裙149号")
    }

    @Test func utf8AfterAnASCIIPrefixStaysUTF8() throws {
        let (encoding, records) = try read(Array(text(late: 3).utf8))
        #expect(encoding == .utf8)
        #expect(records.last?[2] == "纯棉面料，舒适透气")
        #expect(records.allSatisfy { $0.issues.isEmpty })
    }

    @Test func anAllASCIIFileIsUTF8() throws {
        let (encoding, records) = try read(Array(text(late: 0).utf8))
        #expect(encoding == .utf8 && records.count > 800)
    }
}
