import Testing
@testable import ListingAudit

/// A gallery's renumbered addresses (`ImageURL.GalleryReader.NameModel`): an address that differs from the last one
/// read in full only in digits after its authority takes the model's reading with a key of its own, made as the digit
/// test loads its words when the picture keeps every compared byte, after the test otherwise. The key must be the
/// one the address alone gets at every length of authority (the key's state then holds 0 to 7 bytes waiting for a
/// word) and of path (a last word of 1 to 8 bytes), with capitals in the path (lower-cased for the key), and with a
/// size suffix or a query (parts the picture leaves out).
@Suite struct RenumberedAddressTests {
    @Test func renumberedKeysAreTheKeysOfTheAddressesAlone() {
        var generator = SeededGenerator(seed: 0x37A)
        let pathBytes = Array("0123456789aBcDxy_-/".utf8)
        let endings = ["", "_800x800", "?v=12", "_Large", "#7", "@2x"]
        var (wrong, otherPictures) = ([String](), 0)
        for hostLength in 1...12 {
            let host = String(repeating: "h", count: hostLength) + (hostLength.isMultiple(of: 2) ? ".cn" : ".com")
            for pathLength in 1...34 {
                for ending in endings {
                    // The path: digits, letters in either case, separators and folders, never two slashes in a row.
                    var path: [UInt8] = [UInt8(ascii: "p")]
                    while path.count < pathLength {
                        let byte = pathBytes[generator.below(pathBytes.count)]
                        if byte == UInt8(ascii: "/"), path.last == byte { continue }
                        path.append(byte)
                    }
                    path.append(UInt8(ascii: "7"))
                    let model = Array("https://\(host)/".utf8) + path + Array(".jpg\(ending)".utf8)
                    var reader = ImageURL.GalleryReader()
                    let modelText = String(decoding: model, as: UTF8.self)
                    for found in ImagePlainScanTests.readDifferences(model, &reader) {
                        wrong.append("\(modelText): \(found)")
                    }
                    let modelPicture = ImagePicture(modelText)
                    for _ in 0..<4 {
                        // Some of the digits after the authority changed; none before it.
                        let renumbered = model.enumerated().map { offset, byte in
                            offset > 8 + host.utf8.count && byte &- 0x30 < 10 && generator.below(2) == 0
                                ? UInt8(0x30 + generator.below(10)) : byte
                        }
                        let text = String(decoding: renumbered, as: UTF8.self)
                        for found in ImagePlainScanTests.readDifferences(renumbered, &reader) {
                            wrong.append("\(text): \(found)")
                        }
                        if ImagePicture(text) != modelPicture { otherPictures += 1 }
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(10))")
        // Most renumbered addresses show another picture than the model: their keys are made, not the model's taken.
        #expect(otherPictures > 4_000)
    }
}
