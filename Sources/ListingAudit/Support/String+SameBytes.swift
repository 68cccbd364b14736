import Foundation

extension String {
    /// Whether this text and `other` are written with the same UTF-8 bytes (then they are equal as `String`s; texts
    /// written with different bytes may be equal too): their lengths first, then their bytes, never `String`
    /// comparison (which normalises non-ASCII text). Read in place where the strings hold their bytes (`withUTF8`
    /// needs a copy of each to mutate: both retained and released per comparison); byte by byte otherwise.
    func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        let inPlace = utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in
                guard let start = left.baseAddress, let otherStart = right.baseAddress else { return true }
                return memcmp(start, otherStart, left.count) == 0
            }
        }
        return (inPlace ?? nil) ?? utf8.elementsEqual(other.utf8)
    }
}
