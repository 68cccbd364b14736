extension ImageURL.GalleryReader {
    /// An address of a gallery read in full, its reading kept for the addresses after it (in this listing or the
    /// next) that have its bytes up to the slash ending its authority and differ from it after that only where both
    /// hold an ASCII digit: `…/p/17/0000001_0.jpg`, `…/p/17/0000001_1.jpg`, and the next product's
    /// `…/p/15/0000002_0.jpg`, as most exports number a product's pictures and folders. A path longer than
    /// `longest` is compared from the directory's end (its file name alone) instead, the folder then shared as a
    /// whole.
    ///
    /// No part of a reading but the picture's key tells a digit from another: the scan's marks look for slashes,
    /// `?`, `#`, unprintable bytes and letters; the size suffix for `.`, `_`, `-`, `@`, `x`, letters and whether a
    /// byte is a digit at all; the stand-in names and words for letters, `.` and `?`; the host's problem reads the
    /// authority alone, whose bytes are the model's. Such an address therefore reads as the model does, and only
    /// its key is made, from the model's key state where the compared bytes start (`pictureKey(of:)`).
    struct NameModel {
        /// The model address's scan (read by `GalleryReader.reading` alone); `nil` in the empty model.
        let scan: ImageURL.Scan?
        /// The model address's problem and stand-in flag (`Reading`), which a renumbered address shares.
        let problem: ImageURL.Problem?
        let isStandIn: Bool
        /// Where the compared bytes start (the slash that ends the authority, or the directory's end); the bytes
        /// before it must be those of the model (the reader's `previous` holds them).
        let start: Int
        /// The model's length; -1, which no address has, in the empty model.
        let count: Int
        /// The picture's key with the model's bytes from its scheme to `start` added.
        private let hash: ImagePicture.KeyHash
        /// The model's bytes from `start`, eight to a word, first byte lowest: a last word of fewer is the eight
        /// bytes ending the address shifted down, its unused bytes zero.
        private let words: InlineArray<4, UInt64>
        /// The parts of the model the picture keeps from `start` on: up to `headEnd`, then `tail` (the scan's).
        private let headEnd: Int
        private let tail: Range<Int>
        /// Whether the picture keeps every compared byte (no size suffix cut, no query): the key is then made from
        /// the words as the digit test loads them, in the same pass.
        private let keepsComparedBytes: Bool

        /// The most bytes compared: four words.
        private static let longest = 32

        /// The model of the address `bytes` read as `reading`, its directory `directory`; `nil` when both its path
        /// and its file name are longer than `longest`.
        init?(_ reading: Reading, _ bytes: UnsafeBufferPointer<UInt8>, in directory: ImageURL.Scan.Directory) {
            let count = bytes.count
            guard count > directory.end, count >= 8, let base = bytes.baseAddress else { return nil }
            let start: Int
            var hash: ImagePicture.KeyHash
            if count - directory.authorityEnd <= Self.longest {
                (start, hash) = (directory.authorityEnd, ImagePicture.KeyHash())
                hash.add(bytes, directory.scheme..<start)
            } else if count - directory.end <= Self.longest {
                (start, hash) = (directory.end, directory.hash)
            } else {
                return nil
            }
            var words = InlineArray<4, UInt64>(repeating: 0)
            var (word, index) = (0, start)
            while index < count {
                words[word] = Self.word(base, at: index, count: count)
                (word, index) = (word + 1, index + 8)
            }
            let scan = reading.scan
            (self.scan, problem, isStandIn) = (scan, reading.problem, reading.isStandIn)
            (self.start, self.count, self.hash, self.words) = (start, count, hash, words)
            (headEnd, tail) = (scan.head.upperBound, scan.tail)
            keepsComparedBytes = scan.head.upperBound == scan.tail.lowerBound && scan.tail.upperBound == count
        }

        /// The empty model, which no address matches (`count` is -1).
        init() {
            (scan, problem, isStandIn, start, count) = (nil, nil, false, 0, -1)
            (hash, words) = (ImagePicture.KeyHash(), InlineArray(repeating: 0))
            (headEnd, tail, keepsComparedBytes) = (0, 0..<0, false)
        }

        /// The picture key of the address `bytes`, whose bytes before `start` are the model's, when its bytes from
        /// there differ from the model's only in digits; `nil` otherwise. When the picture keeps every compared byte
        /// (`keepsComparedBytes`), each word is added to the key as the digit test loads it; otherwise the kept parts
        /// are added after the test. `mutating`, though it changes nothing (as the reader's `renumberedKey`), so that
        /// the reader's call reads the model where the reader holds it: with both non-mutating, the model was copied
        /// (193 bytes) for each address.
        mutating func pictureKey(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
            guard bytes.count == count, let base = bytes.baseAddress else { return nil }
            var hash = self.hash
            var (word, index) = (0, start)
            // Wrapping arithmetic: `start` and `count` were checked when the model was made (at most four words from
            // `start`, `count` at least eight), and an address of another length was turned away above.
            while index < count {
                let left = count &- index
                let loaded = Self.word(base, at: index, count: count)
                guard Self.differInDigitsOnly(words[word], loaded) else { return nil }
                // The word `KeyHash.add` takes for these bytes: the last few shifted down from the eight ending them.
                if keepsComparedBytes { hash.add(word: loaded, count: left < 8 ? left : 8) }
                (word, index) = (word &+ 1, index &+ 8)
            }
            guard !keepsComparedBytes else { return hash.key }
            // The key's bytes are those of the model's kept parts, from `start` on.
            if headEnd == tail.lowerBound {
                hash.add(bytes, start..<tail.upperBound)
            } else {
                hash.add(bytes, start..<headEnd)
                hash.add(bytes, tail)
            }
            return hash.key
        }

        /// The eight bytes from `index` of the `count` at `base` (at least eight), or the few left there, shifted
        /// down from the eight that end them.
        @inline(__always)
        private static func word(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> UInt64 {
            let left = count &- index
            let start = left < 8 ? count &- 8 : index
            let load = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            return load &>> UInt64(truncatingIfNeeded: (index &- start) &<< 3)
        }

        /// Whether every byte in which `model` and `other` differ is an ASCII digit in both.
        @inline(__always)
        static func differInDigitsOnly(_ model: UInt64, _ other: UInt64) -> Bool {
            let difference = model ^ other
            guard difference != 0 else { return true }
            let differing = ~ByteSearch.exactZeroBytes(difference) & 0x8080_8080_8080_8080
            return differing & ~(digits(model) & digits(other)) == 0
        }

        /// The high bit set in each byte of `word` that is an ASCII digit: its low seven bits from `0` (0x30) up
        /// and below `:` (0x3A), its high bit clear; no sum carries out of its byte.
        @inline(__always)
        static func digits(_ word: UInt64) -> UInt64 {
            let seven = word & 0x7F7F_7F7F_7F7F_7F7F
            let ones: UInt64 = 0x0101_0101_0101_0101
            return (seven &+ 0x50 &* ones) & ~(seven &+ 0x46 &* ones) & ~word & 0x8080_8080_8080_8080
        }
    }
}
