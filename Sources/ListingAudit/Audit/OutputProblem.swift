import Foundation

/// Plain reasons for an output folder or file that cannot be made, instead of Foundation's error domains and codes.
public enum OutputProblem {
    /// Why `folder` (or a folder on its path) could not be created with `error`: a regular file standing where a
    /// folder must be is named as such; otherwise the system's reason.
    public static func reason(creating folder: String, _ error: any Error) -> LocalizedText {
        if let file = fileOnPath(folder) { return notAFolder(file) }
        return SystemError.reason(error)
    }

    /// `file` stands where a folder must be.
    public static func notAFolder(_ file: String) -> LocalizedText {
        LocalizedText(zh: "\(file) 是文件，不是文件夹", en: "\(file) is a file, not a folder")
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
