/// What a lexicon word does when it is found in a reason or comment.
enum LexiconRole: Sendable, Equatable {
    /// A self-contained signal for a category (`太小`, `color is different`, `never arrived`).
    case phrase(RefundCategory, Double)
    /// A phrase that is a fulfilment error when its clause says the item was sent or received (`sent … wrong
    /// colour`), and its own category otherwise (`wrong colour` alone is a colour mismatch).
    case fulfilmentSensitive(RefundCategory, Double)
    /// A topic word (`颜色`, `size`, `fabric`): weak alone, decisive with a problem or mismatch word in its clause.
    case subject(RefundCategory, Double)
    /// Says something differs from the listing (`不符`, `不一样`, `different from`).
    case mismatch
    /// Says something is wrong (`不对`, `wrong`, `terrible`).
    case problem
    /// Says something is fine (`合适`, `没问题`, `fits perfectly`): topics in its clause are cancelled.
    case positive
    /// A listing aid the buyer chooses by (`size chart`, `尺码表`): counts like a phrase, and so does its absence
    /// (`no size chart`, `没有尺码表`), which is a complaint in the same category, never a denial of it.
    case reference(RefundCategory, Double)
    /// Where the parcel is or was on its way (`in transit`, `运输中`, `路上`): with a breakage word in its clause the
    /// damage happened in transit; alone it is a delivery matter (`stuck in transit`).
    case transit
    /// Denies the next signal in its clause (`不是`, `not`, `isn't`): `not a size problem` rules the size out.
    case negator
    /// Says the next signal is absent (`没有`, `no`, `without`): an absent problem is ruled out (`no damage`,
    /// `没有破损`), but an absent topic is not (`no measurements`), unless its clause judges it (`no size issue`).
    case absence
    /// Turns the sentence (`但是`, `就是`, `but`): what follows counts more.
    case contrast
    /// The buyer names what they ordered (`我拍的是`, `i ordered`).
    case ordered
    /// The buyer names what arrived instead (`收到的是`, `they sent`).
    case received
    /// Boilerplate that must not count (`退款原因`, `customer says`, `please refund`).
    case neutral
}

/// A group of lexicon words sharing a role, as the lexicon tables are written.
struct LexiconGroup: Sendable {
    let role: LexiconRole
    let words: [String]

    init(_ role: LexiconRole, _ words: [String]) {
        self.role = role
        self.words = words
    }
}
