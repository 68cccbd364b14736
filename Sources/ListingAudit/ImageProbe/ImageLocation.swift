import Foundation

/// Where an image address's bytes are: on a web server or on disk.
enum ImageLocation: Equatable, Sendable {
    case remote(URL)
    case local(String)

    /// The location of `address` under `options`, or `nil` when the address cannot name either (malformed URLs are
    /// `images.malformed_url`'s findings).
    static func of(_ address: String, options: ImageProbeOptions) -> ImageLocation? {
        let trimmed = address.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        let lower = trimmed.lowercased()
        let isWeb = lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
        if let folder = options.imagesFolder {
            return .local(inFolder(folder, address: trimmed, isWeb: isWeb))
        }
        if isWeb {
            let text = lower.hasPrefix("//") ? "https:" + trimmed : trimmed
            guard let url = URL(string: text), url.host != nil else { return nil }
            return .remote(url)
        }
        if lower.hasPrefix("file://") {
            return URL(string: trimmed).map { .local($0.path) }
        }
        if trimmed.hasPrefix("/") { return .local(trimmed) }
        // A Windows path (`C:\…`) names a disk this machine does not have: look for the file beside the export.
        let name = trimmed.contains("\\") ? fileName(of: trimmed) : trimmed
        let base = options.baseFolder ?? FileManager.default.currentDirectoryPath
        return .local((base as NSString).appendingPathComponent(name))
    }

    /// The file for `address` in `folder`: its relative path when that exists, else its file name.
    private static func inFolder(_ folder: String, address: String, isWeb: Bool) -> String {
        let relative: String
        if isWeb, let url = URL(string: address.hasPrefix("//") ? "https:" + address : address) {
            relative = url.path
        } else {
            relative = address.replacingOccurrences(of: "\\", with: "/")
        }
        let stripped = String(relative.drop { $0 == "/" })
        let direct = (folder as NSString).appendingPathComponent(stripped)
        if !stripped.contains(".."), FileManager.default.fileExists(atPath: direct) {
            return direct
        }
        return (folder as NSString).appendingPathComponent(fileName(of: relative))
    }

    /// The last component of a `/`- or `\`-separated path, percent-decoded.
    private static func fileName(of path: String) -> String {
        let last = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? path
        return last.removingPercentEncoding ?? last
    }

    /// The host an address is grouped under in reports and the per-host limit: the server, or `local`.
    var host: String {
        switch self {
        case .remote(let url): url.host?.lowercased() ?? ""
        case .local: "local"
        }
    }
}
