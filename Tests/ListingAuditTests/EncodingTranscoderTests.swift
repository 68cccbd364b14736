import Foundation
import Testing
@testable import ListingAudit

@Suite struct EncodingTranscoderTests {
    /// Drains `source` with reads of `maximum` bytes.
    private func drain(_ source: ByteSource, maximum: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        while try source.read(into: &out, maximum: maximum) > 0 {}
        return out
    }

    private let text = "sku\t名称\n1\t😀 emoji, 𠀀 ext-B\r\n2\tÅngström €\n"

    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test func utf16DecodesIdenticallyForEveryReadSize() throws {
        for bigEndian in [false, true] {
            let bytes = utf16(text, bigEndian: bigEndian)
            for maximum in 1...bytes.count + 2 {
                let source = UTF16ByteSource(base: MemoryByteSource(bytes), bigEndian: bigEndian)
                #expect(try drain(source, maximum: maximum) == Array(text.utf8), "read size \(maximum)")
            }
        }
    }

    @Test func utf16DamageBecomesMarkerBytes() throws {
        // lone low surrogate, high surrogate followed by a letter, odd trailing byte
        let bytes: [UInt8] = [0x00, 0xDC, 0x41, 0x00, 0x3D, 0xD8, 0x42, 0x00, 0x43]
        let out = try drain(UTF16ByteSource(base: MemoryByteSource(bytes), bigEndian: false), maximum: 3)
        #expect(out == [0xFF, 0x41, 0xFF, 0x42, 0xFF])
        let unpairedAtEnd: [UInt8] = [0x41, 0x00, 0x3D, 0xD8]
        #expect(try drain(UTF16ByteSource(base: MemoryByteSource(unpairedAtEnd), bigEndian: false), maximum: 2)
            == [0x41, 0xFF])
    }

    @Test func gb18030DecodesIdenticallyForEveryReadSize() throws {
        let bytes = try #require(text.data(using: GB18030ByteSource.encoding)).map { $0 }
        #expect(bytes != Array(text.utf8))
        for maximum in 1...bytes.count + 1 {
            let source = GB18030ByteSource(base: MemoryByteSource(bytes))
            #expect(try drain(source, maximum: maximum) == Array(text.utf8), "read size \(maximum)")
        }
    }

    @Test func gb18030BadBytesAreMarkedAndTheRestOfTheChunkSurvives() throws {
        let good = try #require("商品,羽绒服\n".data(using: GB18030ByteSource.encoding)).map { $0 }
        // 0xFF never starts a character; 0x81 followed by "," is a cut-off two-byte character.
        let bytes = good + [0xFF] + good + [0x81, 0x2C] + good + [0xC9]
        let out = try drain(GB18030ByteSource(base: MemoryByteSource(bytes)), maximum: 1 << 16)
        let goodUTF8 = Array("商品,羽绒服\n".utf8)
        #expect(out == goodUTF8 + [0xFF] + goodUTF8 + [0xFF, 0x2C] + goodUTF8 + [0xFF])
    }

    @Test func detectionPrefersByteOrderMarksThenNulPatternThenUTF8ThenGB18030() throws {
        func detect(_ bytes: [UInt8]) -> TextEncoding { EncodingDetector.detect(bytes, isWholeInput: true).encoding }
        #expect(EncodingDetector.detect([0xEF, 0xBB, 0xBF, 0x61], isWholeInput: true)
            == .init(encoding: .utf8, byteOrderMarkLength: 3))
        #expect(EncodingDetector.detect([0xFF, 0xFE, 0x61, 0x00], isWholeInput: true)
            == .init(encoding: .utf16LE, byteOrderMarkLength: 2))
        #expect(EncodingDetector.detect([0xFE, 0xFF, 0x00, 0x61], isWholeInput: true)
            == .init(encoding: .utf16BE, byteOrderMarkLength: 2))
        #expect(detect(utf16("名称\tid\n", bigEndian: false)) == .utf16LE)
        #expect(detect(utf16("名称\tid\n", bigEndian: true)) == .utf16BE)
        #expect(detect(Array("名称,id\n".utf8)) == .utf8)
        let gb = try #require("商品名称,价格\n羽绒服,399\n".data(using: GB18030ByteSource.encoding)).map { $0 }
        #expect(detect(gb) == .gb18030)
        #expect(detect(gb + [0xFF]) == .gb18030)
        #expect(detect(Array("plain ascii".utf8)) == .utf8)
    }

    @Test func utf8DetectionToleratesACharacterCutOffByThePrefixEnd() {
        let bytes = Array("名称,id\n中".utf8).dropLast()
        #expect(EncodingDetector.detect(Array(bytes), isWholeInput: false).encoding == .utf8)
    }

    @Test func utf8ValidationFollowsTheUnicodeTable() {
        func firstBad(_ bytes: [UInt8]) -> Int? {
            bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
        }
        #expect(firstBad(Array("aé中😀".utf8)) == nil)
        #expect(firstBad([0x61, 0xC0, 0x80]) == 1)  // overlong
        #expect(firstBad([0xED, 0xA0, 0x80]) == 0)  // surrogate
        #expect(firstBad([0xF4, 0x90, 0x80, 0x80]) == 0)  // above U+10FFFF
        #expect(firstBad([0x61, 0x62, 0xE4, 0xB8]) == 2)  // truncated
        #expect(firstBad([0xEF, 0xBF, 0xBD]) == nil)  // U+FFFD itself is valid
    }

    /// Mostly-valid text with random damage: the offset is where the standard library's decoder stops, i.e. the
    /// bytes before it are valid and no scalar starts there.
    @Test func utf8ValidationAgreesWithTheStandardLibraryOnRandomBytes() {
        let text = Array("商品 Women's 针织开衫, 包邮 é ü 😀 \u{10FFFF} \u{FFFD} ऄ".utf8)
        var random = SeededGenerator(seed: 11)
        for _ in 0..<20_000 {
            let start = Int(random.next() % UInt64(text.count))
            var bytes = Array(text[start...].prefix(Int(random.next() % 24)))
            for _ in 0..<Int(random.next() % 3) where !bytes.isEmpty {
                bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
            }
            expectValidationStopsWhereTheDecoderDoes(bytes)
        }
    }

    /// Long runs of three-byte scalars (read two at a time) with random damage anywhere in them: the offset is where
    /// the standard library's decoder stops, as above.
    @Test func runsOfChineseAreCheckedWhereverTheyAreDamaged() {
        let text = Array("面料采用棉透气舒适亲肤不闷热质量很好放心购买\u{E000}\u{FFFD}\u{D7FF}\u{1000}ab中文".utf8)
        var random = SeededGenerator(seed: 29)
        for _ in 0..<20_000 {
            let start = Int(random.next() % UInt64(text.count))
            var bytes = Array(text[start...].prefix(Int(random.next() % 64)))
            for _ in 0..<Int(random.next() % 2) where !bytes.isEmpty {
                let at = Int(random.next() % UInt64(bytes.count))
                bytes[at] = [0x80, 0xBF, 0xC0, 0xE4, 0xED, 0xEF, 0xF0, 0x41, 0xA0][Int(random.next() % 9)]
            }
            expectValidationStopsWhereTheDecoderDoes(bytes)
        }
    }

    /// `UTF8Validation.firstInvalidOffset` of `bytes` is where the standard library's decoder stops: nil when the
    /// decoder takes them all, otherwise an offset before which they decode and at which no scalar starts.
    private func expectValidationStopsWhereTheDecoderDoes(_ bytes: [UInt8]) {
        let offset = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
        func isValid(_ slice: ArraySlice<UInt8>) -> Bool { String(validating: slice, as: UTF8.self) != nil }
        guard let offset else {
            #expect(isValid(bytes[...]), "\(bytes)")
            return
        }
        #expect(isValid(bytes[..<offset]), "\(bytes)")
        #expect(!(1...4).contains { offset + $0 <= bytes.count && isValid(bytes[offset..<offset + $0]) }, "\(bytes)")
    }
}
