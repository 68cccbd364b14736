import Testing
@testable import ListingAudit

/// The reader's byte passes that take shortcuts — the chunk's UTF-8 check (ASCII sixteen bytes a step, common
/// three-byte scalars two at a time from a word) and the already-plain test of a description (a word without bytes
/// below 0x21, `<` or `&` passed at once) — held to a plain reading of the same rules, wherever the bytes that matter
/// fall against the words and blocks they are read in.
@Suite struct ReadingPassTests {
    /// Unicode table 3-7 read byte by byte: the offset of the first byte that starts no well-formed sequence, or
    /// `nil`; with `allowTruncatedEnd`, a sequence whose bytes are right so far but cut off by the end is valid.
    private static func firstInvalidByTheTable(_ bytes: [UInt8], allowTruncatedEnd: Bool) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            guard lead >= 0x80 else {
                index += 1
                continue
            }
            let (length, low, high): (Int, UInt8, UInt8)
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return index
            }
            for step in 1..<length {
                guard index + step < bytes.count else { return allowTruncatedEnd ? nil : index }
                let byte = bytes[index + step]
                if step == 1 ? !(low...high).contains(byte) : byte & 0xC0 != 0x80 { return index }
            }
            index += length
        }
        return nil
    }

    private static func expectSameValidation(_ bytes: [UInt8], _ note: @autoclosure () -> String = "") {
        for allowTruncatedEnd in [false, true] {
            let fast = bytes.withUnsafeBufferPointer {
                UTF8Validation.firstInvalidOffset($0, allowTruncatedEnd: allowTruncatedEnd)
            }
            let table = firstInvalidByTheTable(bytes, allowTruncatedEnd: allowTruncatedEnd)
            #expect(fast == table, "\(note()) truncated end \(allowTruncatedEnd): \(bytes)")
        }
    }

    /// ASCII runs of every length around the word and the sixteen-byte step, and every kind of scalar: the
    /// common three-byte ones read in pairs (CJK, full-width punctuation, private use, U+FFFD) and those that are not
    /// (leads E0 and ED, whose second byte is bounded), two- and four-byte ones.
    private static let validPieces: [[UInt8]] = {
        let texts = [
            "中", "文", "面料采用棉", "，", "。", "\u{E000}", "\u{FFFD}", "\u{1000}", "\u{0800}", "\u{0FFF}",
            "\u{D000}", "\u{D7FF}", "é", "ß", "😀", "\u{10FFFF}", "\u{10000}", "\u{7F}",
        ]
        let ascii = [0, 1, 2, 5, 7, 8, 9, 15, 16, 17, 23, 24, 31, 32, 33, 47].map { length in
            String((0..<length).map { Character(UnicodeScalar(UInt8(0x61 + $0 % 26))) })
        }
        return (texts + ascii).map { Array($0.utf8) }
    }()

    /// Bytes put in place of a valid one: stray continuations at both ends of the range, leads of every length
    /// and their bounded ones, bytes no UTF-8 has, and ASCII.
    private static let damage: [UInt8] = [0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE4, 0xED,
                                          0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x41, 0x00]

    @Test func theChunkCheckAgreesWithTheTableWithDamageAtEveryByte() {
        var random = SeededGenerator(seed: 0x5EED_41C1)
        for round in 0..<160 {
            let text = (0..<1 + random.below(5)).flatMap { _ in
                Self.validPieces[random.below(Self.validPieces.count)]
            }
            Self.expectSameValidation(text, "round \(round) whole")
            for end in 0..<text.count {
                Self.expectSameValidation(Array(text[..<end]), "round \(round) cut at \(end)")
            }
            for position in text.indices {
                for byte in Self.damage {
                    var damaged = text
                    damaged[position] = byte
                    Self.expectSameValidation(damaged, "round \(round) byte \(byte) at \(position)")
                }
            }
        }
    }

    /// Three-byte scalars of every lead, with second bytes at the ends of each lead's range and beyond, in runs
    /// after ASCII of every length up to seventeen bytes, so each pair the word test reads starts at every offset of
    /// a word and lies across the end of the text too.
    @Test func threeByteScalarsOfEveryLeadAtEveryOffset() {
        var scalars: [[UInt8]] = []
        for lead in UInt8(0xE0)...0xEF {
            for second: UInt8 in [0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0] {
                for third: UInt8 in [0x80, 0xBF, 0x41] { scalars.append([lead, second, third]) }
            }
        }
        let common = Array("中".utf8)
        for prefix in 0...17 {
            let ascii = [UInt8](repeating: 0x61, count: prefix)
            for scalar in scalars {
                for run in [[scalar], [scalar, common], [common, scalar], [common, scalar, common, common],
                            [common, common, common, scalar]] {
                    let text = ascii + run.flatMap { $0 }
                    Self.expectSameValidation(text)
                    Self.expectSameValidation(text + [0x62])
                    Self.expectSameValidation(Array(text.dropLast()))
                }
            }
        }
    }

    /// Rows as a shop exports them (a byte-order mark, CRLF and LF, quoted cells with delimiters, doubled quotes and
    /// line breaks, HTML with entities, Chinese and long cells) with one damaged byte (an invalid one, a NUL, a quote
    /// or a line end) at a random place, read in chunks of many sizes: the same records as in one chunk, every field
    /// valid UTF-8.
    @Test func damagedRowsAreReadTheSameInChunksOfEverySize() throws {
        let cells = [
            "LST001", "\"针织开衫, 包邮\"", "\"say \"\"hi\"\"\"", "<p>棉 &amp; 麻</p>", "\"two\r\nlines\"", "面料采用35%棉",
            String(repeating: "透气舒适 comfortable ", count: 30),
            "https://img.example/p/1.jpg|https://img.example/p/2.jpg",
            "", "481.13",
        ]
        var random = SeededGenerator(seed: 0xC5B_41C2)
        for round in 0..<150 {
            var text = "\u{FEFF}id,title,description\r\n"
            for _ in 0..<1 + random.below(6) {
                text += (0..<3).map { _ in cells[random.below(cells.count)] }.joined(separator: ",")
                text += random.below(2) == 0 ? "\r\n" : "\n"
            }
            var bytes = Array(text.utf8)
            let damaged: [UInt8] = [0xFF, 0x80, 0xE4, 0xED, 0x00, 0x22, 0x0D, 0x0A]
            bytes[3 + random.below(bytes.count - 3)] = damaged[random.below(damaged.count)]
            let whole = try Self.records(bytes, chunkSize: 1 << 20)
            for chunkSize in [1, 2, 3, 5, 8, 13, 16, 17, 31, 64, 257] {
                #expect(try Self.records(bytes, chunkSize: chunkSize) == whole, "round \(round) chunk \(chunkSize)")
            }
        }
    }

    private struct Row: Equatable {
        var line: Int
        var fields: [[UInt8]]
        var issues: [CSVIssue]
    }

    private static func records(_ bytes: [UInt8], chunkSize: Int) throws -> [Row] {
        let reader = CSVReader(source: MemoryByteSource(bytes), chunkSize: chunkSize)
        var rows: [Row] = []
        while let record = try reader.next() {
            let fields = (0..<record.count).map { field in record.withUTF8(field) { Array($0) } }
            for field in fields { #expect(String(validating: field, as: UTF8.self) != nil, "\(bytes)") }
            rows.append(Row(line: record.line, fields: fields, issues: record.issues))
        }
        return rows
    }

    /// The already-plain test's words: texts of the bytes it looks for (white space the renderer collapses, `<`,
    /// `&`, controls it keeps, a space after another, a line feed after a space) placed at every offset of a word
    /// and of a block, among letters and Chinese; the shortcut's answer is the renderer's (a plain text comes back
    /// as it is, whatever follows it in another tag).
    @Test func theAlreadyPlainTestFindsEveryByteThatMattersAtEveryOffset() {
        let marks = ["\t", "\r", "\u{C}", "\u{1}", "\u{B}", "\u{1F}", " ", "  ", "\n", " \n", "\n\n", "<", "&", "&amp;",
                     "!", " !", "\u{A0}"]
        for filler in ["abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "面料采用棉透气舒适亲肤不闷热质量很好"] {
            let letters = Array(filler)
            for mark in marks {
                for offset in 1..<min(letters.count - 1, 34) {
                    let text = String(letters[..<offset]) + mark + String(letters[offset...])
                    let rendered = HTMLText.plainText(text + "<b></b>")
                    #expect(HTMLText.plainText(text) == rendered, "\(text.debugDescription)")
                }
            }
        }
    }
}
