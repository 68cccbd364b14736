/// Every short byte string a word-at-a-time search must agree with its byte-at-a-time meaning on: each length from
/// 1 to 19 (two full words and a tail), each filler, each byte value at each position, and a second notable byte
/// `gap` bytes further on (where it fits) that must not hide or move the first.
enum BytePlacements {
    /// Calls `body` with each byte string and the position of the byte value placed in it.
    static func forEach(
        fillers: [UInt8], second: UInt8, gap: Int, _ body: (_ bytes: [UInt8], _ position: Int) -> Void
    ) {
        for filler in fillers {
            for length in 1...19 {
                for position in 0..<length {
                    for value in 0...255 {
                        var bytes = [UInt8](repeating: filler, count: length)
                        bytes[position] = UInt8(value)
                        if position + gap < length { bytes[position + gap] = second }
                        body(bytes, position)
                    }
                }
            }
        }
    }
}
