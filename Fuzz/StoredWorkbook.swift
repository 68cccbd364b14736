// A minimal .xlsx written with stored (uncompressed) entries around a worksheet, shared strings and styles given as
// bytes: for the xlsx fuzz target, so the worksheet and its companions can be mutated as plain XML.

enum StoredWorkbook {
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let package = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    private static let fixedParts: [(String, String)] = [
        (
            "_rels/.rels",
            #"<Relationships xmlns="\#(package)"><Relationship Id="rId1" Type="\#(relationships)/officeDocument" "#
                + #"Target="xl/workbook.xml"/></Relationships>"#
        ),
        (
            "xl/workbook.xml",
            #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><workbookPr date1904="0"/><sheets>"#
                + #"<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        ),
        (
            "xl/_rels/workbook.xml.rels",
            #"<Relationships xmlns="\#(package)">"#
                + #"<Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/>"#
                + #"<Relationship Id="rId2" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
                + #"<Relationship Id="rId3" Type="\#(relationships)/styles" Target="styles.xml"/>"#
                + "</Relationships>"
        ),
    ]

    /// The archive's bytes.
    static func archive(sheet: [UInt8], strings: [UInt8], styles: [UInt8]) -> [UInt8] {
        var parts = fixedParts.map { (Array($0.0.utf8), Array($0.1.utf8)) }
        parts.append((Array("xl/worksheets/sheet1.xml".utf8), sheet))
        parts.append((Array("xl/sharedStrings.xml".utf8), strings))
        parts.append((Array("xl/styles.xml".utf8), styles))
        var file: [UInt8] = []
        var directory: [UInt8] = []
        for (name, data) in parts {
            var crc = CRC32()
            crc.update(data)
            let header = entryFields(crc: crc.value, size: data.count, nameLength: name.count)
            let offset = file.count
            append(0x0403_4B50, 4, to: &file)
            append(20, 2, to: &file)
            file += header + name + data
            append(0x0201_4B50, 4, to: &directory)
            append(20, 2, to: &directory)
            append(20, 2, to: &directory)
            directory += header
            append(0, 2 + 2 + 2 + 4, to: &directory)  // comment length, disk, internal and external attributes
            append(UInt32(offset), 4, to: &directory)
            directory += name
        }
        let directoryOffset = file.count
        file += directory
        append(0x0605_4B50, 4, to: &file)
        append(0, 4, to: &file)  // this disk, the directory's disk
        append(UInt32(parts.count), 2, to: &file)
        append(UInt32(parts.count), 2, to: &file)
        append(UInt32(directory.count), 4, to: &file)
        append(UInt32(directoryOffset), 4, to: &file)
        append(0, 2, to: &file)  // comment length
        return file
    }

    /// The fields a local header and a directory entry share, from the flags on: no flags, stored, no time, the
    /// CRC, both sizes, the name's length, no extra field.
    private static func entryFields(crc: UInt32, size: Int, nameLength: Int) -> [UInt8] {
        var fields: [UInt8] = []
        append(0, 2 + 2 + 4, to: &fields)
        append(crc, 4, to: &fields)
        append(UInt32(size), 4, to: &fields)
        append(UInt32(size), 4, to: &fields)
        append(UInt32(nameLength), 2, to: &fields)
        append(0, 2, to: &fields)
        return fields
    }

    /// `value`'s low `count` bytes, little-endian (zeros past the fourth).
    private static func append(_ value: UInt32, _ count: Int, to bytes: inout [UInt8]) {
        for index in 0..<count { bytes.append(index < 4 ? UInt8(truncatingIfNeeded: value >> (8 * index)) : 0) }
    }
}
