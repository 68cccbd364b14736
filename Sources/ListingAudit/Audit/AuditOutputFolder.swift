import Foundation

/// The one place an audit writes its report files. Every file of a run is written into a staging folder, and
/// `commit` moves them into place together once all are complete: an output folder that did not exist is staged
/// beside where it will be and appears whole with one rename; an existing one is staged in a hidden folder inside
/// it (same file system, whatever links lead there) and gets each file by a rename over the old one. A reader never
/// sees a half-written file, and a run that fails before `commit` leaves the output folder as it was (`discard`
/// removes the staging folder). Files of the folder that this run does not write are left alone.
final class AuditOutputFolder {
    /// The report files an audit can write, in the order the terminal lists them.
    static let reportNames = [
        "priorities.csv", "findings.csv", "refunds.csv", "summary.json", "trend.csv", "report.html",
    ]

    /// The output folder.
    let destination: String
    /// The staging folder, once the first file is written.
    private var staging: String?
    /// Whether the staging folder is inside the output folder (which existed) rather than beside it.
    private var stagedInside = false
    private var staged: Set<String> = []

    init(destination: String) {
        self.destination = destination
    }

    /// The names of the files written so far, in `reportNames` order.
    var files: [String] { Self.reportNames.filter(staged.contains) }

    /// Where to write report file `name`: its path in the staging folder, made on first use.
    /// - Throws: `AuditError.cannotWrite` when no staging folder can be made.
    func path(for name: String) throws(AuditError) -> String {
        staged.insert(name)
        return (try stagingFolder() as NSString).appendingPathComponent(name)
    }

    /// Creates report file `name` for writing in pieces.
    func create(_ name: String) throws(AuditError) -> OutputFile {
        try OutputFile(path: path(for: name))
    }

    /// Writes the whole of report file `name`.
    func write(_ text: String, as name: String) throws(AuditError) {
        try OutputFile.write(text, to: path(for: name))
    }

    /// Moves every file written into the output folder, and removes the staging folder.
    /// - Throws: `AuditError.cannotWrite` naming the file or folder that could not be moved.
    func commit() throws(AuditError) {
        guard let staging else { return }
        if !stagedInside, !FileManager.default.fileExists(atPath: destination) {
            guard rename(staging, destination) == 0 else {
                throw .cannotWrite(path: destination, reason: Self.systemError())
            }
            self.staging = nil
            return
        }
        for name in files {
            let target = (destination as NSString).appendingPathComponent(name)
            guard rename((staging as NSString).appendingPathComponent(name), target) == 0 else {
                throw .cannotWrite(path: target, reason: Self.systemError())
            }
        }
        discard()
    }

    /// Removes the staging folder and what it holds; the output folder is untouched.
    func discard() {
        guard let staging else { return }
        try? FileManager.default.removeItem(atPath: staging)
        self.staging = nil
    }

    /// The staging folder, made on first use: inside the output folder when it exists, else beside it.
    private func stagingFolder() throws(AuditError) -> String {
        if let staging { return staging }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: destination, isDirectory: &isFolder)
        guard !exists || isFolder.boolValue else { throw .cannotWrite(path: destination, reason: "not a folder") }
        let target = URL(fileURLWithPath: destination).standardizedFileURL
        let process = ProcessInfo.processInfo.processIdentifier
        let name = ".\(target.lastPathComponent).partial-\(process)-\(UUID().uuidString)"
        let parent = exists ? destination : target.deletingLastPathComponent().path
        let folder = (parent as NSString).appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: destination, reason: error.localizedDescription)
        }
        staging = folder
        stagedInside = exists
        return folder
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
