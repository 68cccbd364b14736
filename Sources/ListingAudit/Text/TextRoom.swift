/// The arrays a scanned text is made of (its folded bytes, where its scalars changed length, its hits), kept by a
/// worker once the text is no longer read, so that the next text it scans is written into them instead of into
/// arrays allocated for it and freed with it (`FactsCache.room`: a listing's title and description, three arrays
/// each, given back by the listing's facts as they end).
///
/// Nothing here is shared unsafely: an array is written again only through the library's copy on write, so an
/// array something else still holds (a text a caller kept) is left as it is and the next text gets a new one.
struct TextRoom {
    /// The folded bytes of the last text (`FoldedText.bytes`).
    var bytes: [UInt8] = []
    /// Its length changes (`FoldedText.lengthChanges`).
    var lengthChanges: [Int32] = []
    /// Its hits (`PhraseHits`).
    var hits: [PhraseHit] = []

    /// Keeps the arrays of `text` for the next text, in place of the ones kept before (an array with no room, as an
    /// empty text's, leaves the one before).
    mutating func keep(_ text: FoldedText, hits textHits: PhraseHits) {
        bytes.keepForReuse(text.bytes)
        lengthChanges.keepForReuse(text.lengthChangeOffsets)
        hits.keepForReuse(textHits.storage)
    }
}

extension Array {
    /// The array, emptied with its room kept, to be written again; `self` is left empty, with no room. Its room is
    /// reused only when nothing else holds it (else the library gives it a room of its own on the first write).
    mutating func takenForReuse() -> [Element] {
        var taken: [Element] = []
        swap(&taken, &self)
        if !taken.isEmpty { taken.removeAll(keepingCapacity: true) }
        return taken
    }

    /// Holds `array` from now on, to be written again (`takenForReuse`), when it has room; an array with none (an
    /// empty list that was never written) leaves the one held before.
    mutating func keepForReuse(_ array: [Element]) {
        if array.capacity > 0 { self = array }
    }
}
