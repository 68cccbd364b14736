// libFuzzer target for the whole `check` pipeline of one listing file: the input is written to a file in a RAM
// folder (the loader reads paths), loaded with format detection and adapters, and every listing checked by every
// rule, serially. Compiled into the ListingAudit module by scripts/fuzz.
import Foundation

private let folder = ProcessInfo.processInfo.environment["FUZZ_TMP"] ?? "/dev/shm"
private let path = "\(folder)/listing-audit-fuzz-\(ProcessInfo.processInfo.processIdentifier).csv"
private let engine = RuleEngine()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCheck(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size)) else { return 0 }
    defer { unlink(path) }
    guard let loaded = try? ListingLoader.load(path: path) else { return 0 }
    _ = engine.checkSerially(loaded.listings)
    return 0
}
