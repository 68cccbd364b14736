extension String {
    /// The string without leading and trailing white space (including full-width spaces and line breaks).
    public func trimmingWhitespace() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = lastIndex { !$0.isWhitespace }!
        return String(self[start...end])
    }
}
