// libFuzzer target for JSON product dumps: the record scanner (arrays, wrapped arrays, JSON Lines) and the rows made
// from each record (plain records and Shopify Admin API products), every row's cells through the number readers.

func fuzzJSON(_ input: UnsafeBufferPointer<UInt8>) {
    FuzzFile.write(input)
    guard let rows = try? JSONRows(path: FuzzFile.path) else { return }
    while let row = try? rows.next() { readCells(row) }
}
