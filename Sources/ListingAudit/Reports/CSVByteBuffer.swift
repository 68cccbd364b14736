/// CSV text built straight into UTF-8 bytes for reports of millions of rows: cells exactly as `CSVWriter` writes
/// them (RFC 4180 quoting; a leading apostrophe before cells a spreadsheet would run as a formula, unless they are
/// plain signed numbers), CRLF row ends; no `String` per cell or row.
struct CSVByteBuffer {
    /// Written bytes, then room to write into; only the first `count` are the text, and no byte past them is read.
    private var storage: [UInt8] = []
    /// The number of bytes written.
    private(set) var count = 0
    private var rowHasCells = false

    /// The UTF-8 byte-order mark a report file starts with.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// An empty buffer with room for `capacity` bytes. The room is not zeroed: every byte of it is written before
    /// it counts as text (a chunk of `refunds.csv` rows asks for twice its fields' size, which zeroing wrote twice).
    init(capacity: Int = 0) {
        storage = [UInt8](unsafeUninitializedCapacity: capacity) { _, initialized in initialized = capacity }
    }

    /// The bytes written.
    var bytes: [UInt8] { Array(storage[..<count]) }

    /// The bytes written, without a copy: the buffer hands over its storage and is empty afterwards.
    mutating func takeBytes() -> [UInt8] {
        storage.removeLast(storage.count - count)
        defer { self = CSVByteBuffer() }
        return storage
    }

    /// Appends a cell holding the UTF-8 text `cell`.
    mutating func appendCell(_ cell: UnsafeBufferPointer<UInt8>) {
        let separated = rowHasCells
        rowHasCells = true
        write(maximum: Self.maximum(cell: cell)) { Self.writeCell(cell, separated: separated, to: $0) }
    }

    /// The most bytes `appendCell` writes for `cell`: a separator, quotes, an apostrophe, every byte doubled.
    static func maximum(cell: UnsafeBufferPointer<UInt8>) -> Int { maximum(cells: 1, bytes: cell.count) }

    /// The most bytes `appendCell` writes for `cells` cells of `bytes` bytes in all, as `maximum(cell:)` of each
    /// added: for counts of bytes in memory, which this cannot overflow, so it is not checked.
    @inline(__always)
    static func maximum(cells: Int, bytes: Int) -> Int { 2 &* bytes &+ 4 &* cells }

    /// Writes `cell` (after a separator when `separated`) at `output`, as `appendCell` does; returns the bytes
    /// written.
    @inline(__always)
    private static func writeCell(
        _ cell: UnsafeBufferPointer<UInt8>, separated: Bool, to output: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var end = 0
        if separated {
            output[0] = UInt8(ascii: ",")
            end = 1
        }
        guard let first = cell.first, let source = cell.baseAddress else { return end }
        // Most cells need neither an apostrophe nor quotes: they are copied as they are searched.
        if !isFormulaStart(first) && copyUnquoted(source, count: cell.count, to: output + end) {
            return end &+ cell.count
        }
        return end &+ writeMarkedCell(cell, to: output + end)
    }

    /// Writes `cell` with the quotes or the apostrophe it needs at `output`, as `writeCell` does (no separator);
    /// returns the bytes written. Out of line: few cells need it.
    @inline(never)
    private static func writeMarkedCell(
        _ cell: UnsafeBufferPointer<UInt8>, to output: UnsafeMutablePointer<UInt8>
    ) -> Int {
        guard let first = cell.first, let source = cell.baseAddress else { return 0 }
        var end = 0
        let neutralised = isFormulaStart(first) && !isPlainNumber(cell)
        let quoted = ByteSearch.first(in: cell, from: 0, 0x2C, 0x22, 0x0A, 0x0D) < cell.count
        if quoted {
            output[end] = quote
            end += 1
        }
        if neutralised {
            output[end] = apostrophe
            end += 1
        }
        if !quoted {
            copy(source, count: cell.count, to: output + end)
            return end + cell.count
        }
        // The runs between quotes are copied whole; each quote is doubled.
        var start = 0
        while start < cell.count {
            let next = ByteSearch.first(in: cell, from: start, quote, quote, quote, quote)
            let run = min(next + 1, cell.count) - start
            copy(source + start, count: run, to: output + end)
            end += run
            if next < cell.count {
                output[end] = quote
                end += 1
            }
            start = next + 1
        }
        output[end] = quote
        return end + 1
    }

    /// Appends a cell holding `cell`.
    mutating func appendCell(_ cell: String) {
        var cell = cell
        cell.withUTF8 { appendCell($0) }
    }

    /// Appends a cell already written by `appendCell` (its bytes, quoted and neutralised as needed).
    mutating func appendWrittenCell(_ cell: UnsafeBufferPointer<UInt8>) {
        let separated = rowHasCells
        rowHasCells = true
        write(maximum: cell.count + 1) { Self.writeWrittenCell(cell, separated: separated, to: $0) }
    }

    /// Writes the written cell `cell` (after a separator when `separated`) at `output`; returns the bytes written.
    @inline(__always)
    private static func writeWrittenCell(
        _ cell: UnsafeBufferPointer<UInt8>, separated: Bool, to output: UnsafeMutablePointer<UInt8>
    ) -> Int {
        if separated { output[0] = UInt8(ascii: ",") }
        let start = separated ? 1 : 0
        if let source = cell.baseAddress { copy(source, count: cell.count, to: output + start) }
        return start &+ cell.count
    }

    /// Appends `cell` as the first cell of a row (no comma before it) and returns where its bytes lie, for a cell
    /// written once and copied into many rows (`withBytes(in:_:)`, `appendWrittenCell`).
    mutating func appendLoneCell(_ cell: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let start = count
        rowHasCells = false
        appendCell(cell)
        rowHasCells = false
        return start..<count
    }

    /// Calls `body` with the bytes written at `range`.
    func withBytes<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Appends `value` as a cell.
    mutating func appendCell(_ value: Int) {
        appendNumber(negative: value < 0, whole: UInt64(value.magnitude), fraction: nil)
    }

    /// Appends an amount as `AuditNumbers.amount` writes it (two decimals).
    mutating func appendAmount(_ value: Double) {
        appendFixed(value, digits: 2)
    }

    /// Appends `value` with `digits` decimals as `AuditNumbers.fixed` writes it, straight from its digits
    /// (`AuditNumbers.units`) whenever `printf` is not needed.
    mutating func appendFixed(_ value: Double, digits: Int) {
        guard let units = AuditNumbers.units(value, digits: digits) else {
            appendCell(AuditNumbers.fixed(value, digits: digits))
            return
        }
        let scale: UInt64 = AuditNumbers.scale(digits: digits)
        appendNumber(
            negative: value.sign == .minus, whole: units / scale, fraction: digits == 0 ? nil : (units % scale, digits))
    }

    /// Appends a whole row, its cells written by `body` into room for `maximum` bytes made once (the sum of each
    /// cell's most: `maximum(cell:)`, a written cell's length and one, 25 for a number), then ends it with CRLF.
    /// For rows of millions: one room check for the row instead of one per cell, with the bytes each `append`
    /// method writes.
    mutating func appendRow(maximum: Int, _ body: (inout RowWriter) -> Void) {
        let separated = rowHasCells
        write(maximum: maximum + 2) { output in
            var row = RowWriter(output: output, separated: separated)
            body(&row)
            output[row.end] = 0x0D
            output[row.end + 1] = 0x0A
            return row.end + 2
        }
        rowHasCells = false
    }

    /// Appends whole rows written by `body` into room for `maximum` bytes made once (each row's most, as `appendRow`
    /// counts it, and two for its CRLF), after the last row's end: `body` writes each row's cells and ends it
    /// (`RowWriter.endRow`), and the writer's `end` is then where that row ends, counted from the end of the text
    /// written before.
    mutating func appendRows(maximum: Int, _ body: (inout RowWriter) -> Void) {
        write(maximum: maximum) { output in
            var rows = RowWriter(output: output, separated: false)
            body(&rows)
            return rows.end
        }
        rowHasCells = false
    }

    /// Writes the cells of one row into room `appendRow` made for them. Its methods are inlined into the row's
    /// closure: a call per cell cost more than copying most cells. The row's end stays within the room (a count of
    /// bytes in memory), so it is moved on without overflow checks.
    struct RowWriter {
        fileprivate let output: UnsafeMutablePointer<UInt8>
        fileprivate var separated: Bool
        /// The bytes written so far.
        private(set) var end = 0

        /// A writer of cells from `output` on, the first after a comma when `separated`.
        init(output: UnsafeMutablePointer<UInt8>, separated: Bool) {
            self.output = output
            self.separated = separated
        }

        /// As `CSVByteBuffer.appendCell(_:)`.
        @inline(__always)
        mutating func appendCell(_ cell: UnsafeBufferPointer<UInt8>) {
            end &+= CSVByteBuffer.writeCell(cell, separated: separated, to: output + end)
            separated = true
        }

        /// As `CSVByteBuffer.appendWrittenCell(_:)`.
        @inline(__always)
        mutating func appendWrittenCell(_ cell: UnsafeBufferPointer<UInt8>) {
            end &+= CSVByteBuffer.writeWrittenCell(cell, separated: separated, to: output + end)
            separated = true
        }

        /// As `CSVByteBuffer.appendCell(_ value: Int)`.
        @inline(__always)
        mutating func appendCell(_ value: Int) {
            end &+= CSVByteBuffer.writeNumber(
                negative: value < 0, whole: UInt64(value.magnitude), fraction: nil, separated: separated,
                to: output + end)
            separated = true
        }

        /// As `CSVByteBuffer.appendFixed(value, digits: digits)` for a value whose digits are `units`
        /// (`AuditNumbers.units(value, digits: digits)`), `negative` its sign: at most 25 bytes.
        @inline(__always)
        mutating func appendFixed(units: UInt64, negative: Bool, digits: Int) {
            let scale: UInt64 = AuditNumbers.scale(digits: digits)
            end &+= CSVByteBuffer.writeNumber(
                negative: negative, whole: units / scale, fraction: digits == 0 ? nil : (units % scale, digits),
                separated: separated, to: output + end)
            separated = true
        }

        /// A cell holding the number whose digits are `line`, as `appendCell(_ value: Int)` writes it; stores
        /// `LineDigits.writtenBytes` bytes after the comma, of which room must be made.
        @inline(__always)
        mutating func appendCell(_ line: LineDigits) {
            if separated {
                output[end] = UInt8(ascii: ",")
                end &+= 1
            }
            end &+= line.write(to: output + end)
            separated = true
        }

        /// Ends the row with CRLF (`CSVByteBuffer.endRow`).
        @inline(__always)
        mutating func endRow() {
            output[end] = 0x0D
            output[end &+ 1] = 0x0A
            end &+= 2
            separated = false
        }

        /// A cell holding the rate whose percentage has two decimals `units` (`AuditNumbers.rate` of a rate that
        /// is not negative: `12.34%`, which needs neither quotes nor an apostrophe): at most 26 bytes.
        @inline(__always)
        mutating func appendPercent(units: UInt64) {
            appendFixed(units: units, negative: false, digits: 2)
            output[end] = UInt8(ascii: "%")
            end += 1
        }
    }

    /// Ends the row with CRLF.
    mutating func endRow() {
        rowHasCells = false
        write(maximum: 2) { output in
            output[0] = 0x0D
            output[1] = 0x0A
            return 2
        }
    }

    /// Appends raw bytes (a byte-order mark, rows written elsewhere).
    mutating func append(_ raw: [UInt8]) {
        write(maximum: raw.count) { output in
            raw.withUnsafeBufferPointer { raw in
                if let source = raw.baseAddress { output.update(from: source, count: raw.count) }
            }
            return raw.count
        }
    }

    /// Empties the buffer, keeping its storage.
    mutating func removeAll() {
        count = 0
        rowHasCells = false
    }

    // MARK: - Private

    private static let quote = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")

    /// Calls `body` with room for `maximum` bytes after the text; `body` returns how many it wrote.
    @inline(__always)
    private mutating func write(maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if storage.count - count < maximum { grow(by: max(maximum, storage.count, 4_096)) }
        let start = count
        count += storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    }

    /// Adds `room` bytes of room after the storage: the written bytes copied into new storage, the room not zeroed
    /// (as in `init(capacity:)`).
    @inline(never)
    private mutating func grow(by room: Int) {
        let (written, capacity) = (count, storage.count + room)
        storage = storage.withUnsafeBufferPointer { old in
            [UInt8](unsafeUninitializedCapacity: capacity) { new, initialized in
                if written > 0 { new.baseAddress!.initialize(from: old.baseAddress!, count: written) }
                initialized = capacity
            }
        }
    }

    /// A number cell: an optional minus, the whole part, and with `fraction` a point and its digits.
    private mutating func appendNumber(negative: Bool, whole: UInt64, fraction: (value: UInt64, digits: Int)?) {
        let separated = rowHasCells
        rowHasCells = true
        write(maximum: 25) {
            Self.writeNumber(negative: negative, whole: whole, fraction: fraction, separated: separated, to: $0)
        }
    }

    /// Writes a number cell (after a separator when `separated`) at `output`; returns the bytes written, at most 25.
    @inline(__always)
    private static func writeNumber(
        negative: Bool, whole: UInt64, fraction: (value: UInt64, digits: Int)?, separated: Bool,
        to output: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var end = 0
        if separated {
            output[0] = UInt8(ascii: ",")
            end = 1
        }
        if negative {
            output[end] = UInt8(ascii: "-")
            end += 1
        }
        // The digits are counted by comparisons and written from the last, two at a time.
        var digits = 1
        var power: UInt64 = 10
        while digits < 20 && whole >= power {
            digits += 1
            power &*= 10
        }
        end += digits
        var value = whole
        var position = end
        while value >= 100 {
            let pair = UInt8(truncatingIfNeeded: value % 100)
            value /= 100
            position -= 2
            output[position] = UInt8(ascii: "0") + pair / 10
            output[position + 1] = UInt8(ascii: "0") + pair % 10
        }
        let lead = UInt8(truncatingIfNeeded: value)
        if lead >= 10 {
            output[position - 2] = UInt8(ascii: "0") + lead / 10
            output[position - 1] = UInt8(ascii: "0") + lead % 10
        } else {
            output[position - 1] = UInt8(ascii: "0") + lead
        }
        guard let fraction else { return end }
        output[end] = UInt8(ascii: ".")
        var decimals = fraction.value
        for offset in stride(from: fraction.digits, through: 1, by: -1) {
            output[end + offset] = UInt8(ascii: "0") + UInt8(decimals % 10)
            decimals /= 10
        }
        return end + 1 + fraction.digits
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
