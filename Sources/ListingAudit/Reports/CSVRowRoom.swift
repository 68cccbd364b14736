/// Room for the CSV rows one piece of work writes (a chunk of `refunds.csv` rows), in memory the room owns: a row
/// is written into it with one test for room and no test of an array's uniqueness, which `CSVByteBuffer`'s
/// storage costs every row. The bytes are the rows `CSVByteBuffer.appendRow` writes for the same cells.
///
/// The memory is allocated by `withRoom` and handed, when its rows are written, to the `CSVRows` it returns (not
/// copied: at a chunk's megabytes of rows, a copy cost more than the test it saves), which frees it; nothing else
/// holds the address, and the room itself never leaves `withRoom`.
struct CSVRowRoom {
    /// The room's memory: `count` bytes of rows, then room not yet written.
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The bytes of rows written.
    private(set) var count = 0
    /// The digits of the last line number a row ended with (`appendRow(maximum:line:_:)`).
    private var line = LineDigits()

    private init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    /// Calls `body` with a room of `capacity` bytes (more as rows need it), and returns the rows it wrote.
    static func withRoom(capacity: Int, _ body: (inout CSVRowRoom) -> Void) -> CSVRows {
        var room = CSVRowRoom(capacity: capacity)
        body(&room)
        // The memory passes to the rows, which free it.
        return CSVRows(handingOver: room.start, count: room.count)
    }

    /// Appends a row whose cells `body` writes into room for `maximum` bytes (as `CSVByteBuffer.appendRow`), then a
    /// cell holding `line` and CRLF.
    @inline(__always)
    mutating func appendRow(maximum: Int, line: Int, _ body: (inout CSVByteBuffer.RowWriter) -> Void) {
        // The line's cell: a comma and `LineDigits.writtenBytes`; then CRLF.
        let most = maximum &+ 1 &+ LineDigits.writtenBytes &+ 2
        if capacity &- count < most { grow(to: count &+ most) }
        var row = CSVByteBuffer.RowWriter(output: start + count, separated: false)
        body(&row)
        self.line.set(line)
        row.appendCell(self.line)
        row.endRow()
        count &+= row.end
    }

    /// Moves the rows into memory of at least `wanted` bytes (twice the room, at least), freeing the old.
    @inline(never)
    private mutating func grow(to wanted: Int) {
        let capacity = max(wanted, 2 * capacity)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        moved.moveInitialize(from: start, count: count)
        start.deallocate()
        (start, self.capacity) = (moved, capacity)
    }
}

/// Rows of CSV written by a `CSVRowRoom`, in memory they own and free: read-only once made, so they cross threads
/// (a worker writes them, the thread that writes the file reads them).
final class CSVRows: @unchecked Sendable {
    private let start: UnsafeMutablePointer<UInt8>?
    /// The number of bytes.
    let count: Int

    /// No rows.
    init() {
        (start, count) = (nil, 0)
    }

    /// Rows of `count` bytes at `start`, memory allocated for them that they now own.
    fileprivate init(handingOver start: UnsafeMutablePointer<UInt8>, count: Int) {
        (self.start, self.count) = (start, count)
    }

    /// Calls `body` with the bytes, valid while it runs (the rows, and so their memory, live while it does).
    func withBytes<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        defer { withExtendedLifetime(self) {} }
        return try body(UnsafeBufferPointer(start: start, count: count))
    }

    deinit {
        start?.deallocate()
    }
}

/// The decimal digits of a line number, kept from row to row: a chunk's rows mostly lie on consecutive lines, so
/// the next line's digits are the last ones with one added to them, not worked out from the number again.
struct LineDigits {
    /// The most bytes `write(to:)` stores: a whole number of words, more than any `Int`'s 19 digits.
    static let writtenBytes = 24

    /// The digits, as ASCII, from the first; only the first `length` count.
    private var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    private var length = 0
    /// The number the digits write; `-1` before any.
    private(set) var value = -1

    /// Makes the digits those of `number` (not negative): one added to the last digits when it is the next number.
    @inline(__always)
    mutating func set(_ number: Int) {
        if number == value &+ 1 && value >= 0 {
            addOne()
            value = number
        } else if number != value {
            write(number)
        }
    }

    /// Writes the `length` digits at `output`, storing `writtenBytes` bytes there (room for them must be made);
    /// returns `length`.
    @inline(__always)
    func write(to output: UnsafeMutablePointer<UInt8>) -> Int {
        let raw = UnsafeMutableRawPointer(output)
        raw.storeBytes(of: digits.0, as: UInt64.self)
        raw.storeBytes(of: digits.1, toByteOffset: 8, as: UInt64.self)
        raw.storeBytes(of: digits.2, toByteOffset: 16, as: UInt64.self)
        return length
    }

    /// Adds one to the digits: the last nines become zeros and the digit before them grows by one, or all nines
    /// become a one and one more zero.
    private mutating func addOne() {
        let length = self.length
        let grew = withUnsafeMutableBytes(of: &digits) { digits in
            var index = length - 1
            while index >= 0 && digits[index] == UInt8(ascii: "9") {
                digits[index] = UInt8(ascii: "0")
                index -= 1
            }
            guard index < 0 else {
                digits[index] += 1
                return false
            }
            digits[0] = UInt8(ascii: "1")
            digits[length] = UInt8(ascii: "0")
            return true
        }
        if grew { self.length += 1 }
    }

    /// Writes the digits of `number` from scratch (a row after a skipped or a longer record: some rows in ten on
    /// the synthetic shops), counted by comparisons and written from the last.
    @inline(never)
    private mutating func write(_ number: Int) {
        precondition(number >= 0, "a line number is not negative")
        let whole = UInt64(number)
        var count = 1
        var power: UInt64 = 10
        while count < 19 && whole >= power {
            count += 1
            power &*= 10
        }
        digits = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { digits in
            var rest = whole
            for index in stride(from: count - 1, through: 0, by: -1) {
                digits[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
        }
        (length, value) = (count, number)
    }
}
