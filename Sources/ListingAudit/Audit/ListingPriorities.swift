/// One `ListingPriority` row per listing, in rank order (rank 1 first), made when read: an audit keeps its ranking
/// compact and renders only the rows a report asks for — every row for `priorities.csv`, as it streams, and the top
/// few for the terminal, `summary.json` and `report.html`. Rows given as values (tests, other tools) are kept as
/// they are.
public struct ListingPriorities: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    private enum Storage: Sendable {
        case rows([ListingPriority])
        case ranked(ListingRanking)
    }

    private let storage: Storage

    /// `rows`, as they are.
    public init(_ rows: [ListingPriority]) {
        storage = .rows(rows)
    }

    public init(arrayLiteral rows: ListingPriority...) {
        storage = .rows(rows)
    }

    /// The rows of `ranking`.
    init(_ ranking: ListingRanking) {
        storage = .ranked(ranking)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .rows(let rows): rows.count
        case .ranked(let ranking): ranking.order.count
        }
    }

    /// The row at 0-based rank `position`.
    public subscript(position: Int) -> ListingPriority {
        switch storage {
        case .rows(let rows): rows[position]
        case .ranked(let ranking): ranking.row(at: position)
        }
    }

    // MARK: - Reads that need no whole row, for reports that scan every listing

    /// The ranking the rows are made from; `nil` for rows given as values.
    var ranking: ListingRanking? {
        if case .ranked(let ranking) = storage { return ranking }
        return nil
    }

    /// The listing id at `position`.
    func listingID(at position: Int) -> String {
        switch storage {
        case .rows(let rows): rows[position].listingID
        case .ranked(let ranking): ranking.ledger.listings.id(ranking.listing(at: position))
        }
    }

    /// Every row's linked refunds, in rank order.
    func linkedRefunds() -> [Int] {
        switch storage {
        case .rows(let rows): rows.map(\.linkedRefunds)
        case .ranked(let ranking): ranking.linkedRefunds()
        }
    }

    /// The first `limit` rows of listings with findings, in rank order.
    func firstWithFindings(_ limit: Int) -> [ListingPriority] {
        let limit = Swift.max(0, limit)
        return switch storage {
        case .rows(let rows): Array(rows.lazy.filter { $0.findingCount > 0 }.prefix(limit))
        case .ranked(let ranking): (0..<Swift.min(limit, ranking.listingsWithFindings)).map(ranking.row(at:))
        }
    }

    /// How many listings have findings.
    var listingsWithFindings: Int {
        switch storage {
        case .rows(let rows): rows.reduce(0) { $0 + ($1.findingCount > 0 ? 1 : 0) }
        case .ranked(let ranking): ranking.listingsWithFindings
        }
    }

    /// Preventable refunds summed in rank order.
    var preventableRefunds: Double {
        switch storage {
        case .rows(let rows): rows.reduce(0) { $0 + $1.preventableRefunds }
        case .ranked(let ranking): ranking.preventableRefunds
        }
    }

    /// Preventable amounts summed in rank order.
    var preventableAmount: Double {
        switch storage {
        case .rows(let rows): rows.reduce(0) { $0 + $1.preventableAmount }
        case .ranked(let ranking): ranking.preventableAmount
        }
    }
}
