/// The knobs of the ranking. Defaults are documented with their reasons in `docs/ranking.md`.
public struct RankingParameters: Codable, Sendable, Equatable {
    /// Prior strength `k`, in orders: a listing's linked refund rate is shrunk as
    /// `(refunds + k·baseline) / (orders + k)`, so a listing needs about `k` orders before its own rate counts as
    /// much as the shop's baseline.
    public var priorStrength: Double
    /// Weight of a linked refund per category (default 1). `changed_mind` defaults to 0.25: a vague listing can
    /// set wrong expectations, but most changed-mind refunds are not caused by the listing. Fulfilment categories
    /// always weigh 0.
    public var categoryWeights: [String: Double]
    /// Fewest refunds a listing without findings needs to be reported as refund-heavy.
    public var unexplainedMinimumRefunds: Int
    /// How many times the average listing's refunds (or rate, with orders) it needs as well.
    public var unexplainedFactor: Double
    /// How many refund-heavy listings without findings to report.
    public var unexplainedLimit: Int
    /// The normal quantile of the confidence intervals (1.96 for 95%).
    public var confidenceZ: Double

    public init(
        priorStrength: Double = 20, categoryWeights: [String: Double] = [RefundCategory.changedMind.rawValue: 0.25],
        unexplainedMinimumRefunds: Int = 3, unexplainedFactor: Double = 2, unexplainedLimit: Int = 20,
        confidenceZ: Double = 1.96
    ) {
        self.priorStrength = priorStrength
        self.categoryWeights = categoryWeights
        self.unexplainedMinimumRefunds = unexplainedMinimumRefunds
        self.unexplainedFactor = unexplainedFactor
        self.unexplainedLimit = unexplainedLimit
        self.confidenceZ = confidenceZ
    }

    /// The weight of a linked refund of `category`: 0 for fulfilment, else the configured weight or 1.
    public func weight(of category: RefundCategory) -> Double {
        if category.isFulfilment { return 0 }
        return max(0, categoryWeights[category.rawValue] ?? 1)
    }
}

extension RankingParameters {
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case priorStrength, categoryWeights, unexplainedMinimumRefunds, unexplainedFactor, unexplainedLimit
        case confidenceZ
    }

    /// Decodes a config's `ranking` section: every key optional, unknown keys rejected, values range-checked.
    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = RankingParameters()
        self.init(
            priorStrength: try container.decodeIfPresent(Double.self, forKey: .priorStrength) ?? defaults.priorStrength,
            categoryWeights: defaults.categoryWeights.merging(
                try container.decodeIfPresent([String: Double].self, forKey: .categoryWeights) ?? [:]) { $1 },
            unexplainedMinimumRefunds: try container.decodeIfPresent(Int.self, forKey: .unexplainedMinimumRefunds)
                ?? defaults.unexplainedMinimumRefunds,
            unexplainedFactor: try container.decodeIfPresent(Double.self, forKey: .unexplainedFactor)
                ?? defaults.unexplainedFactor,
            unexplainedLimit: try container.decodeIfPresent(Int.self, forKey: .unexplainedLimit)
                ?? defaults.unexplainedLimit,
            confidenceZ: try container.decodeIfPresent(Double.self, forKey: .confidenceZ) ?? defaults.confidenceZ)
        guard priorStrength >= 0, priorStrength.isFinite else {
            throw ConfigurationError.invalidValue(key: "ranking.priorStrength", reason: .negative)
        }
        guard confidenceZ > 0, confidenceZ.isFinite else {
            throw ConfigurationError.invalidValue(key: "ranking.confidenceZ", reason: .notPositive)
        }
        for (name, weight) in categoryWeights.sorted(by: { $0.key < $1.key }) {
            guard RefundCategory(rawValue: name) != nil else {
                throw ConfigurationError.unknownKey(
                    key: "ranking.categoryWeights.\(name)",
                    suggestion: StrictKeys.nearest(name, in: RefundCategory.allCases.map(\.rawValue)))
            }
            guard weight >= 0, weight.isFinite else {
                throw ConfigurationError.invalidValue(key: "ranking.categoryWeights.\(name)", reason: .negative)
            }
        }
    }
}
