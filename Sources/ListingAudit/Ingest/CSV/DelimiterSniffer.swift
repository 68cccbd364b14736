/// Picks the delimiter (tab, comma, semicolon or pipe) from the first records of a file: each candidate splits
/// the first up to 20 records (quote-aware, so delimiters inside quoted fields do not count). A candidate that
/// splits the first record (the header) into its most frequent field count wins over one that does not, so ragged
/// data rows cannot hand the file to a delimiter the header does not use; then the most consistent field count
/// wins, ties broken by the larger field count, then by the order above. A candidate that never splits a record is
/// out; with no candidate left the answer is comma.
enum DelimiterSniffer {
    static let candidates: [UInt8] = [0x09, 0x2C, 0x3B, 0x7C]
    static let sampleRecords = 20

    /// - Parameters:
    ///   - prefix: the first bytes of the file, as UTF-8.
    ///   - isWholeInput: whether `prefix` is the whole file (otherwise its last record may be cut off).
    static func detect(_ prefix: [UInt8], isWholeInput: Bool = false) -> UInt8 {
        var best: (delimiter: UInt8, header: Int, consistency: Int, fields: Int)?
        for candidate in candidates {
            let counts = fieldCounts(prefix, delimiter: candidate, isWholeInput: isWholeInput)
            guard let (fields, matching) = mode(counts), fields > 1 else { continue }
            let header = counts.first == fields ? 1 : 0
            // Consistency in tenths, so one ragged row does not outweigh a clearly wider split.
            let consistency = matching * 10 / counts.count
            if let current = best,
                (header, consistency, fields) <= (current.header, current.consistency, current.fields)
            {
                continue
            }
            best = (candidate, header, consistency, fields)
        }
        return best?.delimiter ?? 0x2C
    }

    /// Field counts of the first records of `prefix` split by `delimiter`.
    private static func fieldCounts(_ prefix: [UInt8], delimiter: UInt8, isWholeInput: Bool) -> [Int] {
        let reader = CSVReader(
            source: MemoryByteSource(prefix), dialect: CSVDialect(delimiter: delimiter), isWholeInput: isWholeInput)
        var counts: [Int] = []
        var cutOff = false
        do {
            while counts.count < sampleRecords + 1, let record = try reader.next() {
                counts.append(record.count)
                cutOff = record.issues.contains { $0.kind == .unterminatedQuote }
            }
        } catch {
            return counts
        }
        // The last record may be cut off by the end of the prefix, unless the prefix is all there is.
        if counts.count > sampleRecords || !isWholeInput && counts.count > 1 || cutOff && counts.count > 1 {
            counts.removeLast()
        }
        return counts
    }

    /// The most frequent count and how often it occurs.
    private static func mode(_ counts: [Int]) -> (value: Int, frequency: Int)? {
        var frequencies: [Int: Int] = [:]
        for count in counts { frequencies[count, default: 0] += 1 }
        return frequencies.max { ($0.value, $0.key) < ($1.value, $1.key) }.map { ($0.key, $0.value) }
    }
}
