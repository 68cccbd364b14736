// What the fuzz targets share: the one scratch file the path-reading readers are given, and the number, date and
// terminal escaping readers every cell read goes through.
#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A file in a RAM folder (`$FUZZ_TMP`, else `/dev/shm`) that holds the current input, for the readers that take a
/// path. Opened once per process; each input replaces its contents (one `ftruncate` and one `pwrite`).
enum FuzzFile {
    static let path: String = {
        let folder = ProcessInfo.processInfo.environment["FUZZ_TMP"] ?? "/dev/shm"
        return "\(folder)/listing-audit-fuzz-\(getpid())"
    }()
    private static let descriptor: Int32 = {
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        if fd < 0 {
            FileHandle.standardError.write(Data("cannot create \(path)\n".utf8))
            exit(73)
        }
        atexit { unlink(FuzzFile.path) }
        return fd
    }()

    /// Makes the file hold exactly `bytes`.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard ftruncate(descriptor, 0) == 0 else { fatalError("ftruncate \(path)") }
        var done = 0
        while done < bytes.count {
            let wrote = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(done))
            guard wrote > 0 else { fatalError("pwrite \(path)") }
            done += wrote
        }
    }
}

/// Every cell of `record` through the number grammar, the readers built on it, the date grammar and the terminal
/// escaping.
func readCells(_ record: CSVRecord) {
    for index in 0..<record.count {
        record.withUTF8(index) { cell in
            _ = NumberGrammar.amount(cell)
            _ = NumberGrammar.quantity(cell)
            _ = FieldText.amount(cell)
            _ = CellText.price(cell)
            _ = DateGrammar.read(cell, serials: true)
            _ = TerminalText.escaped(String(decoding: cell, as: UTF8.self))
        }
    }
}
