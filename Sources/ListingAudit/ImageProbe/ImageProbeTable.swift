/// Every image address of a run probed once: the probes by address as the export wrote it, and what the run cost.
public struct ImageProbeTable: Sendable {
    /// The probes, by address.
    public private(set) var probes: [String: ImageProbe] = [:]
    /// HTTP requests made (a retry or a revalidation counts).
    public var requests = 0
    /// Probes taken from the cache without a request.
    public var cached = 0
    /// Problems that did not stop the run (a cache that could not be written).
    public var warnings: [String] = []

    public init(probes: [ImageProbe] = []) {
        for probe in probes { self.probes[probe.address] = probe }
    }

    /// The probe of `address`, if it was probed.
    public subscript(address: String) -> ImageProbe? {
        get { probes[address] }
        set { probes[address] = newValue }
    }

    /// Probes whose image could not be fetched or read.
    public var brokenCount: Int { probes.values.filter(\.isBroken).count }

    /// Probes the time budget left out.
    public var notProbedCount: Int { probes.values.filter { $0.outcome == .notProbed }.count }

    /// The listing's images with their probes filled in.
    func annotating(_ listing: Listing) -> Listing {
        var listing = listing
        for index in listing.images.indices { listing.images[index].probe = probes[listing.images[index].url] }
        return listing
    }
}
