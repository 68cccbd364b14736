/// Which refund categories each rule's finding can cause, so refunds can be tied to the findings a fix removes.
///
/// Resolution order for a rule: a configured rule id, then its configured family, then the rule's own
/// `RuleDescription.linkedCategories`, then the built-in family default below. Fulfilment categories
/// (`damaged_in_transit`, `wrong_or_missing_item`, `delivery_problem`) are never linked: packing and couriers are
/// not fixed by editing a listing.
///
/// | family | default categories |
/// |---|---|
/// | `size` | `size_fit` |
/// | `colour` | `colour_mismatch` |
/// | `images` | `colour_mismatch`, `not_as_described` |
/// | `description` | `not_as_described` |
/// | `title` | `not_as_described` |
public struct RefundLinkMap: Sendable, Equatable {
    /// The built-in family defaults, used for rules that declare no categories.
    public static let defaultFamilies: [String: [RefundCategory]] = [
        "size": [.sizeFit],
        "colour": [.colourMismatch],
        "images": [.colourMismatch, .notAsDescribed],
        "description": [.notAsDescribed],
        "title": [.notAsDescribed],
    ]

    /// The links in force without configuration, as a configuration's `links` section writes them: each family's
    /// default, and the rules whose own categories differ from their family's (`init-config` shows them to edit).
    public static var defaultLinks: [String: [String]] {
        var links = defaultFamilies.mapValues { $0.map(\.rawValue) }
        for rule in RuleRegistry.all {
            let id = rule.description.id
            let family = String(id.prefix { $0 != "." })
            let own = RefundLinkMap().categories(ruleID: id, declared: rule.description.linkedCategories)
            if own != (defaultFamilies[family] ?? []).sorted() { links[id] = own.map(\.rawValue) }
        }
        return links
    }

    /// Configured overrides by family (`size`) or rule id (`size.missing_chart`); rule ids win.
    public private(set) var overrides: [String: [RefundCategory]]

    /// A map with `overrides` (keys containing a dot are rule ids, others families).
    public init(overrides: [String: [RefundCategory]] = [:]) {
        self.overrides = overrides
    }

    /// Parses the `links` section of a configuration: key → category ids.
    /// - Throws: `LinkMapError` naming the key and the unknown or fulfilment category.
    public init(configuration: [String: [String]]) throws(LinkMapError) {
        var overrides: [String: [RefundCategory]] = [:]
        for (key, names) in configuration.sorted(by: { $0.key < $1.key }) {
            var categories: [RefundCategory] = []
            for name in names {
                guard let category = RefundCategory(rawValue: name) else {
                    throw .unknownCategory(key: key, value: name)
                }
                guard !category.isFulfilment else { throw .fulfilmentCategory(key: key, value: name) }
                categories.append(category)
            }
            overrides[key] = categories
        }
        self.overrides = overrides
    }

    /// The categories a finding of rule `ruleID` links to, given what the rule itself declares.
    public func categories(ruleID: String, declared: [RefundCategory]?) -> [RefundCategory] {
        let family = String(ruleID.prefix { $0 != "." })
        let chosen: [RefundCategory]
        if let configured = overrides[ruleID] {
            chosen = configured
        } else if let configured = overrides[family] {
            chosen = configured
        } else if let declared, !declared.isEmpty {
            chosen = declared
        } else {
            chosen = Self.defaultFamilies[family] ?? []
        }
        return Array(Set(chosen.filter { !$0.isFulfilment })).sorted()
    }
}

/// A `links` configuration entry that cannot be used.
public enum LinkMapError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownCategory(key: String, value: String)
    case fulfilmentCategory(key: String, value: String)

    /// The message in English.
    public var description: String { message(.en) }

    /// The message in `language`; the key, the category typed and the known categories are quoted as ids.
    public func message(_ language: Language) -> String {
        switch self {
        case .unknownCategory(let key, let value):
            let known = RefundCategory.allCases.map(\.rawValue)
            return language == .zh
                ? "“links.\(key)”：未知的退款类别“\(value)”（可用：\(known.map { "“\($0)”" }.joined(separator: "、"))）"
                : "links.\(key): unknown refund category '\(value)' (known: \(known.joined(separator: ", ")))"
        case .fulfilmentCategory(let key, let value):
            return language == .zh
                ? "“links.\(key)”：“\(value)”是履约类别（包装、快递、库存），改商品内容无法避免，不能关联"
                : "links.\(key): '\(value)' is a fulfilment category (packing, courier, stock); "
                    + "a listing fix cannot prevent it, so it cannot be linked"
        }
    }
}
