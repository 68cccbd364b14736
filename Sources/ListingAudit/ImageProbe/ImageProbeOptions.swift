import Foundation

/// How `--probe-images` probes: where local images are, the cache, and the limits that keep a run polite and
/// bounded whatever the servers do.
public struct ImageProbeOptions: Sendable {
    /// `--images DIR`: image addresses are looked up in this folder (by relative path, then by file name) instead
    /// of being fetched; an address not found there is a missing image.
    public var imagesFolder: String?
    /// The folder relative local paths in the export are read from (the export's own folder).
    public var baseFolder: String?
    /// Where the probe cache is kept (`image-cache.json` in it); `nil`: no cache.
    public var cacheFolder: String?
    /// How long a cached probe is used without asking the server; older ones are revalidated (`ETag`,
    /// `Last-Modified`), so a weekly audit re-reads only what changed.
    public var cacheMaxAge: TimeInterval = 24 * 3600
    /// Requests in flight at once, over every host.
    public var concurrency = 16
    /// Requests in flight at once to one host.
    public var perHost = 4
    /// `https://` requests in flight at once, over every host. Each costs a TLS handshake and libcurl's buffers
    /// besides the `maximumBytes` every request may keep, so fewer of them run at once than `concurrency` allows.
    public var secureConcurrency = 8
    /// Seconds a connection may wait for the server (to connect, or between bytes) before it fails.
    public var readTimeout: TimeInterval = 10
    /// Seconds one image may take in all, however slowly its server trickles bytes.
    public var imageTimeout: TimeInterval = 20
    /// Seconds the whole probe may take; images not reached in time are left unprobed (and reported as such).
    public var budget: TimeInterval = 600
    /// The most bytes read of one image (headers need a few kilobytes; EXIF can push a JPEG frame further).
    public var maximumBytes = 1 << 20
    /// Redirects followed for one image before it is reported as a redirect loop.
    public var maximumRedirects = 5
    /// The longest wait a `Retry-After` is honoured for before the one retry of a 429 or 503.
    public var maximumRetryWait: TimeInterval = 10
    /// The wait before retrying a 429 or 503 that gives no `Retry-After`.
    public var retryBackoff: TimeInterval = 1
    /// A file of CA certificates `https://` servers are checked against instead of the system's; by default the
    /// one named by the environment variable `URLSessionCertificateAuthorityInfoFile` (the name FoundationNetworking
    /// reads for the same purpose on Android), if set. Tests use it to trust their own loopback certificate.
    public var certificateAuthorities: String? = ProcessInfo.processInfo.environment[
        "URLSessionCertificateAuthorityInfoFile"
    ].flatMap { $0.isEmpty ? nil : $0 }
    /// The `User-Agent` sent with every request.
    public var userAgent = "listing-audit/\(ListingAuditVersion.current) (ListingAudit image probe)"
    /// Told after each image: how many are done, of how many, and how many failed so far.
    public var progress: (@Sendable (_ done: Int, _ total: Int, _ failed: Int) -> Void)?

    public init() {}
}
