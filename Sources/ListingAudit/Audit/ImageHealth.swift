import Foundation

/// The shop's images as probing found them, for the report's "image health" section: how many were probed,
/// broken, smaller than the platform's minimum or not reached in time, in all and per host.
public struct ImageHealth: Sendable, Equatable {
    /// One image host (`local` for files on disk).
    public struct Host: Sendable, Equatable {
        public var host: String
        public var probed = 0
        public var broken = 0
        public var small = 0
    }

    public var probed = 0
    public var broken = 0
    public var small = 0
    public var notProbed = 0
    /// The smallest acceptable side the run judged images by.
    public var minimumSide: Int
    /// The hosts, those with most broken and small images first.
    public var hosts: [Host] = []

    /// The health of the images in `table`, judged by `minimumSide`.
    public init(_ table: ImageProbeTable, minimumSide: Int) {
        self.minimumSide = minimumSide
        var byHost: [String: Host] = [:]
        for probe in table.probes.values {
            guard probe.outcome != .notProbed else {
                notProbed += 1
                continue
            }
            let host = Self.host(of: probe.address)
            let isSmall = probe.header.map { max($0.width, $0.height) < minimumSide } ?? false
            probed += 1
            byHost[host, default: Host(host: host)].probed += 1
            if probe.isBroken {
                broken += 1
                byHost[host, default: Host(host: host)].broken += 1
            } else if isSmall {
                small += 1
                byHost[host, default: Host(host: host)].small += 1
            }
        }
        hosts = byHost.values.sorted { ($1.broken + $1.small, $0.host) < ($0.broken + $0.small, $1.host) }
    }

    /// The server an address names, or `local` for a path on disk.
    static func host(of address: String) -> String {
        let trimmed = address.trimmingWhitespace()
        let text = trimmed.hasPrefix("//") ? "https:" + trimmed : trimmed
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host
        else { return "local" }
        return host.lowercased()
    }

    /// The rules whose findings the section lists per listing: the image cannot be shown, or is too small.
    public static let listedRules: Set<String> = ["images.broken_main", "images.broken", "images.too_small"]
}
