/// The byte copies every cell of a report makes, written out for the short cells reports are made of: a call to
/// `memcpy` and a separate search for the bytes that need quotes cost more than the copy itself. Blocks of sixteen
/// bytes are compared as `ByteSearch` compares them (lane arithmetic, not `.==`); the four bytes that make a cell
/// quoted are looked for only in a block or word that holds a byte below `-` (ids, digits and CJK text hold none).
extension CSVByteBuffer {
    /// Copies the `count` bytes at `source` to `output`, sixteen at a time (eight for a cell shorter than sixteen),
    /// unless one of them is a comma, a quote, a line feed or a carriage return (a cell holding one is written
    /// quoted); returns whether it copied them all. When it finds one, bytes before it may already be written at
    /// `output`: the caller writes the cell over them.
    @inline(__always)
    static func copyUnquoted(_ source: UnsafePointer<UInt8>, count: Int, to output: UnsafeMutablePointer<UInt8>)
        -> Bool
    {
        guard count >= 8 else {
            for index in 0..<count {
                let byte = source[index]
                if byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { return false }
                output[index] = byte
            }
            return true
        }
        let input = UnsafeRawPointer(source)
        let target = UnsafeMutableRawPointer(output)
        // Whole blocks, the last one ending at the cell's end (it may overlap the one before).
        var offset = 0
        if count >= 16 {
            typealias Block = ByteSearch.Block
            while true {
                let block = input.loadUnaligned(fromByteOffset: offset, as: Block.self)
                // The four bytes are all below `-` (0x2D): a block without such a byte is copied after one test.
                let low = ByteSearch.words((block &- Block(repeating: 0x2D)) & ~block & Block(repeating: 0x80))
                if low[0] | low[1] != 0 {
                    let lanes = ByteSearch.zeroLanes(block ^ Block(repeating: 0x2C))
                        | ByteSearch.zeroLanes(block ^ Block(repeating: 0x22))
                        | ByteSearch.zeroLanes(block ^ Block(repeating: 0x0A))
                        | ByteSearch.zeroLanes(block ^ Block(repeating: 0x0D))
                    let marks = ByteSearch.words(lanes & Block(repeating: 0x80))
                    if marks[0] | marks[1] != 0 { return false }
                }
                target.storeBytes(of: block, toByteOffset: offset, as: Block.self)
                if offset + 16 == count { return true }
                offset = min(offset + 16, count - 16)
            }
        }
        while true {
            let word = input.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            if Self.hasByteBelowHyphen(word) {
                let marks = ByteSearch.zeroBytes(word ^ commas) | ByteSearch.zeroBytes(word ^ quotes)
                    | ByteSearch.zeroBytes(word ^ lineFeeds) | ByteSearch.zeroBytes(word ^ carriageReturns)
                if marks != 0 { return false }
            }
            target.storeBytes(of: word, toByteOffset: offset, as: UInt64.self)
            if offset + 8 == count { return true }
            offset = min(offset + 8, count - 8)
        }
    }

    /// Copies the `count` bytes at `source` to `output`: short runs sixteen bytes at a time (eight below sixteen, four
    /// below eight, one by one below four), long ones by `memcpy`.
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, count: Int, to output: UnsafeMutablePointer<UInt8>) {
        let input = UnsafeRawPointer(source)
        let target = UnsafeMutableRawPointer(output)
        guard count >= 8 else {
            guard count >= 4 else {
                for index in 0..<count { output[index] = source[index] }
                return
            }
            // Four to seven bytes: two words that overlap.
            let head = input.loadUnaligned(as: UInt32.self)
            let tail = input.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
            return
        }
        guard count <= 64 else { return output.update(from: source, count: count) }
        var offset = 0
        if count >= 16 {
            while true {
                target.storeBytes(
                    of: input.loadUnaligned(fromByteOffset: offset, as: ByteSearch.Block.self), toByteOffset: offset,
                    as: ByteSearch.Block.self)
                if offset + 16 == count { return }
                offset = min(offset + 16, count - 16)
            }
        }
        while true {
            target.storeBytes(
                of: input.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self)
            if offset + 8 == count { return }
            offset = min(offset + 8, count - 8)
        }
    }

    /// Whether a byte of `word` is below `-` (0x2D), as the comma, the quote, the line feed and the carriage return
    /// are: then (and only then) one of them may be in it. Exact: without such a byte no lane borrows from the next,
    /// and a byte of 0x80 or above never counts (its high bit is clear in `~word`).
    @inline(__always)
    private static func hasByteBelowHyphen(_ word: UInt64) -> Bool {
        (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080 != 0
    }

    private static let commas: UInt64 = 0x2C2C_2C2C_2C2C_2C2C
    private static let quotes: UInt64 = 0x2222_2222_2222_2222
    private static let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    private static let carriageReturns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
}
