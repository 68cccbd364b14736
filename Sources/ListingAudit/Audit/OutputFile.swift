import Foundation

/// A report file being written: created (replacing any old one) on open, appended to in pieces, closed once.
final class OutputFile {
    let path: String
    private let handle: FileHandle

    /// Creates `path`, making its folder if needed.
    /// - Throws: `AuditError.cannotWrite` naming the path.
    init(path: String) throws(AuditError) {
        self.path = path
        let folder = PathText.parent(path)
        do {
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
        } catch {
            throw .cannotWrite(path: folder, reason: error.localizedDescription)
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw .cannotWrite(path: path, reason: "cannot create the file")
        }
        self.handle = handle
    }

    /// Appends `text` as UTF-8.
    func write(_ text: String) throws(AuditError) {
        guard !text.isEmpty else { return }
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    /// Appends `bytes`.
    func write(_ bytes: [UInt8]) throws(AuditError) {
        guard !bytes.isEmpty else { return }
        do {
            try bytes.withUnsafeBytes { raw in
                let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: raw.baseAddress!), count: raw.count,
                                deallocator: .none)
                try handle.write(contentsOf: data)
            }
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    /// Writes a whole file at once.
    static func write(_ text: String, to path: String) throws(AuditError) {
        let file = try OutputFile(path: path)
        try file.write(text)
        try file.close()
    }

    /// Flushes and closes the file.
    func close() throws(AuditError) {
        do {
            try handle.close()
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
