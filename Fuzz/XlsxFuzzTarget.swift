// libFuzzer target for workbooks, in three modes chosen by the input's first byte:
//   "P"   the input is an .xlsx file: ZIP container, inflate, the workbook, styles and shared strings, every sheet's
//         rows (with merged ranges);
//   even  the rest is a raw DEFLATE stream, inflated in memory (bounded) with its CRC-32;
//   odd   the rest is a sheet's XML, then shared strings, then styles, split at 0xFF bytes (never in UTF-8), stored
//         uncompressed in a workbook made around them, so mutations reach those parsers instead of breaking the
//         DEFLATE streams they are usually packed in.

func fuzzWorkbook(_ input: UnsafeBufferPointer<UInt8>) {
    guard let first = input.first else { return }
    if first == UInt8(ascii: "P") {
        readWorkbook(input)
    } else if first & 1 == 0 {
        inflate(UnsafeBufferPointer(rebasing: input.dropFirst()))
    } else {
        let parts = input.dropFirst().split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false)
        let sheet = parts.first.map(Array.init) ?? []
        let strings = parts.count > 1 ? Array(parts[1]) : []
        let styles = parts.count > 2 ? Array(parts[2]) : []
        StoredWorkbook.archive(sheet: sheet, strings: strings, styles: styles).withUnsafeBufferPointer(readWorkbook)
    }
}

private func readWorkbook(_ file: UnsafeBufferPointer<UInt8>) {
    FuzzFile.write(file)
    guard let workbook = try? Workbook(path: FuzzFile.path) else { return }
    for sheet in workbook.worksheets {
        guard let rows = try? workbook.rows(of: sheet) else { continue }
        while let row = try? rows.next() { readCells(row) }
    }
}

private func inflate(_ stream: UnsafeBufferPointer<UInt8>) {
    let inflater = Inflater(input: MemoryCompressedInput(Array(stream)), outputLimit: 4 << 20, chunkSize: 1 << 14)
    var crc = CRC32()
    var output: [UInt8] = []
    while true {
        output.removeAll(keepingCapacity: true)
        guard let count = try? inflater.inflate(into: &output, maximum: 1 << 14), count > 0 else { return }
        crc.update(output)
    }
}
