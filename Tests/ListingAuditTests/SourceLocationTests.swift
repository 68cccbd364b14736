import Dispatch
import Foundation
import Synchronization
import Testing

@testable import ListingAudit

/// A `SourceLocation` holds its file as a `SourceFileName` (unowned, kept by the process once made) where it held a
/// `String`: it must still give back the file's exact bytes, compare and hash as the `String`-holding location did
/// (files compared as `String`s: `é` composed equals `é` decomposed), encode and decode to the same JSON, and keep
/// its file readable after every other reference to the text is gone, on any thread.
@Suite struct SourceLocationTests {
    /// The module's location (Swift Testing has a `SourceLocation` of its own).
    private typealias Location = ListingAudit.SourceLocation

    /// The location as it was before (`file` a `String`, everything synthesized): what the new one is held to.
    private struct PlainLocation: Hashable, Codable {
        var file: String
        var line: Int
        var column: Int?
    }

    private static let pieces = [
        "listings", ".csv", "/tmp/", "shop 1", "caf\u{E9}", "cafe\u{301}", "\u{212A}", "K", "商品", "导出", "📦", "", "(",
        "Sheet1)", "a",
    ]

    /// A file name of 0 to 5 pieces, made at run time (not a literal's storage).
    private static func randomName(_ generator: inout SeededGenerator) -> String {
        var name = ""
        for _ in 0..<generator.below(6) { name += pieces[generator.below(pieces.count)] }
        return name
    }

    private static func randomPlain(_ generator: inout SeededGenerator) -> PlainLocation {
        PlainLocation(
            file: randomName(&generator), line: generator.below(4),
            column: generator.below(3) == 0 ? nil : generator.below(3))
    }

    private static func location(_ plain: PlainLocation) -> Location {
        Location(file: plain.file, line: plain.line, column: plain.column)
    }

    @Test func aLocationGivesBackItsFileBytesAndComparesAsTheStringLocationDid() {
        var generator = SeededGenerator(seed: 3802)
        for _ in 0..<20_000 {
            let (a, b) = (Self.randomPlain(&generator), Self.randomPlain(&generator))
            let (locationA, locationB) = (Self.location(a), Self.location(b))
            #expect(Array(locationA.file.utf8) == Array(a.file.utf8), "\(a.file) came back with other bytes")
            #expect(locationA.line == a.line && locationA.column == a.column)
            #expect((locationA == locationB) == (a == b), "\(a) \(b)")
            if locationA == locationB { #expect(locationA.hashValue == locationB.hashValue, "\(a) \(b)") }
            #expect(locationA.description == Self.describe(a))
        }
    }

    /// `file:line:column`, `file:line`, or the file alone for line 0, as `description` was written before.
    private static func describe(_ plain: PlainLocation) -> String {
        if plain.line == 0 { return plain.file }
        if let column = plain.column { return "\(plain.file):\(plain.line):\(column)" }
        return "\(plain.file):\(plain.line)"
    }

    @Test func spellingsEqualAsStringsAreOneFileButKeepTheirOwnBytes() {
        let composed = Location(file: "caf\u{E9}.csv", line: 3)
        let decomposed = Location(file: "cafe\u{301}.csv", line: 3)
        #expect(composed == decomposed)
        #expect(composed.hashValue == decomposed.hashValue)
        #expect(Array(composed.file.utf8) == Array("caf\u{E9}.csv".utf8))
        #expect(Array(decomposed.file.utf8) == Array("cafe\u{301}.csv".utf8))
        #expect(Set([composed, decomposed]).count == 1)
        #expect(Location(file: "\u{212A}", line: 1) == Location(file: "K", line: 1))
        #expect(Location(file: "a.csv", line: 1) != Location(file: "b.csv", line: 1))
    }

    @Test func settingTheFileRenamesOnlyThatLocation() {
        var moved = Location(file: "old.csv", line: 4, column: 2)
        let kept = moved
        moved.file = "new.csv"
        #expect(moved.file == "new.csv" && moved.line == 4 && moved.column == 2)
        #expect(kept.file == "old.csv")
        #expect(moved != kept)
        moved.file = "old.csv"
        #expect(moved == kept)
    }

    @Test func itEncodesAndDecodesAsTheSynthesizedLocation() throws {
        var generator = SeededGenerator(seed: 3803)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for _ in 0..<500 {
            let plain = Self.randomPlain(&generator)
            let encoded = try encoder.encode(Self.location(plain))
            #expect(encoded == (try encoder.encode(plain)), "\(plain)")
            let decoded = try JSONDecoder().decode(Location.self, from: encoded)
            #expect(decoded == Self.location(plain))
            #expect(Array(decoded.file.utf8) == Array(plain.file.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Location.self, from: Data(#"{"line": 1}"#.utf8))
        }
    }

    /// The edge of the unowned reference: names made concurrently from texts that nothing else keeps are one object
    /// per spelling, and every location made from them reads its file after the texts and the threads are gone.
    @Test func namesMadeOnManyThreadsOutliveTheirTexts() {
        let threads = 8
        let box = Mutex<[[Location]]>(Array(repeating: [], count: threads))
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var made: [Location] = []
            for index in 0..<400 {
                // A new `String` each time, dropped at the end of the iteration.
                let text = "/tmp/r38/thread-shared-\(index % 50)/" + String(repeating: "x", count: index % 7)
                made.append(Location(file: text, line: index + 1))
            }
            box.withLock { $0[thread] = made }
        }
        let all = box.withLock { $0 }
        for thread in 0..<threads {
            for (index, location) in all[thread].enumerated() {
                let expected = "/tmp/r38/thread-shared-\(index % 50)/" + String(repeating: "x", count: index % 7)
                #expect(location.file == expected)
                #expect(location == all[0][index])
                #expect(location.fileName === all[0][index].fileName, "one name per spelling, whichever thread")
            }
        }
    }

    @Test func aLocatorMakesTheLocationsSourceLocationMakes() {
        let locator = Locator(file: "shop/listings.csv")
        #expect(locator(7) == Location(file: "shop/listings.csv", line: 7))
        #expect(locator(7, 3) == Location(file: "shop/listings.csv", line: 7, column: 3))
        #expect(locator(7, 3).file == "shop/listings.csv")
    }
}
