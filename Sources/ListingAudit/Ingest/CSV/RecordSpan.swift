/// Finds where a record lies whole in a buffered chunk, and its fields' bounds, in one pass over its bytes: the
/// delimiter, quote and line-end bytes are found sixteen at a time (vector arithmetic), and each block's matches are
/// read off one by one (no new search per field). A quoted field is read here when it is simple — closed in the
/// chunk, with no doubled quote inside, and the delimiter or a line end right after its closing quote — its bytes
/// being those between the quotes, line breaks included (counted as the scanner counts them). Any other record (a
/// quote inside an unquoted field, text after a closing quote, a doubled quote, or the chunk ending first) is left
/// to `CSVScanner`, from the start of the field where that happened: the fields before it are read exactly as the
/// scanner reads them (from the record's start when one of them held a line break, so that the scanner counts the
/// lines).
enum RecordSpan {
    private typealias Block = ByteSearch.Block

    /// Where the record at `start` of `chunk` ends (its line end, or the chunk's end at the end of input), where
    /// the next record starts and how many line breaks its quoted fields hold; each field's start and end, relative
    /// to `start`, are appended to `bounds` (none of the record's when called; two entries a field). `nil` when the
    /// scanner must read on (also when `bounds` has no room for the next field's): `bounds` then holds the fields
    /// before the one where that happened, and `stop` is that field's start in `chunk` (none, and the record's
    /// start, when one of those fields held a line break).
    @inline(__always)
    static func find(
        _ chunk: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool, dialect: CSVDialect,
        bounds: inout FieldBoundsRoom, stop: inout Int
    ) -> (end: Int, next: Int, lines: Int)? {
        stop = start
        guard let base = chunk.baseAddress else { return nil }
        var reading = Reading(chunk: chunk, start: start, atEnd: atEnd, dialect: dialect)
        let count = chunk.count
        let raw = UnsafeRawPointer(base)
        let (delimiters, quotes) = (Block(repeating: dialect.delimiter), Block(repeating: dialect.quote))
        let (lineFeeds, returns) = (Block(repeating: 0x0A), Block(repeating: 0x0D))
        var at = start
        while at + 16 <= count {
            let block = raw.loadUnaligned(fromByteOffset: at, as: Block.self)
            // Read as two words, a match is a byte with its high bit set.
            let halves = ByteSearch.words(
                (ByteSearch.zeroLanes(block ^ delimiters) | ByteSearch.zeroLanes(block ^ quotes)
                    | ByteSearch.zeroLanes(block ^ lineFeeds) | ByteSearch.zeroLanes(block ^ returns))
                    & Block(repeating: 0x80))
            if halves[0] | halves[1] != 0 {
                if let outcome = reading.read(marks: halves[0], at: at, bounds: &bounds, stop: &stop) {
                    return reading.span(outcome, bounds: &bounds, stop: &stop)
                }
                if let outcome = reading.read(marks: halves[1], at: at + 8, bounds: &bounds, stop: &stop) {
                    return reading.span(outcome, bounds: &bounds, stop: &stop)
                }
            }
            at += 16
        }
        // The last bytes, up to eight at a time.
        while at < count {
            var marks: UInt64 = 0
            for offset in 0..<min(8, count - at) where reading.isSpecial(base[at + offset]) {
                marks |= 0xFF << (offset << 3)
            }
            if let outcome = reading.read(marks: marks, at: at, bounds: &bounds, stop: &stop) {
                return reading.span(outcome, bounds: &bounds, stop: &stop)
            }
            at += 8
        }
        return reading.span(reading.atChunkEnd(bounds: &bounds), bounds: &bounds, stop: &stop)
    }

    /// What reading a record came to before the chunk's end.
    private enum Outcome {
        /// The record ends at `end`; the next one starts at `next`.
        case whole(end: Int, next: Int)
        /// The scanner must read the record on.
        case scanner
    }

    /// The state of the record being read: in which part of which field it is.
    private struct Reading {
        private enum Phase { case unquoted, quoted, closed }

        let chunk: UnsafeBufferPointer<UInt8>
        let start: Int
        let atEnd: Bool
        let delimiter: UInt8
        let quote: UInt8
        private var phase = Phase.unquoted
        /// Where the field being read starts (its opening quote, if quoted).
        private var fieldStart: Int
        /// Where the quoted field being read was closed.
        private var closeAt = 0
        /// Line breaks inside the quoted fields read so far, as the scanner counts them: each CR, and each LF not
        /// right after a CR.
        private var lines = 0

        init(chunk: UnsafeBufferPointer<UInt8>, start: Int, atEnd: Bool, dialect: CSVDialect) {
            self.chunk = chunk
            self.start = start
            self.atEnd = atEnd
            (delimiter, quote) = (dialect.delimiter, dialect.quote)
            fieldStart = start
        }

        /// Whether `byte` is one `read` looks at.
        @inline(__always)
        func isSpecial(_ byte: UInt8) -> Bool { byte == delimiter || byte == quote || byte == 0x0A || byte == 0x0D }

        /// Reads the matches of the eight bytes at `at` (`marks`: a set byte for each), in order; `nil` when the
        /// record goes on past them.
        @inline(__always)
        mutating func read(marks: UInt64, at: Int, bounds: inout FieldBoundsRoom, stop: inout Int) -> Outcome? {
            var marks = marks & 0x8080_8080_8080_8080
            while marks != 0 {
                let index = at + marks.trailingZeroBitCount >> 3
                marks &= marks &- 1
                if let outcome = read(index, bounds: &bounds, stop: &stop) { return outcome }
            }
            return nil
        }

        /// Reads the delimiter, quote or line end at `index`; `nil` when the record goes on.
        @inline(__always)
        private mutating func read(_ index: Int, bounds: inout FieldBoundsRoom, stop: inout Int) -> Outcome? {
            let byte = chunk[index]
            switch phase {
            case .unquoted:
                if byte == quote {
                    guard index == fieldStart else { return .scanner }
                    phase = .quoted
                    return nil
                }
                if byte == delimiter {
                    return endField(fieldStart, index, next: index + 1, bounds: &bounds, stop: &stop)
                }
                return lineEnd(index, field: (fieldStart, index), bounds: &bounds)
            case .quoted:
                if byte == quote {
                    phase = .closed
                    closeAt = index
                    return nil
                }
                if byte != delimiter, byte == 0x0D || chunk[index - 1] != 0x0D { lines += 1 }
                return nil
            case .closed:
                guard index == closeAt + 1, byte != quote else { return .scanner }
                if byte == delimiter {
                    phase = .unquoted
                    return endField(fieldStart + 1, closeAt, next: index + 1, bounds: &bounds, stop: &stop)
                }
                return lineEnd(index, field: (fieldStart + 1, closeAt), bounds: &bounds)
            }
        }

        /// Ends the field `from..<to` at a delimiter; the next starts at `next`. The scanner reads on from the field
        /// when `bounds` has no room for it.
        @inline(__always)
        private mutating func endField(
            _ from: Int, _ to: Int, next: Int, bounds: inout FieldBoundsRoom, stop: inout Int
        ) -> Outcome? {
            guard bounds.append(from - start, to - start) else { return .scanner }
            fieldStart = next
            stop = next
            return nil
        }

        /// The record ending at the line-end byte at `index`, its last field `field`: where it ends and the next
        /// record starts (past the LF of a CRLF); the scanner for a CR that ends the chunk before the end of input
        /// (an LF may follow in the next chunk), or for a field `bounds` has no room for.
        @inline(__always)
        private func lineEnd(_ index: Int, field: (Int, Int), bounds: inout FieldBoundsRoom) -> Outcome {
            var next = index + 1
            if chunk[index] == 0x0D {
                if next < chunk.count {
                    if chunk[next] == 0x0A { next += 1 }
                } else if !atEnd {
                    return .scanner
                }
            }
            guard bounds.append(field.0 - start, field.1 - start) else { return .scanner }
            return .whole(end: index, next: next)
        }

        /// The record at the chunk's end with no line end: whole at the end of input when its last field is (and
        /// `bounds` has room for it).
        func atChunkEnd(bounds: inout FieldBoundsRoom) -> Outcome {
            let count = chunk.count
            guard atEnd else { return .scanner }
            switch phase {
            case .unquoted:
                guard bounds.append(fieldStart - start, count - start) else { return .scanner }
            case .quoted:
                return .scanner
            case .closed:
                guard closeAt + 1 == count, bounds.append(fieldStart + 1 - start, closeAt - start) else {
                    return .scanner
                }
            }
            return .whole(end: count, next: count)
        }

        /// What `find` answers for `outcome`: the scanner reads a record whose fields held a line break from its start.
        @inline(__always)
        func span(
            _ outcome: Outcome, bounds: inout FieldBoundsRoom, stop: inout Int
        ) -> (end: Int, next: Int, lines: Int)? {
            switch outcome {
            case .whole(let end, let next):
                return (end, next, lines)
            case .scanner:
                if lines > 0 {
                    bounds.removeAll()
                    stop = start
                }
                return nil
            }
        }
    }
}
