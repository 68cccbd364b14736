/// A workbook's shared strings (`xl/sharedStrings.xml`), read as far as rows need them.
///
/// Excel and the platforms that write workbooks number shared strings in order of first use, so the rows of a sheet
/// mostly ask for the next few strings: reading stops as soon as the asked-for index is loaded, and opening a workbook
/// only to look at its header reads a handful of strings, not the whole part. Each string is decoded once (UTF-8,
/// `_xHHHH_` escapes decoded, phonetic runs left out, cut at `FieldLimit.maximumBytes`) into a `SharedStringStore`,
/// which keeps a large table in a scratch file so that its memory stays bounded.
final class SharedStrings {
    /// The strings and the reader behind a pointer, so the per-cell look-up needs no dynamic exclusivity checks.
    private let state: UnsafeMutablePointer<SharedStringsState>

    init(archive: ZipArchive, part: String?, budget: SharedStringStore.Budget = SharedStringStore.Budget()) {
        state = .allocate(capacity: 1)
        state.initialize(to: SharedStringsState(archive: archive, part: part, budget: budget))
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Strings loaded so far.
    var count: Int { state.pointee.store.count }

    /// The decoded strings (for looking at how they are held).
    var store: SharedStringStore { state.pointee.store }

    /// Appends string `index` to `out` and returns its notes (repaired, cut); `nil` when the workbook has no such
    /// string.
    @inline(__always)
    func append(_ index: Int, to out: inout [UInt8]) throws(IngestError) -> SharedStringStore.Note? {
        try state.pointee.append(index, to: &out)
    }
}

struct SharedStringsState {
    private let archive: ZipArchive
    private let part: String?
    private(set) var store: SharedStringStore
    private var reader: XMLReader?
    private var source: ZipEntrySource?
    private var started = false
    private var finished = false
    // Parser state between calls.
    private var inString = false
    private var inText = false
    private var phoneticDepth = 0
    /// The text of the string being read, and whether more was offered than it keeps.
    private var text: [UInt8] = []
    private var overflow = false

    init(archive: ZipArchive, part: String?, budget: SharedStringStore.Budget) {
        self.archive = archive
        self.part = part
        store = SharedStringStore(label: "\(archive.path) (\(part ?? "xl/sharedStrings.xml"))", budget: budget)
    }

    @inline(__always)
    mutating func append(_ index: Int, to out: inout [UInt8]) throws(IngestError) -> SharedStringStore.Note? {
        if index >= store.count { try load(through: index) }
        guard index < store.count else { return nil }
        return try store.append(index, to: &out)
    }

    /// Reads strings until `index` is loaded or the part ends.
    private mutating func load(through index: Int) throws(IngestError) {
        guard !finished else { return }
        if !started {
            started = true
            guard let part, let entry = archive.entry(named: part) else {
                finished = true
                return
            }
            let source = try archive.open(entry)
            self.source = source
            reader = XMLReader(source: source, maximumToken: 64 << 20)
        }
        guard let reader, let source else { return }
        while store.count <= index {
            let token: XMLToken
            do {
                token = try reader.next()
            } catch {
                throw Workbook.xmlError(error, location: source.location, source: source)
            }
            switch token {
            case .end:
                finished = true
                self.reader = nil
                self.source = nil
                return
            case .startTag:
                if reader.isNamed("si") {
                    inString = true
                    text.removeAll(keepingCapacity: true)
                    overflow = false
                } else if reader.isNamed("rPh") {
                    phoneticDepth += 1
                } else if reader.isNamed("t") {
                    inText = inString && phoneticDepth == 0
                }
            case .endTag:
                if reader.isNamed("si") {
                    inString = false
                    finishString()
                } else if reader.isNamed("rPh") {
                    phoneticDepth = max(0, phoneticDepth - 1)
                } else if reader.isNamed("t") {
                    inText = false
                }
            case .text:
                if inText { keep(reader.text) }
            }
        }
    }

    /// Keeps `piece` of the string's text, up to a little more than `FieldLimit.maximumBytes` (escapes still to be
    /// decoded).
    private mutating func keep(_ piece: UnsafeBufferPointer<UInt8>) {
        let room = FieldLimit.maximumBytes + 64 - text.count
        if piece.count <= room {
            text.append(contentsOf: piece)
        } else {
            text.append(contentsOf: UnsafeBufferPointer(rebasing: piece[..<max(0, room)]))
            overflow = true
        }
    }

    /// Adds the string read: escapes decoded, bytes that are not UTF-8 replaced, cut to `FieldLimit.maximumBytes`.
    private mutating func finishString() {
        var note: SharedStringStore.Note = []
        OOXMLText.decodeEscapes(&text, from: 0)
        let valid = text.withUnsafeBufferPointer {
            UTF8Validation.isASCII($0) || UTF8Validation.firstInvalidOffset($0) == nil
        }
        if !valid {
            text = Array(String(decoding: text, as: UTF8.self).utf8)
            note.insert(.repaired)
        }
        if overflow || text.count > FieldLimit.maximumBytes {
            var stop = min(text.count, FieldLimit.maximumBytes)
            while stop > 0, stop < text.count, text[stop] & 0xC0 == 0x80 { stop -= 1 }
            text.removeSubrange(stop...)
            note.insert(.cut)
        }
        text.withUnsafeBufferPointer { store.add($0, note: note) }
    }
}
