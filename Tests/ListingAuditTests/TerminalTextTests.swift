import Testing

@testable import ListingAudit
@testable import ListingAuditCLI

/// Input text reaching a terminal or CI log has its control characters escaped: no escape sequences, no carriage
/// returns, no forged lines.
@Suite struct TerminalTextTests {
    static let hostileID = "A1\u{1B}]0;pwned\u{07}\nfake.csv:1:1: error: evil\u{1B}[2J"

    @Test func controlCharactersAreEscapedAndOtherTextKept() {
        #expect(TerminalText.escaped(Self.hostileID) == #"A1\e]0;pwned\x07\nfake.csv:1:1: error: evil\e[2J"#)
        #expect(TerminalText.escaped("a\rb\u{0}c\u{7F}d\u{9B}e\tf") == #"a\rb\x00c\x7Fd\u{9B}e"# + "\tf")
        let plain = "连衣裙 ¥59 café"
        #expect(TerminalText.escaped(plain) == plain)
    }

    @Test func appendingEscapedWritesWhatEscapedReturns() {
        let texts = [
            Self.hostileID, "a\rb\u{0}c\u{7F}d\u{9B}e\tf", "连衣裙 ¥59 café", "", "\u{1B}", "x\u{85}", "\u{C2}\u{80}",
            String(repeating: "连衣裙 café\t", count: 5) + "\n" + String(repeating: "ab", count: 9) + "\u{1B}[2J",
        ]
        for text in texts {
            var copy = text
            var out: [UInt8] = Array("prefix ".utf8)
            TerminalText.appendEscaped(&copy, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == "prefix " + TerminalText.escaped(text), "\(text)")
        }
    }

    @Test func theWordAtATimeSearchFindsTheFirstControlByteWhereverItStands() {
        BytePlacements.forEach(fillers: [UInt8(ascii: "a"), 0xE4, 0x09], second: 0x0A, gap: 2) { bytes, _ in
            let found = bytes.withUnsafeBufferPointer { TerminalText.firstMaybeControl(in: $0) }
            let expected = bytes.firstIndex(where: TerminalText.mayBeControl) ?? bytes.count
            if found != expected { Issue.record("\(bytes): \(found)") }
        }
        let long = String(repeating: "连衣裙 café\t", count: 5)
        #expect(TerminalText.escaped(long + "\u{1B}" + long) == long + #"\e"# + long)
        #expect(TerminalText.escaped(long + "\u{85}x\r\n") == long + #"\u{85}x\r\n"#)
    }

    @Test func checkInspectAndAuditPrintNoRawControlCharacters() throws {
        let folder = HistoryFixtures.temporaryFolder()
        let file = folder.appendingPathComponent("hostile.csv")
        let text = "listing_id,title,description,category,colours,sizes,image_urls,price\n"
            + "\"\(Self.hostileID)\",\"Red\rshirt\u{9B}\",Soft,Shirts,Red,M,https://x.example/a.jpg,19.99\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let runs = [
            ["check", file.path], ["inspect", file.path],
            ["audit", "--listings", file.path, "--out", folder.appendingPathComponent("out").path, "--no-history",
             "--color", "never"],
        ]
        for arguments in runs {
            let capture = CapturingConsole()
            _ = CLI.run(arguments, console: capture.console)
            let printed = capture.out + capture.err
            #expect(printed.contains(#"A1\e]0;pwned\x07\nfake.csv:1:1"#), "\(arguments[0])")
            let raw = printed.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
            }
            #expect(raw.isEmpty, "\(arguments[0]) printed raw controls \(raw.map(\.value))")
            #expect(!printed.split(separator: "\n").contains { $0.hasPrefix("fake.csv") }, "\(arguments[0])")
        }
    }
}
