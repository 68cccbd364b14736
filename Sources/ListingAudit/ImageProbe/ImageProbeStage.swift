import Foundation

/// `--probe-images` before the rules run: reads the listing exports once for their image addresses (a pass of
/// its own, so the rule pass still streams), then probes each distinct address.
public enum ImageProbeStage {
    /// The probes of every image address in the exports at `paths`, read with `reading`. Relative local paths are
    /// read from the first export's folder unless `options.baseFolder` says otherwise.
    /// - Throws: the `IngestError` of an export that cannot be read.
    public static func run(
        paths: [String], reading: LoadOptions, options: ImageProbeOptions
    ) throws(IngestError) -> ImageProbeTable {
        var addresses: [String] = []
        var seen = Set<String>()
        for path in paths {
            var found: [String] = []
            _ = try ListingLoader.stream(path: path, options: reading, restart: { found.removeAll() }) { listings in
                for listing in listings {
                    for image in listing.images where !image.url.isEmpty { found.append(image.url) }
                }
            }
            for address in found where seen.insert(address).inserted { addresses.append(address) }
        }
        var options = options
        if options.baseFolder == nil, let first = paths.first {
            options.baseFolder = (first as NSString).deletingLastPathComponent
        }
        return ImageProber.probe(addresses, options: options)
    }
}
