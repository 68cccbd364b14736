import Synchronization

/// A file name as `SourceLocation` holds it: one object per distinct spelling (UTF-8 bytes), made once by
/// `SourceFileName.named(_:)` and kept for the rest of the process, so that a location refers to its file without
/// owning a reference to it (copying or dropping a location counts no references; a `String` was retained and
/// released with every listing, variant, image and finding that carried one).
///
/// Only `named(_:)` makes one, and `table` keeps every one it made: nothing ever releases a file name, which is what
/// lets `SourceLocation` hold it `unowned(unsafe)`. There is one per distinct file name the process met (the inputs'
/// paths and labels, the names a snapshot or spool gave back); they are not freed.
final class SourceFileName: Sendable {
    /// The name as given.
    let text: String
    /// `text.hashValue`, worked out once: what a location hashes, so that names equal as `String`s hash alike.
    let textHash: Int

    private init(_ text: String) {
        self.text = text
        textHash = text.hashValue
    }

    /// Every file name made, by text; a list for the spellings that are equal as `String`s but not byte for byte
    /// (`é` composed and decomposed), each of which keeps its own bytes.
    private static let table = Mutex<[String: [SourceFileName]]>([:])

    /// The file name spelled `text`, made the first time it is asked for (under a lock: a caller that makes many
    /// locations in one file asks once and keeps the name).
    static func named(_ text: String) -> SourceFileName {
        table.withLock { table in
            if let spellings = table[text], let same = spellings.first(where: { $0.isSpelled(text) }) { return same }
            let name = SourceFileName(text)
            table[text, default: []].append(name)
            return name
        }
    }

    /// Whether `text` has exactly this name's UTF-8 bytes.
    private func isSpelled(_ text: String) -> Bool {
        self.text.utf8.count == text.utf8.count && self.text.utf8.elementsEqual(text.utf8)
    }

    /// Whether `left` and `right` name the same file as `String`s compare: the same object, or equal texts.
    static func same(_ left: SourceFileName, _ right: SourceFileName) -> Bool {
        left === right || left.text == right.text
    }
}
