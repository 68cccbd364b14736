extension String {
    /// Whether `piece` occurs in the string, compared byte for byte in UTF-8: no locale and no Unicode equivalence,
    /// for exact spellings. Foundation's `contains` goes through `NSString` at thousands of instructions a call,
    /// which made compiling the reason lexicon cost over a billion instructions.
    func containsExactly(_ piece: String) -> Bool {
        firstByteOffset(of: piece, from: 0) != nil
    }

    /// The string with every occurrence of `piece` (found left to right, byte for byte) replaced by `replacement`.
    func replacingExactly(_ piece: String, with replacement: String) -> String {
        guard !piece.isEmpty, var found = firstByteOffset(of: piece, from: 0) else { return self }
        let bytes = Array(utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + replacement.utf8.count)
        var copied = 0
        while true {
            result += bytes[copied..<found]
            result += replacement.utf8
            copied = found + piece.utf8.count
            guard let next = firstByteOffset(of: piece, from: copied) else { break }
            found = next
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The byte offset of the first occurrence of `piece` at or after byte `start`.
    private func firstByteOffset(of piece: String, from start: Int) -> Int? {
        var text = self
        var piece = piece
        return text.withUTF8 { haystack in
            piece.withUTF8 { needle -> Int? in
                guard let first = needle.first else { return start }
                guard haystack.count >= needle.count else { return nil }
                var index = start
                while index + needle.count <= haystack.count {
                    if haystack[index] == first,
                        memcmpEqual(haystack.baseAddress! + index, needle.baseAddress!, needle.count)
                    {
                        return index
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    private func memcmpEqual(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for offset in 0..<count where left[offset] != right[offset] { return false }
        return true
    }
}
