// libFuzzer target for the whole `check` pipeline of one listing file: the input is the file (held in `FuzzFile`, as
// the loader reads paths), loaded with format detection and adapters, and every listing checked by every rule,
// serially. The rule engine is made once per process.

private let engine = RuleEngine()

func fuzzCheck(_ input: UnsafeBufferPointer<UInt8>) {
    FuzzFile.write(input)
    guard let loaded = try? ListingLoader.load(path: FuzzFile.path) else { return }
    _ = engine.checkSerially(loaded.listings)
}
