import Foundation

/// Probes an image file on disk: its size, and its header from the first bytes.
enum LocalImageReader {
    /// The probe of the file at `path` for the address `address`, reading at most `limit` bytes.
    static func probe(address: String, path: String, limit: Int) -> ImageProbe {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            return ImageProbe(address: address, outcome: .failed(.fileNotFound))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return ImageProbe(address: address, outcome: .failed(.unreadableFile))
        }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
        var collector = HeaderCollector(limit: limit)
        var atEnd = false
        while !collector.isEnough {
            guard let chunk = try? handle.read(upToCount: 16_384), !chunk.isEmpty else {
                atEnd = true
                break
            }
            _ = collector.append(chunk)
        }
        let (header, hash) = collector.finish(complete: atEnd || collector.bytes.count == size)
        return ImageProbe(address: address, outcome: .fetched, header: header, byteSize: size, prefixHash: hash)
    }
}
