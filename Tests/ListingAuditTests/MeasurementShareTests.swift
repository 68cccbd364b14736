import Testing
@testable import ListingAudit

/// A percentage's share of a named ingredient, told from a claim or a price by the word after it.
struct MeasurementShareTests {
    /// The dimensions of the measurements found in `text`.
    private static func dimensions(in text: String) -> [UnitDimension] {
        MeasurementScanner.measurements(in: text).map(\.dimension)
    }

    @Test func everyClaimWordIsLowercaseASCIILettersAsTheScanLooksItUp() {
        for word in MeasurementUnits.notShares {
            #expect(!word.isEmpty && word.utf8.allSatisfy { $0 &- 0x61 < 26 }, "\(word)")
        }
    }

    @Test func aShareIsOfAnyWordButAClaimOrAPrice() {
        #expect(Self.dimensions(in: "100% essential oils") == [.share])
        #expect(Self.dimensions(in: "Camiseta 100% algodón") == [.share])
        #expect(Self.dimensions(in: "Футболка 100% хлопок") == [.share])
        // Chinese characters are no word of a spaced script: a Chinese name after a percentage is no share here.
        #expect(Self.dimensions(in: "含35%桑蚕丝").isEmpty)
        #expect(Self.dimensions(in: "70% Alcohol, 30% water") == [.share, .share])
        #expect(Self.dimensions(in: "100% natural").isEmpty)
        #expect(Self.dimensions(in: "20% OFF today").isEmpty)
        #expect(Self.dimensions(in: "Satisfaction: 100% guaranteed").isEmpty)
        // A word of one letter is no ingredient.
        #expect(Self.dimensions(in: "50% a").isEmpty)
    }
}
