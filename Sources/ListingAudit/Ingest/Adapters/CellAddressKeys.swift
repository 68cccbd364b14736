/// The addresses read so far from one list cell of ASCII text, each by its picture's key
/// (`ImageURL.AddressReading.pictureKey`), so that a gallery filled from that cell alone takes each new address with
/// no string comparison (`TabularAdapter.addImages`).
///
/// An address's picture is made of its bytes alone, so equal addresses have equal keys; and two ASCII texts are equal
/// exactly when their bytes are (canonical equivalence joins no two ASCII texts). So an address whose key no earlier
/// address of the cell has is none of them; one whose key an earlier one has (the same address, or one with the same
/// picture: another size or query) may be, and is searched for as any other (`Listing.addImage`). The keys sit in
/// storage the caller lends, one per item the cell can hold at most.
struct CellAddressKeys {
    private let keys: UnsafeMutableBufferPointer<UInt64>
    private var count = 0

    init(storage: UnsafeMutableBufferPointer<UInt64>) { keys = storage }

    /// Takes in `key`, the picture key of an item of the cell: whether the item is sure to differ from every earlier
    /// one (`false` when an earlier one has its key, or the storage is full).
    mutating func isNew(_ key: UInt64) -> Bool {
        guard count < keys.count else { return false }
        var index = 0
        while index < count, keys[index] != key { index += 1 }
        guard index == count else { return false }
        keys[count] = key
        count += 1
        return true
    }
}
