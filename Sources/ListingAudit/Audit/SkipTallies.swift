/// Groups skipped rows by reason for `InputSummary`, most frequent first, keeping the first location of each.
enum SkipTallies {
    static func count(_ skips: [(reason: String, location: SourceLocation)]) -> [SkipTally] {
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
