extension ListSeparator {
    /// For a one-byte separator, the end of each part of `cell` between separators (each separator's offset, then
    /// `cell.count`), written to `ends` from its start, in one pass sixteen bytes at a time that also tells whether
    /// every byte is ASCII: the number of parts, or `nil` when the separator is no single byte, a byte of `cell` is
    /// not ASCII, or `cell` has more parts than `ends` has room for.
    ///
    /// A gallery cell was read three times before it was split: for its item bound, for ASCII, and by a search per
    /// address (`ByteSearch.first`, set up again for each).
    func asciiPartEnds(of cell: UnsafeBufferPointer<UInt8>, into ends: UnsafeMutableBufferPointer<Int>) -> Int? {
        guard case .byte(let separator) = self, !ends.isEmpty else { return nil }
        var count = 0
        var high: UInt8 = 0
        var index = 0
        if let base = cell.baseAddress, cell.count >= 16 {
            let raw = UnsafeRawPointer(base)
            let target = ByteSearch.Block(repeating: separator)
            var highLanes = ByteSearch.Block(repeating: 0)
            repeat {
                let block = raw.loadUnaligned(fromByteOffset: index, as: ByteSearch.Block.self)
                highLanes |= block
                let hits = ByteSearch.words(ByteSearch.zeroLanes(block ^ target) & ByteSearch.Block(repeating: 0x80))
                for half in 0..<2 {
                    var word = hits[half]
                    while word != 0 {
                        guard count < ends.count else { return nil }
                        ends[count] = index + half * 8 + word.trailingZeroBitCount >> 3
                        count += 1
                        word &= word &- 1
                    }
                }
                index += 16
            } while index + 16 <= cell.count
            let words = ByteSearch.words(highLanes)
            high = (words[0] | words[1]) & 0x8080_8080_8080_8080 == 0 ? 0 : 0x80
        }
        while index < cell.count {
            let byte = cell[index]
            high |= byte
            if byte == separator {
                guard count < ends.count else { return nil }
                ends[count] = index
                count += 1
            }
            index += 1
        }
        guard high < 0x80, count < ends.count else { return nil }
        ends[count] = cell.count
        return count + 1
    }

    /// Calls `body` with each trimmed, non-empty item of the ASCII cell `cell` whose part ends `asciiPartEnds` found
    /// (`ends`), as `forEachItem(inASCII:)` gives it: a slice of `cell`, or, for an item that trimming changes, bytes
    /// of its own.
    static func forEachItem(
        inASCII cell: ArraySlice<UInt8>, ends: UnsafeBufferPointer<Int>, _ body: (consuming ArraySlice<UInt8>) -> Void
    ) {
        cell.withUnsafeBufferPointer { bytes in
            var start = 0
            for end in ends {
                item(of: cell, bytes, start..<end, body)
                start = end + 1
            }
        }
    }

    /// Calls `body` with the item of the part `part` of the ASCII cell `cell` (whose bytes are `bytes`), unless it
    /// is empty once trimmed: a slice of `cell` when trimming leaves it as it is.
    @inline(__always)
    static func item(
        of cell: ArraySlice<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>,
        _ body: (consuming ArraySlice<UInt8>) -> Void
    ) {
        let item = UnsafeBufferPointer(rebasing: bytes[part])
        guard !item.isEmpty else { return }
        guard CellText.needsTrim(item) else {
            return body(cell[(cell.startIndex + part.lowerBound)..<(cell.startIndex + part.upperBound)])
        }
        let trimmed = String(decoding: item, as: UTF8.self).trimmingWhitespace()
        if !trimmed.isEmpty { body(ArraySlice(trimmed.utf8)) }
    }
}
