/// A finding, or its rendered text, that `FindingsOrder` can place: it knows the line its evidence was read on.
public protocol LinePlaced {
    /// The line of the input file the evidence was read on.
    var line: Int { get }
}

extension Finding: LinePlaced {
    public var line: Int { location.line }
}

/// Puts the findings of listings checked batch by batch into report order — by input file (in the order checked),
/// then line, ties in arrival order (listing, then rule) — holding back only the findings a later batch could still
/// come before.
///
/// Listings arrive in first-seen order, so a later batch's findings are never above the first line of its first
/// listing; everything pending above that line is final. A finding can sit below a later listing's first line when
/// its listing has rows further down (a value from a later row), which is why the findings are not simply passed on.
///
/// Inlinable, so that a caller in another module (the command line writing rendered findings) gets code specialised
/// to its element type instead of the generic, value-witness version (about four thousand instructions a finding).
public struct FindingsOrder<Element: LinePlaced & Sendable>: Sendable {
    @usableFromInline var pending: [(element: Element, arrival: Int)] = []
    @usableFromInline var arrivals = 0
    @usableFromInline var file: String?

    @inlinable
    public init() {}

    /// Adds the findings of one batch of listings from `file` whose first listing starts at `firstLine`, and returns
    /// the findings whose place is now final, in order.
    @inlinable
    public mutating func add(_ findings: [Element], file: String, firstLine: Int) -> [Element] {
        let ready: [Element]
        if file != self.file {
            ready = finish()
            self.file = file
        } else {
            ready = take { $0.line < firstLine }
        }
        for finding in findings {
            pending.append((finding, arrivals))
            arrivals += 1
        }
        return ready
    }

    /// Returns every finding still held, in order (after the last batch).
    @inlinable
    public mutating func finish() -> [Element] {
        take { _ in true }
    }

    @inlinable
    mutating func take(where isFinal: (Element) -> Bool) -> [Element] {
        pending.sort { ($0.element.line, $0.arrival) < ($1.element.line, $1.arrival) }
        let count = pending.prefix { isFinal($0.element) }.count
        defer { pending.removeFirst(count) }
        return pending.prefix(count).map(\.element)
    }
}
