import Foundation
import Testing

@testable import ListingAudit

/// A finding's message is a template and its arguments, rendered only when a report writes it (`FindingMessage`).
/// Every message a rule makes must come back from the spool (bytes: its template as a number) as the same message,
/// with the same text in both languages, and a message settled from the shop's facts (a shared description) too.
@Suite struct FindingMessageTests {
    /// The findings of `rule` for `example` (its shop included) both ways: settled straight from the checked
    /// listings (`RuleEngine.run`), and written to a spool frame and read back (`ShopCheck.SettledBatch`), as `check`
    /// and `audit` read them.
    private static func findingsBothWays(
        _ rule: any ListingRule.Type, _ example: RuleExample
    ) throws -> (direct: [Finding], spooled: ShopCheck.SettledBatch) {
        let fixed = example.profile
        let engine = RuleEngine(rules: [rule]) { candidate, settings in
            if let fixed, candidate.id == example.listing.id { return fixed }
            return RuleRegistry.profiler(candidate, settings)
        }
        let listings = [example.listing] + example.shop
        let checked = engine.check(listings)
        var tally = ShopFacts.Tally()
        for listing in checked { tally.add(listing.keys) }
        // The frame `ShopCheck.keep` writes: file, first line, first ordinal, then the checked listings.
        var writer = ByteWriter()
        writer.write("example")
        writer.write(listings[0].location.line)
        writer.write(0)
        RuleEngine.CheckedListing.encode(checked, into: &writer, file: "example")
        let batch = try ShopCheck.SettledBatch(
            frame: writer.bytes, rules: engine.ruleIDsAndSeverities, shop: tally.facts)
        return (engine.run(listings: listings), batch)
    }

    /// Examples of the messages no rule's own example makes.
    private static let moreExamples: [(rule: any ListingRule.Type, example: RuleExample)] = [
        // An export that records the title's length, but neither the description nor its length.
        (EmptyDescriptionRule.self, RuleExample(title: "", attributes: ["name_length": "40"]))
    ]

    /// Every rule's triggering examples (which make each kind of message) through the spool: the same findings,
    /// the same text in both languages, and every template but fixed text made by some example.
    @Test func everyRuleMessageComesBackFromTheSpoolWithItsText() throws {
        var templates = Set<FindingMessage.Template>()
        let examples = RuleRegistry.all.map { rule in (rule, rule.description.triggeringExamples) }
            + Self.moreExamples.map { ($0.rule, [$0.example]) }
        for (rule, examples) in examples {
            for example in examples {
                let (direct, batch) = try Self.findingsBothWays(rule, example)
                let spooled = batch.listings.flatMap(\.findings)
                let location = RuleExampleRunner.sourceLocation(of: example)
                #expect(spooled == direct, sourceLocation: location)
                #expect(!direct.isEmpty, sourceLocation: location)
                for (read, made) in zip(spooled, direct) {
                    #expect(read.message.zh == made.message.zh && read.message.en == made.message.en)
                    #expect(read.message.text(.zh) == made.message.zh && read.message.text(.en) == made.message.en)
                    #expect(!read.message.zh.isEmpty && !read.message.en.isEmpty, sourceLocation: location)
                }
                templates.formUnion(batch.messages.map(\.template))
            }
        }
        let unmade = Set(FindingMessage.Template.allCases).subtracting(templates).subtracting([.fixed])
        #expect(unmade.isEmpty, "templates no example makes: \(unmade)")
        #expect(FindingMessage.Template.allCases.allSatisfy { FindingMessage.Template(rawValue: $0.rawValue) == $0 })
    }

    /// A description shared by several products is settled from the shop's facts after the spool is read: its
    /// message names the count, in both languages, and the findings that share it share one message.
    @Test func settledSharedDescriptionsSayTheirCountOnce() throws {
        let description = "All our products are photographed in house. Enjoy shopping with us, every day of the week!"
        let shop = ["Wool scarf", "Oak table"].enumerated().map { index, title in
            Listing(
                id: "shop-\(index + 1)", title: title, description: description, format: .generic,
                location: SourceLocation(file: "example", line: index + 1))
        }
        let example = RuleExample(title: "Linen shirt", description: description, shop: shop)
        let (direct, batch) = try Self.findingsBothWays(BoilerplateDescriptionRule.self, example)
        let spooled = batch.listings.flatMap(\.findings)
        #expect(spooled.count == 3 && spooled == direct)
        #expect(batch.messages.filter { $0.template == .boilerplate }.count == 2, "the candidate's and the settled")
        #expect(Set(spooled.map(\.message)).count == 1)
        #expect(spooled[0].message.zh == "这段描述被 3 个不同商品共用，没有写出本商品自己的信息")
        #expect(
            spooled[0].message.en
                == "This description is shared by 3 different products and says nothing specific to this one")
        #expect(spooled.allSatisfy { $0.evidence.hasPrefix("3 × ") })
    }

    /// A finding made by hand carries fixed text; a `Finding` encodes its message as both texts, as it did when the
    /// message was a `LocalizedText`.
    @Test func fixedTextAndItsEncodingAreTheTextsGiven() throws {
        let text = LocalizedText(zh: "没有尺码表", en: "The listing has no size chart")
        let message = FindingMessage(text)
        #expect(message.zh == text.zh && message.en == text.en && message.text(.en) == text.en)
        #expect(message == FindingMessage(LocalizedText(zh: "没有尺码表", en: "The listing has no size chart")))
        #expect(message != FindingMessage(LocalizedText(zh: "没有尺码表", en: "No size chart")))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(message) == encoder.encode(text))
        let rendered = FindingMessage(.tooFewImages, 1, 3)
        #expect(try encoder.encode(rendered) == encoder.encode(LocalizedText(zh: rendered.zh, en: rendered.en)))
        #expect(try JSONDecoder().decode(FindingMessage.self, from: encoder.encode(text)) == message)
    }
}
