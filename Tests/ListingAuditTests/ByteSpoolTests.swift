import Testing
@testable import ListingAudit

@Suite struct ByteSpoolTests {
    /// Frames of varied sizes: frame `n` holds the string "frame n" then `n` bytes of value `n`.
    private func frame(_ number: Int) -> (header: [UInt8], payload: [UInt8]) {
        var header = ByteWriter()
        header.write("frame \(number)")
        return (header.bytes, [UInt8](repeating: UInt8(number % 256), count: number * 37 % 1000))
    }

    private func frames(of spool: ByteSpool) -> [String] {
        var read: [String] = []
        spool.forEachFrame { reader in
            let name = (try? reader.readString()) ?? "damaged"
            let rest = reader.remainder
            read.append("\(name):\(rest.count):\(rest.allSatisfy { $0 == rest.first })")
        }
        return read
    }

    private func expected(_ numbers: Range<Int>) -> [String] {
        numbers.map { "frame \($0):\($0 * 37 % 1000):true" }
    }

    @Test func framesComeBackInOrderAcrossManyBackgroundSpills() {
        let spool = ByteSpool(memoryLimit: 4096)
        for number in 0..<500 {
            let (header, payload) = frame(number)
            spool.append(frame: header, payload)
        }
        #expect(frames(of: spool) == expected(0..<500))
    }

    @Test func aSpillingSpoolHoldsBuffersOfItsLimitNotTwiceIt() {
        let limit = 4096
        let spool = ByteSpool(memoryLimit: limit)
        var largest = 0
        for number in 0..<300 {
            let (header, payload) = frame(number)
            spool.append(frame: header, payload)
            largest = max(largest, spool.bufferCapacity)
        }
        // An array grown by appending doubles: a buffer spilled at its limit would have room for twice the limit.
        #expect(largest >= limit)
        #expect(largest < limit * 3 / 2)
        #expect(frames(of: spool) == expected(0..<300))
    }

    @Test func truncatingToAMarkDropsLaterFramesWhetherSpilledOrInMemory() {
        for cut in [3, 120, 199] {
            let spool = ByteSpool(memoryLimit: 4096)
            var mark = 0
            for number in 0..<200 {
                if number == cut { mark = spool.mark }
                let (header, payload) = frame(number)
                spool.append(frame: header, payload)
            }
            spool.truncate(to: mark)
            for number in cut..<(cut + 5) {
                let (header, payload) = frame(number)
                spool.append(frame: header, payload)
            }
            #expect(frames(of: spool) == expected(0..<(cut + 5)), "cut at \(cut)")
        }
    }
}

@Suite struct ByteWriterInternTests {
    @Test func repeatedTextsAreWrittenOnceAndReadBackInOrder() throws {
        let texts = ["描述为空", "Description is empty", "描述为空", "x", "Description is empty", "", "", "x"]
        var writer = ByteWriter()
        for text in texts {
            writer.writeInterned(text, base: 1)
            writer.write(7)
        }
        var reader = ByteReader(writer.bytes[...])
        var read: [String] = []
        while !reader.isAtEnd {
            let mark = try reader.readInt()
            read.append(String(decoding: writer.bytes[try reader.interned(mark: mark, base: 1).range], as: UTF8.self))
            #expect(try reader.readInt() == 7)
        }
        #expect(read == texts)
        var plain = ByteWriter()
        for text in texts { plain.write(text) }
        let distinct = "描述为空Description is emptyx".utf8.count
        #expect(writer.bytes.count < plain.bytes.count)
        #expect(writer.bytes.count == distinct + 4 + texts.count * 2)
    }

    /// Hundreds of texts (short, long enough for a two-byte length, near-identical, canonically equivalent but not
    /// byte-identical) in random order: each distinct byte sequence is written in full once, every repeat as its
    /// number, and all read back as written.
    @Test func manyTextsRoundTripAndRepeatsCostANumber() throws {
        var generator = SeededGenerator(seed: 12031)
        var pool = (0..<300).map { "message \($0) " + String(repeating: "长", count: $0 % 50) }
        pool += ["é", "e\u{301}", "", String(repeating: "a", count: 200), String(repeating: "a", count: 201)]
        let texts = (0..<3000).map { _ in pool.randomElement(using: &generator)! }
        var writer = ByteWriter()
        // What each text costs: in full (a 0, its length, its bytes) the first time, then its number plus one.
        var numbers: [[UInt8]: Int] = [:]
        var expected = ByteWriter()
        for text in texts {
            writer.writeInterned(text, base: 1)
            if let number = numbers[Array(text.utf8)] {
                expected.write(number + 1)
            } else {
                numbers[Array(text.utf8)] = numbers.count
                expected.write(0)
                expected.write(text)
            }
        }
        #expect(writer.bytes == expected.bytes)
        var reader = ByteReader(writer.bytes[...])
        var read: [String] = []
        while !reader.isAtEnd {
            let mark = try reader.readInt()
            read.append(String(decoding: writer.bytes[try reader.interned(mark: mark, base: 1).range], as: UTF8.self))
        }
        #expect(read.map { Array($0.utf8) } == texts.map { Array($0.utf8) })
    }

    /// Texts looked up by a hash their writer had (as a shared description's key): one hash given for different
    /// texts never makes one stand for another, the same text under the same hash is written once, and the same
    /// text under another hash (or none) is written again; every one reads back as written.
    @Test func textsLookedUpByAGivenHashAreFoundByTheirBytes() throws {
        let writes: [(text: String, hash: UInt64?)] = [
            ("共用的描述，适合所有款式", 42), ("A different description entirely", 42), ("共用的描述，适合所有款式", 42),
            ("共用的描述，适合所有款式", 7), ("共用的描述，适合所有款式", nil), ("A different description entirely", 42),
            ("", 42), ("", 42),
        ]
        var writer = ByteWriter()
        for (text, hash) in writes { writer.writeInterned(text, base: 1, hash: hash) }
        var reader = ByteReader(writer.bytes[...])
        var marks: [Int] = []
        var read: [String] = []
        while !reader.isAtEnd {
            let mark = try reader.readInt()
            marks.append(mark)
            read.append(String(decoding: writer.bytes[try reader.interned(mark: mark, base: 1).range], as: UTF8.self))
        }
        #expect(read == writes.map(\.text))
        // New texts (0) and repeats (their number plus one): the two texts new under hash 42, the first again (1),
        // then new again under hash 7 and with no hash, the second again (2), the empty text new, then again (5).
        #expect(marks == [0, 0, 1, 0, 0, 2, 0, 5])
    }
}
