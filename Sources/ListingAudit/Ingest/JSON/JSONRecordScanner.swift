/// Finds the records of a JSON product dump in one pass over its bytes, without parsing the whole document: an array
/// of objects, an object holding one under a key such as `products` or `items` (the Shopify Admin API's
/// `{"products": [...]}`, or `{"product": {...}}`), or JSON Lines (one object after another). Each record's bytes are
/// handed out whole (at most `maximumRecord` bytes) with the line it starts on, for `JSONSerialization` to parse; so
/// memory holds one record, however big the file.
final class JSONRecordScanner {
    /// The most bytes one record may have.
    static let maximumRecord = 16 << 20
    /// Keys of a wrapping object whose value is the records.
    static let wrapperKeys: Set<[UInt8]> = Set(
        ["products", "items", "data", "results", "records", "goods", "list", "rows", "entries", "product"].map {
            Array($0.utf8)
        })

    enum Layout: String {
        case array = "array of records"
        case wrapped = "records in an object"
        case lines = "JSON Lines"
    }

    private enum State { case start, array, lines, done }

    let path: String
    /// How the records are laid out, once the first is found.
    private(set) var layout = Layout.array
    private let source: FileByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var line = 1
    private var column = 1
    private var state = State.start

    init(path: String) throws(IngestError) {
        self.path = path
        source = try FileByteSource(path: path)
    }

    /// Reports progress as the position reached in the file.
    func reportProgress(to reporter: ProgressReporter) { source.reportProgress(to: reporter) }

    /// The next record's bytes and the line it starts on, or `nil` at the end.
    /// - Throws: `.unusableInput` naming the line and column when the file is not records of JSON.
    func next() throws(IngestError) -> (bytes: [UInt8], line: Int)? {
        while true {
            switch state {
            case .done:
                return nil
            case .start:
                if let record = try start() { return record }
            case .array:
                try skipSpace()
                guard let byte = try peek() else {
                    throw failure(en: "the array of records is not closed", zh: "记录数组没有闭合")
                }
                switch byte {
                case UInt8(ascii: "]"):
                    state = .done
                case UInt8(ascii: ","):
                    advance()
                case UInt8(ascii: "{"):
                    return try record()
                default:
                    throw failure(en: "an element of the records array is not an object", zh: "记录数组中有一项不是对象")
                }
            case .lines:
                try skipSpace()
                guard let byte = try peek() else {
                    state = .done
                    return nil
                }
                guard byte == UInt8(ascii: "{") else {
                    throw failure(en: "expected the next record ('{')", zh: "此处应是下一条记录（“{”）")
                }
                return try record()
            }
        }
    }

    /// Reads the start of the document: `[` begins the records; `{` is a wrapper whose key holds them, or else the
    /// first of JSON Lines (returned).
    private func start() throws(IngestError) -> (bytes: [UInt8], line: Int)? {
        try skipSpace()
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]), position == 0 { position = 3 }
        guard let byte = try peek() else { throw failure(en: "the file holds no JSON", zh: "文件中没有 JSON") }
        if byte == UInt8(ascii: "[") {
            advance()
            state = .array
            return nil
        }
        guard byte == UInt8(ascii: "{") else {
            throw failure(en: "expected an array or object of product records", zh: "应为商品记录的数组或对象")
        }
        let startLine = line
        var captured: [UInt8] = []
        take(into: &captured)
        while true {
            try skipSpace(into: &captured)
            guard let next = try peek() else { throw failure(en: "the object is not closed", zh: "对象没有闭合") }
            if next == UInt8(ascii: "}") {
                take(into: &captured)
                layout = .lines
                state = .lines
                return (captured, startLine)
            }
            if next == UInt8(ascii: ",") {
                take(into: &captured)
                continue
            }
            guard next == UInt8(ascii: "\"") else { throw failure(en: "expected a key", zh: "此处应是键名") }
            let keyStart = captured.count + 1
            try value(into: &captured)
            let key = Array(captured[keyStart..<(captured.count - 1)])
            try skipSpace(into: &captured)
            guard try peek() == UInt8(ascii: ":") else { throw failure(en: "expected ':' after a key", zh: "键名后应有“:”") }
            take(into: &captured)
            try skipSpace(into: &captured)
            let valueStart = try peek()
            if Self.wrapperKeys.contains(key), valueStart == UInt8(ascii: "[") {
                advance()
                layout = .wrapped
                state = .array
                return nil
            }
            if Self.wrapperKeys.contains(key), valueStart == UInt8(ascii: "{") {
                layout = .wrapped
                state = .done
                return try record()
            }
            try value(into: &captured)
        }
    }

    private func record() throws(IngestError) -> (bytes: [UInt8], line: Int) {
        let startLine = line
        var bytes: [UInt8] = []
        try value(into: &bytes)
        return (bytes, startLine)
    }

    /// Copies one JSON value (string, number, literal, object or array) into `out`, strings and nesting respected.
    private func value(into out: inout [UInt8]) throws(IngestError) {
        var depth = 0
        var inString = false
        var escaped = false
        let start = out.count
        while let byte = try peek() {
            if out.count - start >= Self.maximumRecord {
                let limit = ByteCount.text(Self.maximumRecord)
                throw failure(en: "a record is longer than \(limit)", zh: "单条记录超过 \(limit)")
            }
            if inString {
                take(into: &out)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return }
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return }
                depth -= 1
                if depth == 0 {
                    take(into: &out)
                    return
                }
            case UInt8(ascii: ","), 0x20, 0x0A, 0x0D, 0x09:
                if depth == 0 { return }
            default:
                break
            }
            take(into: &out)
        }
        if depth > 0 || inString { throw failure(en: "the file ends inside a record", zh: "文件在记录中途结束") }
    }

    private func skipSpace() throws(IngestError) {
        var ignored: [UInt8] = []
        try skipSpace(into: &ignored)
    }

    private func skipSpace(into out: inout [UInt8]) throws(IngestError) {
        while let byte = try peek(), XMLBytes.isSpace(byte) { take(into: &out) }
    }

    @inline(__always)
    private func peek() throws(IngestError) -> UInt8? {
        if position == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            position = 0
            if try source.read(into: &buffer, maximum: 1 << 18) == 0 { return nil }
        }
        return buffer[position]
    }

    @inline(__always)
    private func take(into out: inout [UInt8]) {
        out.append(buffer[position])
        advance()
    }

    @inline(__always)
    private func advance() {
        if buffer[position] == 0x0A {
            line += 1
            column = 1
        } else if buffer[position] & 0xC0 != 0x80 {
            column += 1
        }
        position += 1
    }

    private func failure(en: String, zh: String) -> IngestError {
        .input(
            SourceLocation(file: path, line: line, column: column),
            zh: "JSON 不是可读取的商品记录：\(zh)", en: "the JSON is not product records we can read: \(en)")
    }
}
