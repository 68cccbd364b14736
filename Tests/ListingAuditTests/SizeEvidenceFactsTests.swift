import Testing
@testable import ListingAudit

/// The size rules read the description's measurements from its facts (`ListingFacts.descriptionFacts`) instead of
/// scanning it again: what they find must be what scanning every written text finds.
@Suite struct SizeEvidenceFactsTests {
    /// Listings whose measurements sit in the title, the description, the shop's spec metafields, other attributes or
    /// the options, of the dimensions each question asks for and of others.
    private static let made: [RuleExample] = [
        RuleExample(title: "女士连衣裙", description: "衣长98cm 胸围88cm"),
        RuleExample(title: "女士连衣裙", description: "建议90-120斤，宽松版型。"),
        RuleExample(title: "Backpack", description: "A roomy 20L pack for every day."),
        RuleExample(title: "Rug", description: "Soft wool rug, 160x230."),
        RuleExample(title: "Tee", description: "100% cotton, 180 gsm."),
        RuleExample(title: "Charger", description: "20W fast charging, 5000mAh."),
        RuleExample(title: "均码T恤", description: "均码，适合35-40码。"),
        RuleExample(title: "Dress 98cm", description: "Lovely summer dress."),
        RuleExample(
            title: "Dining chair", description: "A chair for every home.",
            attributes: ["custom.product_specifications": "Seat height 45 cm, solid oak frame"]),
        RuleExample(
            title: "Dining chair", description: "Seat 45 cm high.",
            attributes: ["custom.composition": "100% oak"]),
        RuleExample(title: "Hoodie", description: "Warm and soft.", attributes: ["Length": "70 cm"]),
        RuleExample(title: "Hoodie", description: "Warm and soft.", options: ["Size": ["S (胸围 96cm)", "M"]]),
        RuleExample(title: "Gold ring", description: "A 2 mm band in rose gold.", profile: .jewellery),
        RuleExample(title: "Gold ring", description: "Rose gold, polished.", profile: .jewellery),
        RuleExample(title: "Mug", description: ""),
    ]

    private static var listings: [RuleExample] {
        made + RuleRegistry.all.flatMap { $0.description.triggeringExamples + $0.description.nonTriggeringExamples }
    }

    @Test func theDescriptionsFactsAnswerAsScanningEveryTextDoes() {
        var measured = (fit: 0, dimensions: 0)
        for example in Self.listings {
            // Fresh facts for each question, asked before and after the description's facts are worked out.
            let scannedFit = ListingFacts(example.listing, profile: example.profile)
                .anythingWritten(SizeEvidence.givesFitMeasurements)
            let scannedDimensions = ListingFacts(example.listing, profile: example.profile)
                .anythingWritten(SizeEvidence.givesDimensions)
            let early = ListingFacts(example.listing, profile: example.profile)
            #expect(SizeEvidence.hasFitMeasurements(early) == scannedFit, "\(example.listing.description)")
            #expect(SizeEvidence.hasDimensions(early) == scannedDimensions, "\(example.listing.description)")
            let late = ListingFacts(example.listing, profile: example.profile)
            _ = late.descriptionFacts
            #expect(SizeEvidence.hasFitMeasurements(late) == scannedFit)
            #expect(SizeEvidence.hasDimensions(late) == scannedDimensions)
            if scannedFit { measured.fit += 1 }
            if scannedDimensions { measured.dimensions += 1 }
        }
        // Both answers occur, so neither side can pass by always saying the same.
        #expect(measured.fit > 10 && measured.fit < Self.listings.count - 10)
        #expect(measured.dimensions > 10 && measured.dimensions < Self.listings.count - 10)
    }

    @Test func aDescriptionIsAskedOfItsOwnMeasurementsNotOfOtherDimensions() {
        let fit = ListingFacts(RuleExample(title: "Backpack", description: "A roomy 20L pack.").listing)
        #expect(!SizeEvidence.hasFitMeasurements(fit))
        #expect(SizeEvidence.hasDimensions(fit))
        let weight = ListingFacts(RuleExample(title: "女士连衣裙", description: "建议90-120斤。").listing)
        #expect(SizeEvidence.hasFitMeasurements(weight))
        #expect(!SizeEvidence.hasDimensions(weight))
        let share = ListingFacts(RuleExample(title: "Tee", description: "100% cotton.").listing)
        #expect(!SizeEvidence.hasFitMeasurements(share) && !SizeEvidence.hasDimensions(share))
    }
}
