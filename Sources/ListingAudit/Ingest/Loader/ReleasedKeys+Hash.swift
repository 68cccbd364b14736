extension ReleasedKeys {
    /// A hash of `key` that every key equal to it as a `String` shares, cheaper than `String.hashValue` for the keys
    /// exports use (ASCII): `String` equality is canonical equivalence, so a hash of the bytes alone would tell apart
    /// equal keys written differently. Three kinds of key:
    /// - ASCII: a hash of its bytes (`asciiHash`);
    /// - ASCII but for the three scalars whose canonical decomposition is one ASCII scalar (U+037E `;`, U+1FEF `` ` ``,
    ///   U+212A Kelvin sign `K`): each taken as that ASCII scalar, then hashed as ASCII. These keys are the only
    ///   non-ASCII ones equal to an ASCII key: an equal key has the same canonical decomposition, an ASCII key's is
    ///   itself, and every other scalar's decomposes to a combining mark or to a scalar outside ASCII (checked over all
    ///   scalars with this toolchain's tables, `ReleasedKeysTests`);
    /// - any other: `String.hashValue`, which equal keys share; none of them equals a key of the first two kinds.
    /// Two keys of different kinds may share a hash by chance, which `contains` may answer `true` for, as it may for
    /// any two keys whose hashes collide: the loader then reads the file again with a key index.
    static func hash(of key: String) -> Int {
        var key = key
        if let hash = key.withUTF8({ asciiHash($0) }) { return hash }
        var mapped: [UInt8] = []
        for scalar in key.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: mapped.append(UInt8(scalar.value))
            case 0x037E: mapped.append(UInt8(ascii: ";"))
            case 0x1FEF: mapped.append(UInt8(ascii: "`"))
            case 0x212A: mapped.append(UInt8(ascii: "K"))
            default: return key.hashValue
            }
        }
        return mapped.withUnsafeBufferPointer { asciiHash($0)! }
    }

    /// A hash of `bytes` read eight at a time, seeded once a process, or `nil` when a byte is not ASCII.
    private static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var hash = seed ^ UInt64(bytes.count)
        var high: UInt64 = 0
        var offset = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            high |= word
            hash = mix(hash, word)
            offset += 8
        }
        if offset < bytes.count {
            var word: UInt64 = 0
            for index in offset..<bytes.count { word |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
            high |= word
            hash = mix(hash, word)
        }
        guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
        return Int(bitPattern: UInt(truncatingIfNeeded: hash ^ hash >> 32))
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return product ^ product >> 29
    }

    /// Chosen once a process, so that which keys share a hash cannot be planned in a file.
    private static let seed = UInt64.random(in: .min ... .max)
}
