/// The addresses read so far from one list cell of ASCII text, each by a 64-bit key of its bytes, so that a gallery
/// filled from that cell alone takes each new address with no string comparison (`TabularAdapter.addImages`).
///
/// Two ASCII texts are equal exactly when their bytes are (canonical equivalence joins no two ASCII texts), so an
/// address whose key (`key(of:)`) no earlier address of the cell has is none of them; one whose key an earlier one has
/// may be, and is searched for as any other (`Listing.addImage`). The keys sit in storage the caller lends, one per
/// item the cell can hold at most.
struct CellAddressKeys {
    private let keys: UnsafeMutableBufferPointer<UInt64>
    private var count = 0

    init(storage: UnsafeMutableBufferPointer<UInt64>) { keys = storage }

    /// Takes in `address`, the bytes of an item of the cell: whether it is sure to differ from every earlier one
    /// (`false` when an earlier one has its key, or the storage is full).
    mutating func isNew(_ address: ArraySlice<UInt8>) -> Bool {
        guard count < keys.count else { return false }
        let key = address.withUnsafeBufferPointer(Self.key(of:))
        var index = 0
        while index < count, keys[index] != key { index += 1 }
        guard index == count else { return false }
        keys[count] = key
        count += 1
        return true
    }

    /// A 64-bit key of `bytes` and their length, eight bytes at a time: an address of eight bytes or more has its last
    /// few bytes mixed in as the eight that end it (no byte-by-byte tail, as `ByteWriter.byteHash` has, which a
    /// shorter address takes). Equal bytes give equal keys, which is all `isNew` needs of them.
    static func key(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress, bytes.count >= 8 else { return ByteWriter.byteHash(bytes) }
        func load(_ offset: Int) -> UInt64 { UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bitPattern: Int64(bytes.count))
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash &>> 29
        }
        var index = 0
        while index &+ 8 <= bytes.count {
            mix(load(index))
            index &+= 8
        }
        if index < bytes.count { mix(load(bytes.count &- 8)) }
        return hash &* 0x9E37_79B9_7F4A_7C15
    }
}
