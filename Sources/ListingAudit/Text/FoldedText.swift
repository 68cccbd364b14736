/// A text prepared for matching: its UTF-8 bytes after `TextFold`, scalar for scalar, with the way back to the text
/// as written, so a match found in the folded bytes is quoted exactly as the listing or the buyer wrote it.
///
/// Offsets and ranges are byte offsets into `bytes`. Besides the scalar folding, a hyphen between two ASCII letters
/// becomes a space: it joins the parts of one word (`T-Shirt`, `best-before`) and both spellings must match the same
/// list entry.
public struct FoldedText: Sendable {
    /// The folded text, UTF-8.
    public let bytes: [UInt8]
    /// The text as written.
    public let source: String
    /// Where the folded text's offsets stop matching `source`'s UTF-8 offsets by the same distance: after each
    /// scalar whose folding changed its length (full-width punctuation, nearly every Chinese text has some), the
    /// folded offset and the source offset where the next scalar starts, in pairs, in order. Empty when folding kept
    /// every scalar's length, so the offsets are the same.
    private let lengthChanges: [Int32]

    public init(_ text: String) {
        var none = NoScalarTally()
        self.init(text, tally: &none)
    }

    /// Folds `text` and, in the same pass, adds its meaningful scalars to `meaningful`.
    public init(_ text: String, meaningful: inout MeaningfulScalars) {
        self.init(text, tally: &meaningful)
    }

    /// Folds `text` and, in the same pass, gives `tally` each scalar as written and folded.
    init<Tally: ScalarTally>(_ text: String, tally: inout Tally) {
        source = text
        var text = text
        (bytes, lengthChanges) = text.withUTF8 { Self.fold($0, tally: &tally) }
    }

    /// The folded byte count.
    public var count: Int { bytes.count }

    /// Whether the text is empty.
    public var isEmpty: Bool { bytes.isEmpty }

    /// The text as written of the folded byte range `range` (whose ends lie on scalar boundaries).
    /// Its bytes are copied from the text's own, with no `Substring` made.
    public func quote(_ range: Range<Int>) -> String {
        let written = sourceRange(range)
        var source = source
        return source.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[written]), as: UTF8.self) }
    }

    /// The offset in `source`'s UTF-8 of the folded byte offset `offset` (a scalar boundary): past the last length
    /// change at or before it (a binary search), by that change's distance.
    public func sourceOffset(_ offset: Int) -> Int {
        guard !lengthChanges.isEmpty else { return offset }
        var (low, high) = (0, lengthChanges.count / 2)
        while low < high {
            let middle = (low + high) / 2
            if Int(lengthChanges[2 * middle]) <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return offset }
        return offset - Int(lengthChanges[2 * low - 2]) + Int(lengthChanges[2 * low - 1])
    }

    /// The offsets in `source`'s UTF-8 of the folded byte range `range` (whose ends lie on scalar boundaries), as
    /// `sourceOffset` gives each end: one binary search for the lower end, then a walk past the few length changes
    /// within the range to the upper.
    public func sourceRange(_ range: Range<Int>) -> Range<Int> {
        guard !lengthChanges.isEmpty else { return range }
        let pairs = lengthChanges.count / 2
        var (low, high) = (0, pairs)
        while low < high {
            let middle = (low + high) / 2
            if Int(lengthChanges[2 * middle]) <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var next = low
        while next < pairs, Int(lengthChanges[2 * next]) <= range.upperBound { next += 1 }
        // The distance past the last change at or before `offset`, the first `changes` of them.
        func written(_ offset: Int, changes: Int) -> Int {
            changes == 0 ? offset : offset - Int(lengthChanges[2 * changes - 2]) + Int(lengthChanges[2 * changes - 1])
        }
        return written(range.lowerBound, changes: low)..<written(range.upperBound, changes: next)
    }

    /// Calls `body(written, folded, start)` for every scalar of the folded byte range `range` (whose ends lie on
    /// scalar boundaries; the whole text when `nil`): as written, folded, and where the folded one starts. One pass
    /// over both texts (folding maps scalar to scalar).
    public func forEachScalarAsWritten(in range: Range<Int>? = nil, _ body: (UInt32, UInt32, Int) -> Void) {
        let range = range ?? 0..<count
        var source = source
        source.withUTF8 { original in
            bytes.withUnsafeBufferPointer { folded in
                var index = sourceOffset(range.lowerBound)
                var foldedIndex = range.lowerBound
                while index < original.count, foldedIndex < range.upperBound {
                    let (written, length) = UTF8Scalars.decode(original, at: index)
                    let (value, width) = UTF8Scalars.decode(folded, at: foldedIndex)
                    body(written, value, foldedIndex)
                    index += length
                    foldedIndex += width
                }
            }
        }
    }

    /// The folded scalar starting at byte `index` and its byte length.
    @inline(__always)
    public func scalar(at index: Int) -> (value: UInt32, length: Int) {
        bytes.withUnsafeBufferPointer { UTF8Scalars.decode($0, at: index) }
    }

    /// The folded scalar ending right before byte `index`, and where it starts; `nil` at the start.
    @inline(__always)
    public func scalar(before index: Int) -> (value: UInt32, start: Int)? {
        guard index > 0 else { return nil }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(at: start).value, start)
    }

    /// Calls `body(value, start, width)` for every folded scalar, in order, within one access to the bytes.
    @inline(__always)
    public func forEachScalar(_ body: (UInt32, Int, Int) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let (value, width) = UTF8Scalars.decode(buffer, at: index)
                body(value, index, width)
                index += width
            }
        }
    }

    /// Folds `source`: the folded bytes and where scalars changed length (`lengthChanges`).
    private static func fold<Tally: ScalarTally>(
        _ source: UnsafeBufferPointer<UInt8>, tally: inout Tally
    ) -> ([UInt8], [Int32]) {
        // Lower-casing may turn a two-byte scalar into a three-byte one: room for half as much again.
        let capacity = source.count + source.count / 2 + 4
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: LengthChanges.roomValues) { room in
            var changes = LengthChanges(room: room)
            let bytes = written(room: capacity) { out in
                let (count, hyphens) = ChineseVariants.table.withUnsafeBufferPointer { variants in
                    fold(source, into: out, variants: variants, changes: &changes, tally: &tally)
                }
                if hyphens { joinHyphenatedWords(UnsafeMutableBufferPointer(rebasing: out[..<count])) }
                return count
            }
            return (bytes, changes.all())
        }
    }

    /// The bytes `write` writes into room for `capacity` bytes (it returns how many it wrote). The room of a short
    /// text is on the stack, and the bytes are copied into an array of their own size: the array
    /// `[UInt8](unsafeUninitializedCapacity:)` makes is allocated by code not specialised for its element, which
    /// looks up the storage type at every call (about 400 instructions, two texts or more a listing). A long text
    /// is written into such an array, where that look-up is small beside the folding.
    private static func written(room capacity: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> [UInt8] {
        guard capacity <= 1_024 else {
            return [UInt8](unsafeUninitializedCapacity: capacity) { out, count in count = write(out) }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
            Array(UnsafeBufferPointer(rebasing: out[..<write(out)]))
        }
    }

    /// Writes `source` folded into `out`; returns the folded length and whether it holds a hyphen, and appends to
    /// `changes` the folded and source offsets after each scalar whose length changed; gives `tally` each scalar as
    /// written and folded. ASCII runs are lower-cased eight bytes at a time; a Chinese character with no variant
    /// (U+4E00–U+9FFF, the lead bytes E4–E9) is read and copied as its three bytes; any other scalar that folds to
    /// itself is copied by its length.
    private static func fold<Tally: ScalarTally>(
        _ source: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
        variants: UnsafeBufferPointer<UInt16>, changes: inout LengthChanges, tally: inout Tally
    ) -> (count: Int, hyphens: Bool) {
        guard let input = source.baseAddress, let output = out.baseAddress else { return (0, false) }
        let count = source.count
        var index = 0
        var written = 0
        var hyphens = false
        while index < count {
            let byte = input[index]
            if byte < 0x80 {
                if index &+ 8 <= count {
                    let word = UnsafeRawPointer(input + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        // Eight ASCII bytes: add 0x20 to each of A–Z.
                        let heptets = word & 0x7F7F_7F7F_7F7F_7F7F
                        let aboveA = heptets &+ 0x3F3F_3F3F_3F3F_3F3F
                        let aboveZ = heptets &+ 0x2525_2525_2525_2525
                        let upper = aboveA & ~aboveZ & 0x8080_8080_8080_8080
                        let lowered = word | upper >> 2
                        UnsafeMutableRawPointer(output + written).storeBytes(of: lowered, as: UInt64.self)
                        tally.add(asciiWord: lowered, written: word)
                        if !hyphens { hyphens = ByteSearch.zeroBytes(lowered ^ 0x2D2D_2D2D_2D2D_2D2D) != 0 }
                        index &+= 8
                        written &+= 8
                        continue
                    }
                }
                let lowered = byte &- 0x41 < 26 ? byte + 0x20 : byte
                output[written] = lowered
                tally.add(ascii: lowered, written: byte)
                if lowered == 0x2D { hyphens = true }
                index &+= 1
                written &+= 1
                continue
            }
            if byte &- 0xE4 < 6 {
                let (second, third) = (input[index &+ 1], input[index &+ 2])
                let value = UInt32(byte & 0x0F) &<< 12 | UInt32(second & 0x3F) &<< 6 | UInt32(third & 0x3F)
                if value >= ChineseVariants.first, variants[Int(value &- ChineseVariants.first)] == 0 {
                    tally.add(ideograph: value)
                    output[written] = byte
                    output[written &+ 1] = second
                    output[written &+ 2] = third
                    index &+= 3
                    written &+= 3
                    continue
                }
            }
            let (value, length) = UTF8Scalars.decode(source, at: index)
            let folded = TextFold.fold(value, variants: variants)
            tally.add(written: value, folded: folded)
            if folded == 0x2D { hyphens = true }
            let width: Int
            if folded == value {
                // A well-formed scalar that is not ASCII is two to four bytes long.
                output[written] = input[index]
                output[written &+ 1] = input[index &+ 1]
                if length > 2 { output[written &+ 2] = input[index &+ 2] }
                if length > 3 { output[written &+ 3] = input[index &+ 3] }
                width = length
            } else {
                width = UTF8Scalars.write(folded, to: output + written)
            }
            index &+= length
            written &+= width
            if width != length { changes.add(folded: written, source: index) }
        }
        return (written, hyphens)
    }

    /// A hyphen between two ASCII letters becomes a space. Eight bytes without a hyphen are passed at once.
    private static func joinHyphenatedWords(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        guard bytes.count > 2 else { return }
        let last = bytes.count - 1
        var index = 1
        while index < last {
            if index + 8 <= bytes.count {
                // Zero where a byte is a hyphen; the high bit of a byte of `hyphens` is set only if some is.
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    ^ 0x2D2D_2D2D_2D2D_2D2D
                let hyphens = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if hyphens == 0 {
                    index += 8
                    continue
                }
            }
            if bytes[index] == 0x2D, bytes[index - 1] &- 0x61 < 26, bytes[index + 1] &- 0x61 < 26 {
                bytes[index] = 0x20
            }
            index += 1
        }
    }
}

/// Where a fold's scalars changed length (`FoldedText.lengthChanges`): pairs of offsets written into room on the
/// stack, moved into an array a roomful at a time, so a pair costs two stores, not two appends with a uniqueness
/// and a capacity check each.
struct LengthChanges {
    /// The `Int32`s the room holds: 64 pairs.
    static var roomValues: Int { 128 }

    private let room: UnsafeMutableBufferPointer<Int32>
    private var filled = 0
    private var spilled: [Int32] = []

    /// No pairs yet; `room` holds at least `LengthChanges.roomValues` values.
    init(room: UnsafeMutableBufferPointer<Int32>) {
        precondition(room.count >= Self.roomValues, "a room too small for the length changes")
        self.room = room
    }

    /// The folded offset and the source offset after a scalar whose length changed (each below `Int32.max`).
    @inline(__always)
    mutating func add(folded: Int, source: Int) {
        if filled == Self.roomValues { spill() }
        room[filled] = Int32(folded)
        room[filled &+ 1] = Int32(source)
        filled &+= 2
    }

    /// Moves the room's pairs to the array.
    private mutating func spill() {
        spilled.append(contentsOf: room[..<filled])
        filled = 0
    }

    /// Every pair, in order.
    mutating func all() -> [Int32] {
        guard !spilled.isEmpty else { return filled == 0 ? [] : Array(room[..<filled]) }
        spill()
        return spilled
    }
}

/// What a fold gives each scalar to as it goes (the same walk as `FoldedText.forEachScalarAsWritten`), so a fact
/// of the scalars costs no second walk.
protocol ScalarTally {
    /// An ASCII scalar, folded and as written (an ASCII scalar folds to one ASCII byte).
    mutating func add(ascii folded: UInt8, written: UInt8)
    /// Eight ASCII scalars, folded and as written, the first in the low byte.
    mutating func add(asciiWord folded: UInt64, written: UInt64)
    /// Any other scalar, as written and folded.
    mutating func add(written: UInt32, folded: UInt32)
    /// A Chinese character of U+4E00–U+9FFF that folds to itself: `add(written: value, folded: value)`, with
    /// nothing to ask of the value.
    mutating func add(ideograph value: UInt32)
}

/// The tally of a plain fold: nothing.
struct NoScalarTally: ScalarTally {
    @inline(__always) mutating func add(ascii folded: UInt8, written: UInt8) {}
    @inline(__always) mutating func add(asciiWord folded: UInt64, written: UInt64) {}
    @inline(__always) mutating func add(written: UInt32, folded: UInt32) {}
    @inline(__always) mutating func add(ideograph value: UInt32) {}
}

/// The scalars whose written form passes `TextFold.isMeaningful` (letters are chosen as written: `×` folds to the
/// letter `x`, but as written it is a symbol): FNV-1a over their folded values, how many there are, and their
/// weighted count (a Chinese character, `TextFold.isCJK`, counts 2). An ASCII letter or digit folds to a letter or
/// digit, so ASCII is judged folded.
public struct MeaningfulScalars: ScalarTally, Sendable {
    /// The hash so far.
    public private(set) var hash: UInt64
    /// How many meaningful scalars.
    public private(set) var count = 0
    /// How many of them are Chinese characters.
    private var ideographs = 0

    /// The weighted count: a Chinese character 2, any other meaningful scalar 1.
    public var weightedCount: Int { count + ideographs }

    /// No scalar yet, the hash at `basis`.
    public init(hashFrom basis: UInt64) { hash = basis }

    @inline(__always)
    mutating func add(ascii folded: UInt8, written: UInt8) {
        guard folded | 0x20 &- 0x61 < 26 || folded &- 0x30 < 10 else { return }
        hash = (hash ^ UInt64(folded)) &* 0x100_0000_01B3
        count &+= 1
    }

    /// The letters and digits of the word found at once (`lettersAndDigits`), then hashed one by one in order.
    @inline(__always)
    mutating func add(asciiWord folded: UInt64, written: UInt64) {
        var meaningful = Self.lettersAndDigits(folded)
        while meaningful != 0 {
            // The lowest set bit is a byte's high bit, bit 7 or above.
            let byte = folded &>> UInt64(truncatingIfNeeded: meaningful.trailingZeroBitCount &- 7) & 0xFF
            hash = (hash ^ byte) &* 0x100_0000_01B3
            count &+= 1
            meaningful &= meaningful &- 1
        }
    }

    /// The high bit set in each byte of the folded ASCII `word` (no capitals, every high bit clear) that is a letter
    /// or a digit: a byte of seven bits plus `0x80 - low` reaches the high bit exactly when it is `low` or more, and
    /// no sum carries into the next byte.
    @inline(__always)
    static func lettersAndDigits(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let letters = (word &+ 0x1F &* ones) & ~(word &+ 0x05 &* ones)
        let digits = (word &+ 0x50 &* ones) & ~(word &+ 0x46 &* ones)
        return (letters | digits) & 0x8080_8080_8080_8080
    }

    @inline(__always)
    mutating func add(written: UInt32, folded: UInt32) {
        guard TextFold.isMeaningful(written) else { return }
        hash = (hash ^ UInt64(folded)) &* 0x100_0000_01B3
        count &+= 1
        if TextFold.isCJK(written) { ideographs &+= 1 }
    }

    /// Meaningful, and a Chinese character (`TextFold.isMeaningful`, `TextFold.isCJK`).
    @inline(__always)
    mutating func add(ideograph value: UInt32) {
        hash = (hash ^ UInt64(value)) &* 0x100_0000_01B3
        count &+= 1
        ideographs &+= 1
    }
}

/// Decoding and encoding one scalar of well-formed UTF-8.
public enum UTF8Scalars {
    /// The scalar starting at `index` of well-formed UTF-8 and its byte length.
    @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        let value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }

    /// The length of the scalar of well-formed UTF-8 whose lead byte is `lead`.
    @inline(__always)
    static func length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The length of the UTF-8 encoding of `value`.
    @inline(__always)
    static func width(of value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
    }

    /// The scalar starting at `index` of bytes that may be malformed, and its length; U+FFFD (length 1) for a
    /// malformed one.
    static func decodeChecked(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return Unicode.Scalar(value) == nil ? (0xFFFD, 1) : (value, length)
    }

    /// Writes the UTF-8 encoding of `value` at `pointer`; returns its length.
    @inline(__always)
    static func write(_ value: UInt32, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
        if value < 0x80 {
            pointer[0] = UInt8(value)
            return 1
        } else if value < 0x800 {
            pointer[0] = UInt8(0xC0 | value >> 6)
            pointer[1] = UInt8(0x80 | value & 0x3F)
            return 2
        } else if value < 0x1_0000 {
            pointer[0] = UInt8(0xE0 | value >> 12)
            pointer[1] = UInt8(0x80 | value >> 6 & 0x3F)
            pointer[2] = UInt8(0x80 | value & 0x3F)
            return 3
        }
        pointer[0] = UInt8(0xF0 | value >> 18)
        pointer[1] = UInt8(0x80 | value >> 12 & 0x3F)
        pointer[2] = UInt8(0x80 | value >> 6 & 0x3F)
        pointer[3] = UInt8(0x80 | value & 0x3F)
        return 4
    }

    /// Appends the UTF-8 encoding of `value`.
    @inline(__always)
    public static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        if value < 0x80 {
            bytes.append(UInt8(value))
        } else if value < 0x800 {
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        } else if value < 0x1_0000 {
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        } else {
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// The UTF-8 bytes of `text` folded (`TextFold` scalar by scalar, hyphenated words joined): the key that list
    /// entries are compiled from.
    public static func folded(_ text: String) -> [UInt8] {
        FoldedText(text).bytes
    }
}

extension TextFold {
    /// `text` folded as `FoldedText` folds it, as a `String`: the key for exact look-ups in word sets.
    public static func key(_ text: String) -> String {
        String(decoding: FoldedText(text).bytes, as: UTF8.self)
    }
}
