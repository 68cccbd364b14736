import Foundation
import ListingAudit

/// Where a command's main output goes as it is produced: standard output (no `--output`, or `--output -`, the
/// command-line convention), or a file written through a buffer. A file that cannot be created is reported before any
/// work is written; a run that fails part-way removes its partial file.
final class OutputSink {
    /// A file that could not be created or written.
    struct Problem: Error {
        let path: String
        let reason: LocalizedText
    }

    private let console: Console
    /// The file written, `nil` for standard output.
    let path: String?
    private let handle: FileHandle?
    private var buffer = Data()
    private var problem: Problem?
    private static let flushSize = 1 << 20

    /// - Parameter path: the file to write, or `nil` or `-` for standard output.
    /// - Throws: `Problem` when the file cannot be created.
    init(path: String?, console: Console) throws(Problem) {
        self.console = console
        self.path = path == "-" ? nil : path
        guard let path = self.path else {
            handle = nil
            return
        }
        // open(2), not FileManager.createFile: that replaces the path with a new file, and run as root it replaced
        // device nodes such as /dev/full; this writes into what is there (a file, /dev/stdout, a pipe).
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Problem(path: path, reason: Self.reason(creating: path, code: errno))
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Writes the UTF-8 text `bytes` (buffered when going to a file).
    func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        guard handle != nil else {
            console.write(bytes: bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { flush() }
    }

    /// Flushes and closes the file; returns the first write problem, if any.
    func close() -> Problem? {
        flush()
        try? handle?.close()
        return problem
    }

    /// Closes and removes the partial file.
    func discard() {
        try? handle?.close()
        if let path { try? FileManager.default.removeItem(atPath: path) }
    }

    private func flush() {
        guard let handle, !buffer.isEmpty, problem == nil else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            problem = Problem(path: path ?? "-", reason: SystemError.reason(error))
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Why `path` could not be opened with the error number `code`: a file standing where a folder must be, a
    /// missing folder, else the system's reason.
    private static func reason(creating path: String, code: Int32) -> LocalizedText {
        let folder = PathText.parent(path)
        if let file = OutputProblem.fileOnPath(folder.isEmpty ? "." : folder) { return OutputProblem.notAFolder(file) }
        var isDirectory: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            return LocalizedText(zh: "文件夹 \(folder) 不存在", en: "the folder \(folder) does not exist")
        }
        return SystemError.reason(code)
    }
}
