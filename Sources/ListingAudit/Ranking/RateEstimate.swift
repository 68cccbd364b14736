import Foundation

/// A proportion with its Wilson score interval: `events` out of `trials`.
public struct RateEstimate: Codable, Sendable, Equatable {
    public var events: Int
    public var trials: Int
    /// `events / trials`, 0 when there are no trials.
    public var rate: Double
    public var lower: Double
    public var upper: Double

    /// The estimate of `events` out of `trials` (events are capped at trials) at normal quantile `z`.
    public init(events: Int, trials: Int, z: Double = 1.96) {
        let events = max(0, min(events, trials))
        self.events = events
        self.trials = max(0, trials)
        guard trials > 0 else {
            rate = 0
            lower = 0
            upper = 1
            return
        }
        let n = Double(trials)
        let p = Double(events) / n
        let z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        rate = p
        lower = events == 0 ? 0 : max(0, centre - half)
        upper = events == trials ? 1 : min(1, centre + half)
    }
}

/// A difference of two proportions with Newcombe's hybrid score interval (method 10), built from the two Wilson
/// intervals: `d − √((p₁−l₁)² + (u₂−p₂)²) … d + √((u₁−p₁)² + (p₂−l₂)²)`.
public struct RateDifference: Codable, Sendable, Equatable {
    /// `first.rate − second.rate`.
    public var estimate: Double
    public var lower: Double
    public var upper: Double

    public init(_ first: RateEstimate, minus second: RateEstimate) {
        estimate = first.rate - second.rate
        let below = ((first.rate - first.lower) * (first.rate - first.lower)
            + (second.upper - second.rate) * (second.upper - second.rate)).squareRoot()
        let above = ((first.upper - first.rate) * (first.upper - first.rate)
            + (second.rate - second.lower) * (second.rate - second.lower)).squareRoot()
        lower = max(-1, estimate - below)
        upper = min(1, estimate + above)
    }

    /// Whether the interval lies wholly above zero: the first rate is credibly higher.
    public var isCrediblyPositive: Bool { lower > 0 }
}
