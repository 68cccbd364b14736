/// A text folded once and shared by the rules of one listing: each description rule folding the description again
/// was repeated work on every listing.
public struct SharedFoldedText: Sendable {
    /// The text the fold was made from.
    public let source: String
    /// `source`, folded.
    public let folded: FoldedText

    public init(_ source: String) {
        self.source = source
        folded = FoldedText(source)
    }
}

extension RuleContext {
    /// `listing.description` folded: the engine's shared fold when it was made from this description, else a fresh
    /// one (contexts built by hand). Comparing the source costs nothing on the engine's path, where both strings
    /// share one buffer.
    public func foldedDescription(of listing: Listing) -> FoldedText {
        if let sharedDescription, sharedDescription.source == listing.description { return sharedDescription.folded }
        return FoldedText(listing.description)
    }
}
