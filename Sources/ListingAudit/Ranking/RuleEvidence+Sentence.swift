extension RuleEvidence {
    /// One line for people, e.g. "With 无尺码表: 11.4% size / fit refunds per order vs 3.1% without
    /// (+8.3 points, 95% CI +5.0…+11.6; n=1,200 / 9,800 orders)".
    public var sentence: LocalizedText {
        let labels = categories.map(\.label)
        let zhCategories = labels.map(\.zh).joined(separator: "/")
        let enCategories = labels.map(\.en).joined(separator: " / ")
        let with = ListingPriority.percent(with.rate)
        let without = ListingPriority.percent(without.rate)
        let delta = Self.points(difference.estimate)
        let range = "\(Self.points(difference.lower))…\(Self.points(difference.upper))"
        switch basis {
        case .orders:
            return LocalizedText(
                zh: "有「\(title.zh)」的商品\(zhCategories)退款率\(with)，无此问题的\(without)（差\(delta)个百分点，"
                    + "95%置信区间\(range)；订单数 \(self.with.trials) / \(self.without.trials)）",
                en: "With “\(title.en)”: \(with) \(enCategories) refunds per order vs \(without) without "
                    + "(\(delta) points, 95% CI \(range); n=\(self.with.trials) / \(self.without.trials) orders)")
        case .refundCounts:
            return LocalizedText(
                zh: "有「\(title.zh)」的商品中\(with)出现\(zhCategories)退款，无此问题的为\(without)（差\(delta)个百分点，"
                    + "95%置信区间\(range)；商品数 \(listingsWith) / \(listingsWithout)）",
                en: "With “\(title.en)”: \(with) of listings had \(enCategories) refunds vs \(without) without "
                    + "(\(delta) points, 95% CI \(range); n=\(listingsWith) / \(listingsWithout) listings)")
        }
    }

    /// A difference of proportions in percentage points with its sign: `+8.3`, `-1.0`.
    static func points(_ value: Double) -> String {
        let text = ListingPriority.percent(value).dropLast()
        return value >= 0 ? "+" + text : String(text)
    }
}
