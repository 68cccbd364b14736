/// What separates the values of a list cell (colours, sizes, image addresses), and how a cell's bytes split at it.
///
/// The split is the one `CellText.list` makes on the cell's trimmed text; it runs on the bytes whenever that gives the
/// same items: always for a one-byte separator, and for a set of characters when the cell is ASCII (where every
/// character is one byte, apart from CR LF, which `byteSplitIsExact` accounts for). Other cells take the
/// character-level split.
enum ListSeparator {
    /// One ASCII byte, e.g. `|`.
    case byte(UInt8)
    /// A longer separator, or none (`""`: the whole cell is one item).
    case text(String)
    /// Any of these characters (e.g. `CellText.shopSeparators`).
    case characters(CharacterSet)

    /// A set of separator characters, with what the byte-level split of ASCII cells needs.
    struct CharacterSet {
        let characters: Set<Character>
        /// Which ASCII bytes are separators.
        let asciiBytes: [Bool]
        /// Whether splitting an ASCII cell at `asciiBytes` gives the character-level items: CR LF is one character,
        /// so it must be a separator exactly when CR and LF are.
        let byteSplitIsExact: Bool

        init(_ characters: Set<Character>) {
            self.characters = characters
            var bytes = [Bool](repeating: false, count: 128)
            for character in characters where character.utf8.count == 1 {
                bytes[Int(character.utf8.first!)] = true
            }
            asciiBytes = bytes
            let lineBreaks = [characters.contains("\r\n"), characters.contains("\r"), characters.contains("\n")]
            byteSplitIsExact = lineBreaks.allSatisfy { $0 } || !lineBreaks.contains(true)
        }
    }

    /// The separator a column mapping names.
    init(_ separator: String) {
        if separator.utf8.count == 1, let byte = separator.utf8.first {
            self = .byte(byte)
        } else {
            self = .text(separator)
        }
    }

    /// A set of separator characters.
    static func any(of characters: Set<Character>) -> ListSeparator {
        .characters(CharacterSet(characters))
    }

    /// Commas, as in WooCommerce, Magento and Google image lists.
    static let commas = ListSeparator.any(of: [","])

    /// At most how many items a cell of these bytes splits into (for reserving storage): for a one-byte separator,
    /// one more than the separators, counted eight bytes at a time (a gallery cell of a few hundred bytes is read
    /// for this before it is split).
    func itemBound(_ cell: UnsafeBufferPointer<UInt8>) -> Int {
        guard case .byte(let separator) = self, let base = cell.baseAddress else { return 1 }
        let pattern = 0x0101_0101_0101_0101 &* UInt64(separator)
        var (count, index) = (1, 0)
        while index + 8 <= cell.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // The high bits moved down to the bytes' low bits and summed into the top byte by the multiplication
            // (`nonzeroBitCount` is no single instruction on baseline x86-64).
            let found = ByteSearch.exactZeroBytes(word ^ pattern) &>> 7
            count += Int(truncatingIfNeeded: (found &* 0x0101_0101_0101_0101) &>> 56)
            index += 8
        }
        while index < cell.count {
            if base[index] == separator { count += 1 }
            index += 1
        }
        return count
    }

    /// Calls `body` with each trimmed, non-empty item of `cell`, the UTF-8 bytes of a cell's trimmed text.
    func forEachItem(in cell: UnsafeBufferPointer<UInt8>, _ body: (String) -> Void) {
        forEachItem(in: cell, making: { String(decoding: $0, as: UTF8.self) }, body)
    }

    /// `forEachItem(in:_:)`, with each item that trimming leaves as it is taken from `texts` (option values recur
    /// row after row).
    func forEachItem(in cell: UnsafeBufferPointer<UInt8>, texts: inout TextInterner, _ body: (String) -> Void) {
        forEachItem(in: cell, making: { texts.text($0) }, body)
    }

    /// `forEachItem(in:_:)` with `text` making the `String` of an item's bytes where trimming leaves them as they
    /// are (`CellText.trimmedItem`).
    @inline(__always)
    private func forEachItem(
        in cell: UnsafeBufferPointer<UInt8>, making text: (UnsafeBufferPointer<UInt8>) -> String,
        _ body: (String) -> Void
    ) {
        guard !cell.isEmpty else { return }
        let split = forEachPart(of: cell) { part in
            if let item = CellText.trimmedItem(UnsafeBufferPointer(rebasing: cell[part]), making: text) { body(item) }
        }
        guard !split else { return }
        switch self {
        case .characters(let set):
            CellText.list(String(decoding: cell, as: UTF8.self), separators: set.characters).forEach(body)
        case .text(let separator):
            CellText.list(String(decoding: cell, as: UTF8.self), separator: separator).forEach(body)
        case .byte: break  // Always split as bytes, above.
        }
    }

    /// Calls `body` with each trimmed, non-empty item of the ASCII cell `cell`, as `forEachItem` gives it, as a slice
    /// of `cell` (an item that trimming changes as bytes of its own); `false`, with nothing called, where the split
    /// runs on characters (`forEachItem` then splits the cell's text).
    func forEachItem(inASCII cell: ArraySlice<UInt8>, _ body: (consuming ArraySlice<UInt8>) -> Void) -> Bool {
        cell.withUnsafeBufferPointer { bytes in
            guard !bytes.isEmpty else { return true }
            return forEachPart(of: bytes) { Self.item(of: cell, bytes, $0, body) }
        }
    }

    /// Calls `body` with the byte range of each part of the non-empty `cell` between separators, untrimmed and empty
    /// ones included, where splitting the bytes gives the character-level items: always for a one-byte separator,
    /// and for a set of characters when the cell is ASCII and `byteSplitIsExact`. `false`, with nothing called,
    /// otherwise.
    @inline(__always)
    private func forEachPart(of cell: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        switch self {
        case .byte(let separator):
            var start = 0
            while start <= cell.count {
                let end = ByteSearch.first(in: cell, from: start, separator, separator, separator, separator)
                body(start..<end)
                start = end + 1
            }
            return true
        case .characters(let set) where set.byteSplitIsExact && UTF8Validation.isASCII(cell):
            let separators = set.asciiBytes
            var start = 0
            for index in 0..<cell.count where separators[Int(cell[index])] {
                body(start..<index)
                start = index + 1
            }
            body(start..<cell.count)
            return true
        case .characters, .text:
            return false
        }
    }

    /// The trimmed, non-empty items of `cell`.
    func items(in cell: UnsafeBufferPointer<UInt8>) -> [String] {
        var items: [String] = []
        forEachItem(in: cell) { items.append($0) }
        return items
    }
}
