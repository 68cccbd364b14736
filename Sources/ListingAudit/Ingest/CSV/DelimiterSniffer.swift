/// Picks the delimiter from the first line: the candidate (tab, comma, semicolon, pipe) seen most outside quotes.
enum DelimiterSniffer {
    static let candidates: [UInt8] = [0x09, 0x2C, 0x3B, 0x7C]

    static func detect(_ prefix: [UInt8]) -> UInt8 {
        var counts = [UInt8: Int]()
        var inQuotes = false
        for byte in prefix {
            if byte == 0x22 { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == 0x0A || byte == 0x0D { break }
            if candidates.contains(byte) { counts[byte, default: 0] += 1 }
        }
        return candidates.max { counts[$0, default: 0] < counts[$1, default: 0] }.flatMap {
            counts[$0, default: 0] > 0 ? $0 : nil
        } ?? 0x2C
    }
}
