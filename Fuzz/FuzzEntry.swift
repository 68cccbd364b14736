// The one entry point libFuzzer calls. scripts/fuzz compiles every target into one binary (one ASan build of the
// library) and names the target to run in LISTING_AUDIT_FUZZ_TARGET: csv, check, xlsx, feed or json.
import Foundation

private let target: @Sendable (UnsafeBufferPointer<UInt8>) -> Void = {
    let name = ProcessInfo.processInfo.environment["LISTING_AUDIT_FUZZ_TARGET"] ?? ""
    switch name {
    case "csv": return fuzzCSV
    case "check": return fuzzCheck
    case "xlsx": return fuzzWorkbook
    case "feed": return fuzzFeed
    case "json": return fuzzJSON
    default:
        FileHandle.standardError.write(Data("LISTING_AUDIT_FUZZ_TARGET must be csv, check, xlsx, feed or json\n".utf8))
        exit(64)
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    target(UnsafeBufferPointer(start: data, count: size))
    return 0
}
