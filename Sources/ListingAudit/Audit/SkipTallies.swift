/// Groups skipped rows by reason for `InputSummary`, most frequent first, keeping the first location of each.
enum SkipTallies {
    /// The tallies of the skipped rows kept in detail, plus one for the `total - kept.count` rows only counted.
    static func count(_ kept: [SkippedRow], total: Int) -> [SkipTally] {
        var tallies = count(kept.map { ($0.reason, $0.location) })
        if total > kept.count {
            tallies.append(SkipTally(
                reason: "further rows skipped (details not kept)", reasonZh: "其余跳过的行（未保留详情）",
                count: total - kept.count))
        }
        return tallies
    }

    /// Grouped by the English reason; each tally keeps the Chinese reason of its first row.
    private static func count(_ skips: [(reason: LocalizedText, location: SourceLocation)]) -> [SkipTally] {
        var order: [String] = []
        var tallies: [String: SkipTally] = [:]
        for skip in skips {
            let key = skip.reason.en
            if tallies[key] == nil {
                order.append(key)
                tallies[key] = SkipTally(
                    reason: key, reasonZh: skip.reason.zh, count: 0, firstLocation: skip.location)
            }
            tallies[key]?.count += 1
        }
        return order.compactMap { tallies[$0] }.enumerated().sorted {
            $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset
        }.map(\.element)
    }
}
