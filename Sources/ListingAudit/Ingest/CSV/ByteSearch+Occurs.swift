extension ByteSearch {
    /// Whether `piece` occurs in `bytes`, byte for byte; an empty `piece` occurs nowhere (as Foundation's `contains`
    /// finds none). Positions whose first byte differs are passed over with one comparison. The one search of a run
    /// of bytes the byte readers share: a file's first bytes, a folded column name, a reason's spelling variants.
    static func occurs(_ piece: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = piece.first, piece.count <= bytes.count else { return false }
        for start in 0...(bytes.count - piece.count) where bytes[start] == first {
            var matched = 1
            while matched < piece.count, bytes[start + matched] == piece[matched] { matched += 1 }
            if matched == piece.count { return true }
        }
        return false
    }
}
