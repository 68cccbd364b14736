/// The addresses read so far from one list cell of ASCII text, each by a 64-bit key of its bytes, so that a gallery
/// filled from that cell alone takes each new address with no string comparison (`TabularAdapter.addImages`).
///
/// Two ASCII texts are equal exactly when their bytes are (canonical equivalence joins no two ASCII texts), so an
/// address whose key (`ByteWriter.byteHash`) no earlier address of the cell has is none of them; one whose key an earlier one has may be,
/// and is searched for as any other (`Listing.addImage`). The keys sit in storage the caller lends, one per item the
/// cell can hold at most.
struct CellAddressKeys {
    private let keys: UnsafeMutableBufferPointer<UInt64>
    private var count = 0

    init(storage: UnsafeMutableBufferPointer<UInt64>) { keys = storage }

    /// Takes in `address`, the bytes of an item of the cell: whether it is sure to differ from every earlier one
    /// (`false` when an earlier one has its key, or the storage is full).
    mutating func isNew(_ address: ArraySlice<UInt8>) -> Bool {
        guard count < keys.count else { return false }
        let key = address.withUnsafeBufferPointer(ByteWriter.byteHash)
        var index = 0
        while index < count, keys[index] != key { index += 1 }
        guard index == count else { return false }
        keys[count] = key
        count += 1
        return true
    }
}
