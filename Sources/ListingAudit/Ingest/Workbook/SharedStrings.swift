/// A workbook's shared strings (`xl/sharedStrings.xml`), read as far as rows need them.
///
/// Excel and the platforms that write workbooks number shared strings in order of first use, so the rows of a sheet
/// mostly ask for the next few strings: reading stops as soon as the asked-for index is loaded, and opening a workbook
/// only to look at its header reads a handful of strings, not the whole part. Strings are kept back to back in one
/// byte array (UTF-8, `_xHHHH_` escapes decoded, phonetic runs left out), bounded by `maximumBytes`.
final class SharedStrings {
    /// The most bytes of string text kept.
    static let maximumBytes = 1 << 30

    /// The strings and the reader behind a pointer, so the per-cell look-up needs no dynamic exclusivity checks.
    private let state: UnsafeMutablePointer<SharedStringsState>

    init(archive: ZipArchive, part: String?) {
        state = .allocate(capacity: 1)
        state.initialize(to: SharedStringsState(archive: archive, part: part))
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Strings loaded so far.
    var count: Int { state.pointee.ends.count }

    /// Appends string `index` to `out`; false when the workbook has no such string. `repaired` is set when the string
    /// held bytes that are not UTF-8 (replaced with U+FFFD when it was loaded).
    @inline(__always)
    func append(_ index: Int, to out: inout [UInt8], repaired: inout Bool) throws(IngestError) -> Bool {
        try state.pointee.append(index, to: &out, repaired: &repaired)
    }
}

struct SharedStringsState {
    private let archive: ZipArchive
    private let part: String?
    private var bytes: [UInt8] = []
    /// `ends[i]`: the end of string `i` in `bytes`.
    private(set) var ends: [UInt32] = []
    /// Strings whose bytes were not valid UTF-8 (repaired when loaded).
    private var repairedStrings: Set<Int> = []
    private var reader: XMLReader?
    private var source: ZipEntrySource?
    private var started = false
    private var finished = false
    // Parser state between calls.
    private var inString = false
    private var inText = false
    private var phoneticDepth = 0

    init(archive: ZipArchive, part: String?) {
        self.archive = archive
        self.part = part
    }

    @inline(__always)
    mutating func append(_ index: Int, to out: inout [UInt8], repaired: inout Bool) throws(IngestError) -> Bool {
        if index >= ends.count { try load(through: index) }
        guard index < ends.count else { return false }
        let start = index == 0 ? 0 : Int(ends[index - 1])
        let end = Int(ends[index])
        bytes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
        if !repairedStrings.isEmpty, repairedStrings.contains(index) { repaired = true }
        return true
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
        var stringStart = bytes.count
        while ends.count <= index {
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
                    stringStart = bytes.count
                } else if reader.isNamed("rPh") {
                    phoneticDepth += 1
                } else if reader.isNamed("t") {
                    inText = inString && phoneticDepth == 0
                }
            case .endTag:
                if reader.isNamed("si") {
                    inString = false
                    try finishString(from: stringStart, location: source.location)
                } else if reader.isNamed("rPh") {
                    phoneticDepth = max(0, phoneticDepth - 1)
                } else if reader.isNamed("t") {
                    inText = false
                }
            case .text:
                if inText { bytes.append(contentsOf: reader.text) }
            }
        }
    }

    /// Ends the string that starts at `start`: escapes decoded, bytes that are not UTF-8 replaced, size bounded.
    private mutating func finishString(from start: Int, location: SourceLocation) throws(IngestError) {
        OOXMLText.decodeEscapes(&bytes, from: start)
        let valid = bytes.withUnsafeBufferPointer { all in
            let text = UnsafeBufferPointer(rebasing: all[start...])
            return UTF8Validation.isASCII(text) || UTF8Validation.firstInvalidOffset(text) == nil
        }
        if !valid {
            let repaired = String(decoding: bytes[start...], as: UTF8.self)
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: repaired.utf8)
            repairedStrings.insert(ends.count)
        }
        guard bytes.count <= SharedStrings.maximumBytes else {
            throw .input(
                location,
                zh: "共享字符串超过 \(ByteCount.text(SharedStrings.maximumBytes))：工作簿过大或不正常，请分成较小的文件导出",
                en: "the shared strings exceed \(ByteCount.text(SharedStrings.maximumBytes)): the workbook is too large "
                    + "or not ordinary; export it in smaller files")
        }
        ends.append(UInt32(bytes.count))
    }
}

/// OOXML's escaping of characters XML cannot hold: `_xHHHH_` stands for U+HHHH (`_x000D_` for a carriage return,
/// `_x005F_` for a literal underscore before `x`).
enum OOXMLText {
    /// Decodes the escapes in `bytes[from...]` in place.
    static func decodeEscapes(_ bytes: inout [UInt8], from start: Int) {
        guard bytes.count - start >= 7 else { return }
        let found = bytes.withUnsafeBufferPointer { all in
            var index = start
            while true {
                index = ByteSearch.first(in: all, from: index, 0x5F, 0x5F, 0x5F, 0x5F)
                guard index + 6 < all.count else { return false }
                if all[index + 1] == UInt8(ascii: "x"), all[index + 6] == UInt8(ascii: "_") { return true }
                index += 1
            }
        }
        guard found else { return }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var index = start
        while index < bytes.count {
            if index + 6 < bytes.count, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x"),
                bytes[index + 6] == UInt8(ascii: "_"), let value = hex4(bytes, at: index + 2)
            {
                if value == 0x0D {
                    // A CR escaped before a line feed is the line break Excel stores; keep only the LF.
                    if !(index + 7 < bytes.count && bytes[index + 7] == 0x0A) { out.append(0x0A) }
                } else if let scalar = Unicode.Scalar(value) {
                    UTF8Scalars.append(scalar.value, to: &out)
                } else {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                }
                index += 7
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        bytes.removeSubrange(start...)
        bytes.append(contentsOf: out)
    }

    private static func hex4(_ bytes: [UInt8], at index: Int) -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = HexDigit.value(bytes[index + offset]) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
