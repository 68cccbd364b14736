// libFuzzer target for XML product feeds: the XML tokenizer alone on the input in memory, with a small chunk size so
// tags, entities and text runs cross chunk ends, then the feed reader (RSS, Atom, `<products>`) on the input as a
// file, every row's cells through the number readers.

func fuzzFeed(_ input: UnsafeBufferPointer<UInt8>) {
    let reader = XMLReader(
        source: MemoryByteSource(Array(input)), countsLines: true, maximumToken: 1 << 16,
        chunkSize: 1 + input.count % 61)
    tokens: while let token = try? reader.next() {
        switch token {
        case .startTag:
            reader.forEachAttribute { _, _ in }
            _ = reader.tokenLine
        case .text:
            _ = reader.textIsWhitespace
        case .endTag:
            continue
        case .end:
            break tokens
        }
    }
    FuzzFile.write(input)
    guard let rows = try? FeedRows(path: FuzzFile.path) else { return }
    while let row = try? rows.next() { readCells(row) }
}
