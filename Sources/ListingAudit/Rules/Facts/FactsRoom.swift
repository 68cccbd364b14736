/// The arrays a worker's last listing's facts were made of, given back as those facts end (`ListingFacts`' deinit)
/// and written again by the next listing's facts (`FactsCache.room`): a listing's facts live no longer than its
/// check, so one listing's arrays serve the next instead of being freed and allocated again (three a text for the
/// title and the description, the image addresses, an option list a kind).
///
/// A listing's facts take the room as they are made and put back what they did not use; facts that end give theirs
/// back, in place of what the room held. Arrays that something else still holds (a text a caller kept) are not
/// written again: the library's copy on write gives the next listing an array of its own.
struct FactsRoom {
    /// The arrays of the title's scanned text.
    var title = TextRoom()
    /// The arrays of the description's scanned text.
    var description = TextRoom()
    /// The image addresses' array (`ListingFacts.imageAddresses`).
    var addresses: [ListingFacts.ImageAddress] = []
    /// The option lists' arrays, one a kind (`DistinctOptions`).
    var options: OptionLists = ([], [], [])

    /// Keeps the arrays of the facts' `title`, `description`, image `addresses` and option lists for the next
    /// listing.
    mutating func keep(
        title: ScannedText, description: ScannedText, addresses: [ListingFacts.ImageAddress], options: OptionLists
    ) {
        self.title.keep(title.folded, hits: title.hits)
        self.description.keep(description.folded, hits: description.hits)
        self.addresses.keepForReuse(addresses)
        self.options.size.keepForReuse(options.size)
        self.options.colour.keepForReuse(options.colour)
        self.options.other.keepForReuse(options.other)
    }
}

/// The facts of a listing's distinct option values, a list a kind (`DistinctOptions`).
typealias OptionLists = (size: [OptionValue], colour: [OptionValue], other: [OptionValue])
