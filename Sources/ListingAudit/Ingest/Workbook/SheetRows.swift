/// The rows of one worksheet as records of byte cells, streamed from the sheet's XML: the same `CSVRecord` the CSV
/// reader gives, so header detection, the format adapters and the refund and order readers read a sheet exactly as
/// they read a CSV file. `CSVRecord.line` is the sheet's row number and a field's index its column (A = 1).
///
/// Cells: shared strings (read lazily), inline and formula strings, booleans (`TRUE`/`FALSE`), errors (`#N/A`), and
/// numbers shown as their number format says (`CellFormat`: dates and times in ISO form). A cell covered by a merge
/// that spans rows takes the merge's value (`MergedRanges`). Rows with no value are skipped; once the header is known
/// (`width`), rows are padded or trimmed of trailing empty cells to its width.
final class SheetRows: RowSource {
    let label: String
    /// The row state lives behind a pointer so the per-cell work needs no dynamic exclusivity checks.
    private let state: UnsafeMutablePointer<SheetState>
    private let source: ZipEntrySource

    init(workbook: Workbook, sheet: Workbook.Sheet, source: ZipEntrySource, merges: MergedRanges) {
        label = workbook.label(sheet)
        self.source = source
        state = .allocate(capacity: 1)
        state.initialize(to: SheetState(workbook: workbook, label: label, source: source, merges: merges))
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    var width: Int? {
        get { state.pointee.width }
        set { state.pointee.width = newValue }
    }

    /// The last row number read.
    var lastRow: Int { state.pointee.lastRow }

    /// Reports progress as the position reached in the workbook file.
    func reportProgress(to reporter: ProgressReporter) { source.reportProgress(to: reporter) }

    /// The compressed bytes of the workbook read so far.
    var bytesRead: Int { source.filePosition }

    func next() throws(IngestError) -> CSVRecord? { try state.pointee.next() }
}

/// The state and per-row work of `SheetRows`.
struct SheetState {
    let label: String
    private let workbook: Workbook
    private let reader: XMLReader
    private let source: ZipEntrySource
    private let merges: MergedRanges
    private let formats: [CellFormat]
    private let strings: SharedStrings
    private let date1904: Bool
    var width: Int?

    private var inSheetData = false
    private var done = false
    private var previousRow = 0
    /// The last row number read (for the row limit and messages).
    private(set) var lastRow = 0

    // The row being read: each cell's column and value range in `values`.
    private var values: [UInt8] = []
    private var cellColumns: [Int] = []
    private var cellEnds: [Int] = []
    private var fills: [(range: MergedRanges.Range, value: [UInt8])] = []
    private var recordBytes: [UInt8] = []
    private var recordEnds: [Int] = []

    /// A cell of the row holds a repaired shared string, or text not yet checked as UTF-8.
    private var repairedColumn: Int?
    /// The columns of the row whose shared string was cut to `FieldLimit.maximumBytes`.
    private var cutColumns: [Int] = []
    private var rowMayBeInvalid = false

    // The cell being read.
    private var cellColumn = 0
    private var cellType = CellType.number
    private var cellStyle = 0
    private var cellText: [UInt8] = []
    private var collecting = false
    private var inInline = false
    private var phoneticDepth = 0

    private enum CellType {
        case number, shared, inline, formulaString, boolean, error, isoDate
    }

    init(workbook: Workbook, label: String, source: ZipEntrySource, merges: MergedRanges) {
        self.workbook = workbook
        self.label = label
        self.source = source
        self.merges = merges
        formats = workbook.formats
        strings = workbook.sharedStrings
        date1904 = workbook.date1904
        reader = XMLReader(source: source, maximumToken: 64 << 20)
    }

    mutating func next() throws(IngestError) -> CSVRecord? {
        while !done {
            if let record = try readRow() { return record }
        }
        return nil
    }

    /// Reads up to the end of the next row; returns its record, or `nil` for an empty row or the end.
    private mutating func readRow() throws(IngestError) -> CSVRecord? {
        var rowNumber = 0
        var inRow = false
        while true {
            let token: XMLToken
            do {
                token = try reader.next()
            } catch {
                throw failure(error, row: inRow ? rowNumber : lastRow)
            }
            switch token {
            case .end:
                done = true
                return nil
            case .startTag:
                if !inSheetData {
                    if reader.isNamed("sheetData") { inSheetData = true }
                    continue
                }
                if reader.isNamed("c") {
                    try startCell(row: rowNumber)
                } else if reader.isNamed("v") {
                    collecting = true
                } else if reader.isNamed("is") {
                    inInline = true
                } else if reader.isNamed("t") {
                    collecting = inInline && phoneticDepth == 0
                } else if reader.isNamed("rPh") {
                    phoneticDepth += 1
                } else if reader.isNamed("row") {
                    rowNumber = try startRow()
                    inRow = true
                    values.removeAll(keepingCapacity: true)
                    repairedColumn = nil
                    cutColumns.removeAll(keepingCapacity: true)
                    rowMayBeInvalid = false
                    cellColumns.removeAll(keepingCapacity: true)
                    cellEnds.removeAll(keepingCapacity: true)
                }
            case .endTag:
                guard inSheetData else { continue }
                if reader.isNamed("c") {
                    try endCell(row: rowNumber)
                } else if reader.isNamed("v") || reader.isNamed("t") {
                    collecting = false
                } else if reader.isNamed("is") {
                    inInline = false
                } else if reader.isNamed("rPh") {
                    phoneticDepth = max(0, phoneticDepth - 1)
                } else if reader.isNamed("row") {
                    return try finishRow(rowNumber)
                } else if reader.isNamed("sheetData") {
                    done = true
                    return nil
                }
            case .text:
                if collecting { cellText.append(contentsOf: reader.text) }
            }
        }
    }

    private mutating func startRow() throws(IngestError) -> Int {
        var number = previousRow + 1
        if let value = reader.attribute("r") {
            guard let parsed = Workbook.number(value), parsed > 0 else {
                throw .input(
                    SourceLocation(file: label, line: previousRow + 1),
                    zh: "工作表的行号“\(XMLBytes.string(value))”无效：文件已损坏",
                    en: "the sheet has an invalid row number \"\(XMLBytes.string(value))\": the file is damaged")
            }
            number = parsed
        }
        guard number <= CellReference.maximumRow else {
            throw .input(
                SourceLocation(file: label, line: number),
                zh: "行号 \(number) 超出 Excel 的上限 \(CellReference.maximumRow) 行：文件不是 Excel 正常写出的",
                en: "row \(number) is beyond Excel's limit of \(CellReference.maximumRow) rows: the file was not "
                    + "written by Excel as it should be")
        }
        guard number > previousRow else {
            throw .input(
                SourceLocation(file: label, line: number),
                zh: "第 \(number) 行出现在第 \(previousRow) 行之后（行顺序错乱）：文件已损坏",
                en: "row \(number) comes after row \(previousRow) (rows out of order): the file is damaged")
        }
        previousRow = number
        lastRow = number
        return number
    }

    private mutating func startCell(row: Int) throws(IngestError) {
        let nextColumn = cellColumns.last.map { $0 + 1 } ?? 0
        cellColumn = nextColumn
        if let reference = reader.attribute("r") {
            guard let parsed = CellReference.parse(reference) else {
                throw .input(
                    SourceLocation(file: label, line: row),
                    zh: "单元格引用“\(XMLBytes.string(reference))”无效（列数最多 \(CellReference.maximumColumn)）：文件已损坏",
                    en: "the cell reference \"\(XMLBytes.string(reference))\" is invalid (at most "
                        + "\(CellReference.maximumColumn) columns): the file is damaged")
            }
            cellColumn = parsed.column
        }
        guard cellColumn >= nextColumn else {
            let name = CellReference.name(column: cellColumn, row: row)
            throw .input(
                SourceLocation(file: label, line: row, column: cellColumn + 1),
                zh: "单元格 \(name) 出现在同一行靠右的单元格之后（顺序错乱）：文件已损坏",
                en: "cell \(name) comes after a cell to its right in the same row (out of order): the file is damaged")
        }
        cellType = .number
        if let type = reader.attribute("t") {
            if XMLBytes.equal(type, "s") {
                cellType = .shared
            } else if XMLBytes.equal(type, "inlineStr") {
                cellType = .inline
            } else if XMLBytes.equal(type, "str") {
                cellType = .formulaString
            } else if XMLBytes.equal(type, "b") {
                cellType = .boolean
            } else if XMLBytes.equal(type, "e") {
                cellType = .error
            } else if XMLBytes.equal(type, "d") {
                cellType = .isoDate
            }
        }
        cellStyle = reader.attribute("s").flatMap(Workbook.number) ?? 0
        cellText.removeAll(keepingCapacity: true)
        collecting = false
        inInline = false
        phoneticDepth = 0
        if reader.isEmptyElement { cellText.removeAll(keepingCapacity: true) }
    }

    private mutating func endCell(row: Int) throws(IngestError) {
        collecting = false
        let start = values.count
        if !cellText.isEmpty {
            switch cellType {
            case .number:
                let format = cellStyle < formats.count ? formats[cellStyle] : .number
                cellText.withUnsafeBufferPointer { raw in
                    CellNumber.render(raw, format: format, date1904: date1904, into: &values)
                }
            case .shared:
                let index = cellText.withUnsafeBufferPointer { Workbook.number($0) }
                guard let index, let note = try strings.append(index, to: &values) else {
                    let name = CellReference.name(column: cellColumn, row: row)
                    let shown = String(decoding: cellText.prefix(20), as: UTF8.self)
                    throw .input(
                        SourceLocation(file: label, line: row, column: cellColumn + 1),
                        zh: "单元格 \(name) 引用的共享字符串 \(shown) 不存在：文件已损坏，请重新导出",
                        en: "cell \(name) refers to shared string \(shown), which the workbook does not have: the file "
                            + "is damaged; export it again")
                }
                if note.contains(.repaired), repairedColumn == nil { repairedColumn = cellColumn + 1 }
                if note.contains(.cut) { cutColumns.append(cellColumn + 1) }
            case .inline, .formulaString:
                values.append(contentsOf: cellText)
                OOXMLText.decodeEscapes(&values, from: start)
                rowMayBeInvalid = true
            case .boolean:
                values.append(contentsOf: (cellText.first == UInt8(ascii: "1") ? "TRUE" : "FALSE").utf8)
            case .error:
                values.append(contentsOf: cellText)
                rowMayBeInvalid = true
            case .isoDate:
                var text = cellText
                if text.count > 10, text[10] == UInt8(ascii: "T") {
                    let time = text[11...]
                    text = Array(text[..<10])
                    if !time.starts(with: Array("00:00:00".utf8)) {
                        text.append(UInt8(ascii: " "))
                        text.append(contentsOf: time.prefix(8))
                    }
                }
                values.append(contentsOf: text)
            }
        }
        guard values.count > start else { return }
        cellColumns.append(cellColumn)
        cellEnds.append(values.count)
    }

    /// The record of row `number`, with merged values filled in and trailing empty cells trimmed or padded to `width`;
    /// `nil` when the row holds nothing.
    private mutating func finishRow(_ number: Int) throws(IngestError) -> CSVRecord? {
        if !merges.isEmpty { updateFills(row: number) }
        recordBytes.removeAll(keepingCapacity: true)
        recordEnds.removeAll(keepingCapacity: true)
        var cell = 0
        var fill = 0
        let lastCellColumn = cellColumns.last ?? -1
        let lastFillColumn = fills.last.map { $0.range.column } ?? -1
        let lastColumn = max(lastCellColumn, lastFillColumn)
        guard lastColumn >= 0 else { return nil }
        var any = false
        for column in 0...max(lastColumn, (width ?? 0) - 1) {
            if column > 0 { recordBytes.append(0x2C) }
            while fill < fills.count, fills[fill].range.column < column { fill += 1 }
            if cell < cellColumns.count, cellColumns[cell] == column {
                let start = cell == 0 ? 0 : cellEnds[cell - 1]
                values.withUnsafeBufferPointer {
                    recordBytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<cellEnds[cell]]))
                }
                cell += 1
                any = true
            } else if fill < fills.count, fills[fill].range.column == column, fills[fill].range.firstRow < number {
                recordBytes.append(contentsOf: fills[fill].value)
                any = any || !fills[fill].value.isEmpty
            }
            recordEnds.append(recordBytes.count)
        }
        guard any else { return nil }
        if let width, recordEnds.count > width {
            // Trailing empty cells beyond the header are dropped; a value beyond it keeps the row long (the loader
            // then skips it with its reason).
            var keep = recordEnds.count
            while keep > width, recordEnds[keep - 1] == recordEnds[keep - 2] + 1 || recordEnds[keep - 1] == 0 {
                keep -= 1
            }
            if keep < recordEnds.count {
                recordEnds.removeLast(recordEnds.count - keep)
                recordBytes.removeLast(recordBytes.count - recordEnds[keep - 1])
            }
        } else if width == nil {
            while recordEnds.count > 1, recordEnds[recordEnds.count - 1] == recordEnds[recordEnds.count - 2] + 1 {
                recordEnds.removeLast()
                recordBytes.removeLast()
            }
        }
        // Shared strings were checked (and repaired) as UTF-8 when loaded, numbers are ASCII: only rows with inline
        // text are checked here.
        var issues: [CSVIssue] = []
        if rowMayBeInvalid, !recordBytes.withUnsafeBufferPointer({ UTF8Validation.isASCII($0) }),
            !UTF8Validation.isValid(recordBytes)
        {
            issues = UTF8Repair.repair(&recordBytes, ends: &recordEnds, firstLine: number, issues: [])
            // Line breaks inside cells do not move a sheet row.
            for index in issues.indices { issues[index].line = number }
        }
        if let repairedColumn {
            issues.append(CSVIssue(kind: .invalidEncoding, line: number, column: repairedColumn))
        }
        for column in cutColumns {
            issues.append(CSVIssue(kind: .fieldTooLong, line: number, column: column))
        }
        return CSVRecord(line: number, bytes: recordBytes, ends: recordEnds, issues: issues)
    }

    /// Drops the fills that ended before `row`, and starts the fills of the ranges that begin on it (their value is
    /// the range's first cell in this row).
    private mutating func updateFills(row: Int) {
        fills.removeAll { $0.range.lastRow < row }
        guard let starting = merges.byFirstRow[row] else { return }
        for range in starting {
            var value: [UInt8] = []
            if let index = cellColumns.firstIndex(of: range.column) {
                let start = index == 0 ? 0 : cellEnds[index - 1]
                value = Array(values[start..<cellEnds[index]])
            }
            fills.append((range, value))
        }
        fills.sort { $0.range.column < $1.range.column }
    }

    private func failure(_ error: XMLFailure, row: Int) -> IngestError {
        if case .input(let inner) = error.kind { return inner }
        let reason = error.reason
        let part = source.entry.name
        return .unusableInput(
            location: SourceLocation(file: label, line: row),
            reason: LocalizedText(
                zh: reason.zh + "（\(part)，第 \(error.offset) 字节处，第 \(row) 行附近）",
                en: reason.en + " (\(part), at byte \(error.offset), near row \(row))"))
    }
}
