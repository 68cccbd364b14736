import Foundation

/// Plain reasons for an output folder or file that cannot be made, instead of Foundation's error domains and codes.
public enum OutputProblem {
    /// Why `folder` (or a folder on its path) could not be created with `error`: a regular file standing where a
    /// folder must be is named as such; otherwise the system's message.
    static func reason(creating folder: String, _ error: any Error) -> String {
        if let file = fileOnPath(folder) { return "\(file) is a file, not a folder" }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }

    /// The nearest existing ancestor of `path` (or `path` itself) when it is not a folder.
    public static func fileOnPath(_ path: String) -> String? {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        while url.path != "/" && !url.path.isEmpty {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
                return isFolder.boolValue ? nil : url.path
            }
            url.deleteLastPathComponent()
        }
        return nil
    }
}
