/// The arrays a worker's last listing's facts were made of, given back as those facts end (`ListingFacts`' deinit)
/// and written again by the next listing's facts (`FactsCache.room`): a listing's facts live no longer than its
/// check, so one listing's arrays serve the next instead of being freed and allocated again (three a text for the
/// title and the description).
///
/// A listing's facts take the room as they are made and put back what they did not use; facts that end give theirs
/// back, in place of what the room held. Arrays that something else still holds (a text a caller kept) are not
/// written again: the library's copy on write gives the next listing an array of its own.
struct FactsRoom {
    /// The arrays of the title's scanned text.
    var title = TextRoom()
    /// The arrays of the description's scanned text.
    var description = TextRoom()

    /// Keeps the arrays of the facts' `title` and `description` for the next listing.
    mutating func keep(title: ScannedText, description: ScannedText) {
        self.title.keep(title.folded, hits: title.hits)
        self.description.keep(description.folded, hits: description.hits)
    }
}
