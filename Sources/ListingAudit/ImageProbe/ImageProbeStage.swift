import Foundation

/// `--probe-images` before the rules run: reads the listing exports once for their image addresses (a pass of
/// its own, so the rule pass still streams), then probes each distinct address.
public enum ImageProbeStage {
    /// The probes of every image address in the exports at `paths`, read with `reading`, and which products share a
    /// main image file. Relative local paths are read from the first export's folder unless `options.baseFolder`
    /// says otherwise.
    /// - Throws: the `IngestError` of an export that cannot be read.
    public static func run(
        paths: [String], reading: LoadOptions, options: ImageProbeOptions
    ) throws(IngestError) -> ImageProbeTable {
        var addresses: [String] = []
        var seen = Set<String>()
        // Each listing's main image address and title, once per pair.
        var mains: [(address: String, title: String)] = []
        var seenMains = Set<String>()
        for path in paths {
            var found: [String] = []
            var foundMains: [(address: String, title: String)] = []
            let restart = {
                found.removeAll()
                foundMains.removeAll()
            }
            _ = try ListingLoader.stream(path: path, options: reading, restart: restart) { listings in
                for listing in listings {
                    for image in listing.images where !image.url.isEmpty { found.append(image.url) }
                    if let main = listing.images.first, !main.url.isEmpty {
                        foundMains.append((main.url, listing.title))
                    }
                }
            }
            for address in found where seen.insert(address).inserted { addresses.append(address) }
            for main in foundMains where seenMains.insert(main.address + "\n" + main.title).inserted {
                mains.append(main)
            }
        }
        var options = options
        if options.baseFolder == nil, let first = paths.first {
            options.baseFolder = (first as NSString).deletingLastPathComponent
        }
        var table = ImageProber.probe(addresses, options: options)
        for main in mains { table.recordMainImage(address: main.address, title: main.title) }
        return table
    }
}
