import Foundation

@testable import ListingAudit

/// Writes small `.xlsx` workbooks in tests: one sheet whose cells all refer to shared strings, in a ZIP of stored
/// (uncompressed) entries, so a test can shape the shared-string table as it needs.
enum GeneratedWorkbook {
    /// Writes a workbook to `url` whose shared strings are `strings` and whose sheet rows hold, cell by cell, the
    /// numbers of the strings in `rows`.
    static func write(to url: URL, strings: [String], rows: [[Int]]) throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        var table = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(main)\" count=\"\(strings.count)\">"
        for string in strings { table += "<si><t xml:space=\"preserve\">\(escaped(string))</t></si>" }
        table += "</sst>"
        var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(main)\"><sheetData>"
        for (number, row) in rows.enumerated() {
            sheet += "<row r=\"\(number + 1)\">"
            for index in row { sheet += "<c t=\"s\"><v>\(index)</v></c>" }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let parts: [(String, String)] = [
            (
                "_rels/.rels",
                "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(relation)/officeDocument\" "
                    + "Target=\"xl/workbook.xml\"/></Relationships>"
            ),
            (
                "xl/workbook.xml",
                "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relation)\"><sheets><sheet name=\"商品\" sheetId=\"1\" "
                    + "r:id=\"rId1\"/></sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(relation)/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"\(relation)/sharedStrings\" "
                    + "Target=\"sharedStrings.xml\"/></Relationships>"
            ),
            ("xl/sharedStrings.xml", table),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        try Data(storedZip(parts.map { ($0.0, Array($0.1.utf8)) })).write(to: url)
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A ZIP archive of `entries`, stored without compression.
    static func storedZip(_ entries: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        func u16(_ value: Int, _ into: inout [UInt8]) { into += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func u32(_ value: Int, _ into: inout [UInt8]) {
            u16(value & 0xFFFF, &into)
            u16(value >> 16 & 0xFFFF, &into)
        }
        for entry in entries {
            var crc = CRC32()
            crc.update(entry.bytes)
            let name = Array(entry.name.utf8)
            let offset = out.count
            // Local header: signature, version, flags, method 0, time, date, CRC, sizes, name and extra lengths.
            for (header, isCentral) in [(0x0403_4B50, false), (0x0201_4B50, true)] {
                var record: [UInt8] = []
                u32(header, &record)
                if isCentral { u16(20, &record) }
                for value in [20, 0, 0, 0, 0] { u16(value, &record) }
                u32(Int(crc.value), &record)
                u32(entry.bytes.count, &record)
                u32(entry.bytes.count, &record)
                u16(name.count, &record)
                u16(0, &record)
                if isCentral {
                    // Comment length, disk, internal and external attributes, local header offset.
                    for value in [0, 0, 0] { u16(value, &record) }
                    u32(0, &record)
                    u32(offset, &record)
                    directory += record + name
                } else {
                    out += record + name + entry.bytes
                }
            }
        }
        let directoryOffset = out.count
        out += directory
        u32(0x0605_4B50, &out)
        for value in [0, 0, entries.count, entries.count] { u16(value, &out) }
        u32(directory.count, &out)
        u32(directoryOffset, &out)
        u16(0, &out)
        return out
    }
}
