/// CSV text built straight into UTF-8 bytes for reports of millions of rows: cells exactly as `CSVWriter` writes
/// them (RFC 4180 quoting; a leading apostrophe before cells a spreadsheet would run as a formula, unless they are
/// plain signed numbers), CRLF row ends; no `String` per cell or row.
struct CSVByteBuffer {
    /// The bytes so far.
    private(set) var bytes: [UInt8] = []
    private var rowHasCells = false

    /// The UTF-8 byte-order mark a report file starts with.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends a cell holding the UTF-8 text `cell`.
    mutating func appendCell(_ cell: UnsafeBufferPointer<UInt8>) {
        startCell()
        guard let first = cell.first else { return }
        let neutralised = Self.isFormulaStart(first) && !Self.isPlainNumber(cell)
        guard ByteSearch.first(in: cell, from: 0, 0x2C, 0x22, 0x0A, 0x0D) < cell.count else {
            if neutralised { bytes.append(Self.apostrophe) }
            bytes.append(contentsOf: cell)
            return
        }
        bytes.append(Self.quote)
        if neutralised { bytes.append(Self.apostrophe) }
        var start = 0
        while let quote = cell[start...].firstIndex(of: Self.quote) {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: cell[start...quote]))
            bytes.append(Self.quote)
            start = quote + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: cell[start...]))
        bytes.append(Self.quote)
    }

    /// Appends a cell holding `cell`.
    mutating func appendCell(_ cell: String) {
        var cell = cell
        cell.withUTF8 { appendCell($0) }
    }

    /// Appends a cell already written by `appendCell` (its bytes, quoted and neutralised as needed).
    mutating func appendWrittenCell(_ cell: UnsafeBufferPointer<UInt8>) {
        startCell()
        bytes.append(contentsOf: cell)
    }

    /// Appends `value` as a cell.
    mutating func appendCell(_ value: Int) {
        startCell()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(value.magnitude), minimumCount: 1)
    }

    /// Appends an amount as `AuditNumbers.amount` writes it (two decimals), digits straight from the whole number
    /// of cents when the amount lies that close to one, as `AuditNumbers.fixed` does.
    mutating func appendAmount(_ value: Double) {
        let scaled = abs(value) * 100
        let units = scaled.rounded()
        guard scaled < 1e15, abs(scaled - units) < 1e-6 else {
            appendCell(AuditNumbers.amount(value))
            return
        }
        startCell()
        if value.sign == .minus { bytes.append(UInt8(ascii: "-")) }
        let cents = UInt64(units)
        appendDigits(cents / 100, minimumCount: 1)
        bytes.append(UInt8(ascii: "."))
        appendDigits(cents % 100, minimumCount: 2)
    }

    /// Ends the row with CRLF.
    mutating func endRow() {
        bytes.append(0x0D)
        bytes.append(0x0A)
        rowHasCells = false
    }

    /// Appends raw bytes (a byte-order mark, rows written elsewhere).
    mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// Empties the buffer, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        rowHasCells = false
    }

    // MARK: - Private

    private static let quote = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")

    @inline(__always)
    private mutating func startCell() {
        if rowHasCells { bytes.append(UInt8(ascii: ",")) }
        rowHasCells = true
    }

    private mutating func appendDigits(_ value: UInt64, minimumCount: Int) {
        var divisor: UInt64 = 1
        var count = 1
        while value / divisor >= 10 {
            divisor *= 10
            count += 1
        }
        if count < minimumCount {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: minimumCount - count))
        }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// `=`, `+`, `-`, `@`, tab or CR: how a cell a spreadsheet would run as a formula starts.
    @inline(__always)
    private static func isFormulaStart(_ byte: UInt8) -> Bool {
        byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
    }

    /// A sign followed by digits with at most one point (`-12.5`): data, not a formula.
    private static func isPlainNumber(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard cell[0] == 0x2D || cell[0] == 0x2B, cell.count > 1 else { return false }
        var points = 0
        for byte in cell.dropFirst() {
            if byte == 0x2E {
                points += 1
            } else if byte < 0x30 || byte > 0x39 {
                return false
            }
        }
        return points <= 1
    }
}

/// Text a `CSVByteBuffer` writes as one cell.
protocol CSVCellText {
    func appendCell(to buffer: inout CSVByteBuffer)
}

extension String: CSVCellText {
    func appendCell(to buffer: inout CSVByteBuffer) { buffer.appendCell(self) }
}

extension UnsafeBufferPointer: CSVCellText where Element == UInt8 {
    func appendCell(to buffer: inout CSVByteBuffer) { buffer.appendCell(self) }
}

/// A cell already written by `CSVByteBuffer` (quoted and neutralised), appended as it is.
struct WrittenCSVCell: CSVCellText {
    let bytes: UnsafeBufferPointer<UInt8>

    func appendCell(to buffer: inout CSVByteBuffer) { buffer.appendWrittenCell(bytes) }
}
