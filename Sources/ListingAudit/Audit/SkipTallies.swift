/// Groups skipped rows by reason for `InputSummary`, most frequent first, keeping the first location of each.
enum SkipTallies {
    /// The tallies of the skipped rows kept in detail, plus one for the `total - kept.count` rows only counted.
    static func count(_ kept: [SkippedRow], total: Int) -> [SkipTally] {
        var tallies = count(kept.map { ($0.reason.en, $0.location) })
        if total > kept.count {
            tallies.append(SkipTally(reason: "further rows skipped (details not kept)", count: total - kept.count))
        }
        return tallies
    }

    private static func count(_ skips: [(reason: String, location: SourceLocation)]) -> [SkipTally] {
        var order: [String] = []
        var tallies: [String: SkipTally] = [:]
        for skip in skips {
            if tallies[skip.reason] == nil {
                order.append(skip.reason)
                tallies[skip.reason] = SkipTally(reason: skip.reason, count: 0, firstLocation: skip.location)
            }
            tallies[skip.reason]?.count += 1
        }
        return order.compactMap { tallies[$0] }.enumerated().sorted {
            $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset
        }.map(\.element)
    }
}
