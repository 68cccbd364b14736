import Foundation

/// Probes kept between runs, keyed by address, in `image-cache.json` in the cache folder. A probe younger than
/// `ImageProbeOptions.cacheMaxAge` is used as it is; an older one is revalidated with its `ETag` /
/// `Last-Modified`, and only a changed image is read again. Only images that were read are kept: failures are
/// tried again next run. A damaged or foreign cache file is ignored (and replaced).
struct ImageProbeCache {
    /// One cached probe.
    struct Entry: Codable, Sendable {
        var probe: ImageProbe
        var etag: String?
        var lastModified: String?
        /// When the server last confirmed the probe.
        var checked: Date
    }

    /// The file's shape; `version` changes when the probe's meaning does.
    private struct File: Codable {
        var version: Int
        var entries: [String: Entry]
    }

    private static let version = 1
    /// The cache file's name in the cache folder.
    static let fileName = "image-cache.json"

    private(set) var entries: [String: Entry] = [:]
    let folder: String?

    /// The cache kept in `folder` (none when `nil`).
    init(folder: String?) {
        self.folder = folder
        guard let path, let data = FileManager.default.contents(atPath: path),
            let file = try? JSONDecoder.cache.decode(File.self, from: data), file.version == Self.version
        else { return }
        entries = file.entries
    }

    private var path: String? { folder.map { ($0 as NSString).appendingPathComponent(Self.fileName) } }

    subscript(address: String) -> Entry? {
        get { entries[address] }
        set { entries[address] = newValue }
    }

    /// Writes the cache (whole, then renamed into place). A cache that cannot be written is only a slower next run,
    /// so the failure is returned for a warning, not thrown.
    func save() -> LocalizedText? {
        guard let folder, let path else { return nil }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let data = try JSONEncoder.cache.encode(File(version: Self.version, entries: entries))
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            return nil
        } catch {
            let reason = SystemError.reason(error)
            return LocalizedText(
                zh: "\(path)：无法写入图片缓存：\(reason.zh)", en: "\(path): cannot write the image cache: \(reason.en)")
        }
    }
}

extension JSONEncoder {
    fileprivate static var cache: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

extension JSONDecoder {
    fileprivate static var cache: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }
}
