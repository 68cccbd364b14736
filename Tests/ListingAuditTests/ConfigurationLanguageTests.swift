import Foundation
import Testing
@testable import ListingAudit

/// Every configuration error in both languages: the Chinese message holds no Latin letter outside what it quotes
/// (keys, values, rule ids, the file's path, a system's own words), the English one no Chinese.
@Suite struct ConfigurationLanguageTests {
    static let path = "conf/BAD.json"

    /// One error of every case and every reason, each also located in a file.
    static let errors: [ConfigurationError] = {
        let reasons: [ConfigurationError.Reason] = [
            .negative, .notPositive, .oneOf(["auto", "none", "amazon"]), .null,
            .links(.unknownCategory(key: "size", value: "sizing")),
            .links(.fulfilmentCategory(key: "size", value: "damaged_in_transit")),
        ] + [.wholeNumber, .number, .text, .boolean, .list, .object].map { .expected($0) }
        let plain: [ConfigurationError] = [
            .unreadable(path: path, reason: .fileNotFound), .unreadable(path: path, reason: .permissionDenied),
            .invalidJSON(reason: .system("Unexpected end of file")), .invalidJSON(reason: .unreadableNumber),
            .invalidJSON(reason: .syntax(line: 2, column: 6, system: "Unexpected end of file")),
            .unknownKey(key: "tresholds", suggestion: "thresholds"),
            .unknownKey(key: "lexicons.hype.added", suggestion: nil),
            .retiredKey(key: "thresholds.thinDescriptionLength", replacement: "thresholds.vagueDescriptionFacts"),
            .unknownRule(id: "description.thinn", key: "disabledRules", suggestion: "description.thin"),
            .unknownRule(id: "zzz", key: "onlyRules", suggestion: nil),
            .unknownPlatform(name: "amazn", key: "platform", suggestion: "amazon"),
            .unknownPlatform(name: "ebay", key: "--platform", suggestion: nil),
        ] + reasons.map { .invalidValue(key: "thresholds.minimumImages", reason: $0) }
        return plain + plain.map { .inFile(path, $0) }
    }()

    /// `text` without the path, the system's words and everything between “ and ”.
    static func unquoted(_ text: String, system: [String] = ["Unexpected end of file"]) -> String {
        let withoutPath = system.reduce(text.replacingOccurrences(of: path, with: " ")) {
            $0.replacingOccurrences(of: $1, with: " ")
        }
        return withoutPath.replacingOccurrences(of: "“[^”]*”", with: " ", options: .regularExpression)
    }

    @Test(arguments: errors)
    func everyErrorIsSaidInBothLanguages(_ error: ConfigurationError) {
        let zh = error.message(.zh)
        let en = error.message(.en)
        #expect(!Self.unquoted(zh).contains { $0.isASCII && $0.isLetter }, "\(zh)")
        #expect(BilingualOutputTests.hasHan(zh), "\(zh)")
        #expect(!BilingualOutputTests.hasHan(en), "\(en)")
        #expect(en == error.description)
        #expect(AuditError.configuration(error).message(.zh) == zh)
        #expect(AuditError.configuration(error).message(.en) == en)
    }

    @Test func messagesSayWhatIsWrongInChinese() {
        let inFile = ConfigurationError.inFile(Self.path, .unknownKey(key: "tresholds", suggestion: "thresholds"))
        #expect(inFile.message(.zh) == "conf/BAD.json：未知配置项“tresholds”（是不是“thresholds”？）")
        #expect(inFile.message(.en) == "conf/BAD.json: unknown key 'tresholds' (did you mean 'thresholds'?)")
        let negative = ConfigurationError.invalidValue(key: "ranking.priorStrength", reason: .negative)
        #expect(negative.message(.zh) == "配置项“ranking.priorStrength”的值无效：不能小于 0")
        let missing = ConfigurationError.unreadable(path: Self.path, reason: .fileNotFound)
        #expect(missing.message(.zh) == "conf/BAD.json：无法读取配置：文件不存在")
        let json = ConfigurationError.invalidJSON(reason: .system("Unexpected end of file"))
        #expect(json.message(.zh) == "不是有效的配置：Unexpected end of file")
        let rule = ConfigurationError.unknownRule(id: "description.thinn", key: "disabledRules", suggestion: nil)
        #expect(rule.message(.zh) == "“disabledRules”中有未知规则“description.thinn”")
    }

    /// What the decoder finds wrong reaches the message as a reason of the project's, not Foundation's words.
    @Test(arguments: [
        (#"{"thresholds": {"minimumImages": -1}}"#, "配置项“thresholds.minimumImages”的值无效：不能小于 0",
         "invalid value for 'thresholds.minimumImages': must be 0 or more"),
        (#"{"thresholds": {"minimumImages": "many"}}"#, "配置项“thresholds.minimumImages”的值无效：应为整数",
         "invalid value for 'thresholds.minimumImages': expected a whole number"),
        (#"{"disabledRules": "description.thin"}"#, "配置项“disabledRules”的值无效：应为列表（[…]）",
         "invalid value for 'disabledRules': expected a list ([…])"),
        (#"{"imagePlatform": null, "ranking": {"confidenceZ": 0}}"#, "配置项“ranking.confidenceZ”的值无效：必须大于 0",
         "invalid value for 'ranking.confidenceZ': must be more than 0"),
        (#"{"severityOverrides": {"description.thin": "fatal"}}"#,
         "配置项“severityOverrides.description.thin”的值无效：可用："
            + Severity.allCases.map { "“\($0.rawValue)”" }.joined(separator: "、"),
         "invalid value for 'severityOverrides.description.thin': use one of "
            + Severity.allCases.map(\.rawValue).joined(separator: ", ")),
        (#"{"imagePlatform": "ebay"}"#, "配置项“imagePlatform”的值无效：可用：“auto”、“none”",
         "invalid value for 'imagePlatform': use one of auto, none"),
    ])
    func decodingErrorsAreSaidInBothLanguages(json: String, zh: String, en: String) {
        do {
            _ = try AuditConfiguration.decode(Data(json.utf8), knownRuleIDs: RuleRegistry.ids)
            Issue.record("accepted: \(json)")
        } catch {
            #expect(error.message(.zh).hasPrefix(zh))
            #expect(error.message(.en).hasPrefix(en))
        }
    }

    /// JSON that does not parse: located at a line and column, the reason the parser's own, quoted as given after
    /// a Chinese lead.
    @Test(arguments: [
        ("{\"thresholds\": {\"minimumImages\": 2,\n  \"x\" 3}}", 2, 7), ("{\"thresholds\": ", 1, 16),
        ("{\"lexicons\": {\"hype\": {\"add\": [\"爆款\"]}}}}", 1, 40),
    ])
    func aConfigThatIsNotJSONIsLocated(json: String, line: Int, column: Int) throws {
        do {
            _ = try AuditConfiguration.decode(Data(json.utf8), knownRuleIDs: RuleRegistry.ids)
            Issue.record("accepted")
        } catch {
            guard case .invalidJSON(.syntax(let foundLine, let foundColumn, let system)) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(foundLine == line && foundColumn == column, "\(system)")
            #expect(error.message(.zh) == "不是有效的配置：第 \(line) 行第 \(column) 列：" + system)
            #expect(error.message(.en) == "not a valid config: line \(line), column \(column): " + system)
        }
    }

    /// A fraction where a whole number is needed: Foundation calls the data not JSON and names no key.
    @Test func aFractionForAWholeNumberIsNamed() throws {
        #expect(throws: ConfigurationError.invalidJSON(reason: .unreadableNumber)) {
            try AuditConfiguration.decode(
                Data(#"{"thresholds": {"minimumImages": 1.5}}"#.utf8), knownRuleIDs: RuleRegistry.ids)
        }
    }
}
