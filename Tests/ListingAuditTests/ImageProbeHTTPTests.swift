import Foundation
import Testing

@testable import ListingAudit

/// The image probe against a loopback server: real sizes from range and no-range servers, error statuses, slow and
/// endless servers, redirects, Retry-After, wrong content types, the per-host limit, the time budget and the cache.
@Suite(.serialized) struct ImageProbeHTTPTests {
    /// Options with short limits, so the bad servers cost the suite little time.
    /// Probe options for a loopback server. `timeout` (read and per image) is short only in the tests about
    /// timeouts; elsewhere it is long enough that a loaded machine (parallel tests, builds) cannot turn an answer
    /// the test is about (a status, a redirect, a header) into a timeout.
    static func options(cache: String? = nil, timeout: TimeInterval = 15) -> ImageProbeOptions {
        var options = ImageProbeOptions()
        options.readTimeout = timeout
        options.imageTimeout = timeout
        options.maximumBytes = 256 << 10
        options.retryBackoff = 0.1
        options.cacheFolder = cache
        return options
    }

    static func probe(_ server: LoopbackHTTPServer, _ paths: [String], options: ImageProbeOptions = options())
        -> ImageProbeTable
    {
        ImageProber.probe(paths.map(server.url), options: options)
    }

    @Test func realSizesFromRangeAndNoRangeServers() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let png = TestImages.png(1200, 800, filler: 200_000)
        server.route("/a.png", .body(png, contentType: "image/png"))
        server.route("/b.jpg", .body(TestImages.jpeg(1600, 1200, orientation: 6), ranges: false))
        server.route("/c.gif", .body(TestImages.gif(320, 200), contentType: "image/gif"))
        server.route("/d.webp", .body(TestImages.webp(4000, 3000, .extended), contentType: "image/webp", ranges: false))
        server.route("/e.bmp", .body(TestImages.bmp(256, 128), contentType: "image/bmp"))
        server.route("/f.avif", .body(TestImages.isoMedia(1920, 1080, brand: "avif"), contentType: "image/avif"))
        let table = Self.probe(server, ["/a.png", "/b.jpg", "/c.gif", "/d.webp", "/e.bmp", "/f.avif"])
        let expected: [(String, ImageFormat, Int, Int, Int)] = [
            ("/a.png", .png, 1200, 800, png.count),
            ("/b.jpg", .jpeg, 1200, 1600, TestImages.jpeg(1600, 1200, orientation: 6).count),
            ("/c.gif", .gif, 320, 200, TestImages.gif(320, 200).count),
            ("/d.webp", .webp, 4000, 3000, TestImages.webp(4000, 3000, .extended).count),
            ("/e.bmp", .bmp, 256, 128, TestImages.bmp(256, 128).count),
            ("/f.avif", .avif, 1920, 1080, TestImages.isoMedia(1920, 1080, brand: "avif").count),
        ]
        for (path, format, width, height, size) in expected {
            let probe = try #require(table[server.url(path)], "\(path)")
            #expect(probe.outcome == .fetched, "\(path)")
            #expect(probe.header == ImageHeader(format: format, width: width, height: height), "\(path)")
            #expect(probe.byteSize == size, "\(path)")
        }
        #expect(server.totalRequests == 6)
        let request = try #require(server.lastRequest("/a.png"))
        #expect(
            request.header("User-Agent") == "listing-audit/\(ListingAuditVersion.current) (ListingAudit image probe)")
        #expect(request.header("Range") == "bytes=0-\(Self.options().maximumBytes - 1)")
    }

    @Test func errorStatusesAndMissingHostsAreBroken() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/gone.jpg", .body(Array("gone".utf8), status: 500, contentType: "text/plain"))
        let table = Self.probe(server, ["/missing.jpg", "/gone.jpg"])
        #expect(table[server.url("/missing.jpg")]?.outcome == .status(404))
        #expect(table[server.url("/gone.jpg")]?.outcome == .status(500))
        #expect(table.brokenCount == 2)
        let unknown = ImageProber.probe(["http://image-host.invalid/a.jpg"], options: Self.options())
        #expect(unknown["http://image-host.invalid/a.jpg"]?.isBroken == true)
    }

    @Test func slowServersTimeOutWithinTheImageTimeout() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/slow.png", .slow(seconds: 5, TestImages.png(800, 800)))
        server.route("/loris.png", .trickle(TestImages.png(800, 800, filler: 0), interval: 0.3))
        let started = Date()
        let table = Self.probe(server, ["/slow.png", "/loris.png"], options: Self.options(timeout: 2))
        #expect(table[server.url("/slow.png")]?.outcome == .failed(.timeout))
        #expect(table[server.url("/loris.png")]?.outcome == .failed(.timeout))
        #expect(Date().timeIntervalSince(started) < 4.5)
    }

    @Test func endlessAndHugeBodiesStopAfterTheHeader() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        // A "10 GB image" that ignores the range, and an endless body that is no image at all.
        server.route("/huge.png", .endless(prefix: TestImages.png(3000, 3000, filler: 0), contentLength: 10 << 30))
        server.route("/endless", .endless(prefix: Array("<html>".utf8), contentLength: nil))
        let started = Date()
        let table = Self.probe(server, ["/huge.png", "/endless"], options: Self.options(timeout: 2))
        let huge = try #require(table[server.url("/huge.png")])
        #expect(huge.header == ImageHeader(format: .png, width: 3000, height: 3000))
        #expect(huge.byteSize == 10 << 30)
        let endless = try #require(table[server.url("/endless")])
        #expect(endless.isBroken && endless.header == nil)
        #expect(Date().timeIntervalSince(started) < 4.5)
    }

    @Test func redirectsAreFollowedAndLoopsStopped() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/old.jpg", .redirect("/new.jpg"))
        server.route("/new.jpg", .body(TestImages.jpeg(900, 900)))
        server.route("/loop-a", .redirect("/loop-b"))
        server.route("/loop-b", .redirect("/loop-a"))
        let table = Self.probe(server, ["/old.jpg", "/loop-a"])
        #expect(table[server.url("/old.jpg")]?.header == ImageHeader(format: .jpeg, width: 900, height: 900))
        #expect(table[server.url("/loop-a")]?.outcome == .failed(.tooManyRedirects))
        #expect(server.requests("/loop-a") + server.requests("/loop-b") <= 7)
    }

    @Test func busyServersAreRetriedOnceAfterRetryAfter() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/busy.png", .busy(times: 1, retryAfter: "1", then: TestImages.png(1000, 1000)))
        server.route("/very-busy.png", .busy(times: 5, retryAfter: nil, then: TestImages.png(1000, 1000)))
        let started = Date()
        let table = Self.probe(server, ["/busy.png", "/very-busy.png"])
        #expect(table[server.url("/busy.png")]?.header == ImageHeader(format: .png, width: 1000, height: 1000))
        #expect(server.requests("/busy.png") == 2)
        #expect(Date().timeIntervalSince(started) >= 0.9)
        #expect(table[server.url("/very-busy.png")]?.outcome == .status(429))
        #expect(server.requests("/very-busy.png") == 2)
    }

    @Test func invalidResponsesAreBrokenNotFatal() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/garbage", .raw(Array("NOT HTTP AT ALL\r\n\u{1}\u{2}\r\n\r\n".utf8)))
        server.route("/bad-header", .raw(Array("HTTP/1.1 200 OK\r\nContent-Length: -5\r\nX\r\n\r\nabc".utf8)))
        let table = Self.probe(server, ["/garbage", "/bad-header"])
        #expect(table[server.url("/garbage")]?.isBroken == true)
        #expect(table[server.url("/bad-header")]?.isBroken == true)
    }

    @Test func wrongContentTypeIsAFormatMismatch() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/photo", .body(TestImages.png(1000, 1000), contentType: "image/jpeg"))
        let address = server.url("/photo")
        let table = ImageProber.probe([address], options: Self.options())
        #expect(table[address]?.contentType == "image/jpeg")
        let listing = Listing(
            id: "L1", title: "Mug", images: [ListingImage(url: address, location: SourceLocation(file: "t", line: 2))],
            format: .generic, location: SourceLocation(file: "t", line: 2))
        let findings = RuleEngine(probes: table).run(listings: [listing])
        #expect(findings.map(\.ruleID).contains("images.format_mismatch"))
    }

    @Test func aHostGetsAtMostPerHostRequestsAtOnce() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let paths = (1...8).map { "/p\($0).png" }
        for path in paths { server.route(path, .slow(seconds: 0.2, TestImages.png(800, 800))) }
        var options = Self.options()
        options.perHost = 2
        let table = Self.probe(server, paths, options: options)
        #expect(table.probes.values.allSatisfy { $0.header != nil })
        #expect(server.mostOpen <= 2)
    }

    @Test func theBudgetLeavesTheRestUnprobed() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let paths = (1...6).map { "/s\($0).png" }
        for path in paths { server.route(path, .slow(seconds: 1.5, TestImages.png(800, 800))) }
        var options = Self.options(timeout: 2)
        options.perHost = 1
        options.budget = 1
        let started = Date()
        let table = Self.probe(server, paths, options: options)
        #expect(Date().timeIntervalSince(started) < 4)
        #expect(table.notProbedCount >= 4)
        #expect(table.probes.values.filter { $0.outcome == .notProbed }.allSatisfy { !$0.isBroken })
    }

    @Test func theCacheSkipsUnchangedImagesAndRevalidatesOldOnes() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let folder = TestPaths.scratch.appendingPathComponent("probe-cache-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        server.route("/a.png", .body(TestImages.png(1200, 1200), contentType: "image/png", etag: "\"v1\""))
        server.route("/b.jpg", .body(TestImages.jpeg(500, 500)))
        let paths = ["/a.png", "/b.jpg", "/missing.jpg"]
        let first = Self.probe(server, paths, options: Self.options(cache: folder))
        #expect(first.requests == 3 && server.totalRequests == 3)
        // A second run at once: the two images read are taken from the cache; the failure is tried again.
        let second = Self.probe(server, paths, options: Self.options(cache: folder))
        #expect(server.requests("/a.png") == 1 && server.requests("/b.jpg") == 1)
        #expect(second.cached == 2)
        #expect(second[server.url("/a.png")] == first[server.url("/a.png")])
        #expect(second[server.url("/missing.jpg")]?.outcome == .status(404))
        // A week later: revalidated; the unchanged image answers 304 and keeps its probe.
        var old = Self.options(cache: folder)
        old.cacheMaxAge = 0
        server.route("/b.jpg", .body(TestImages.jpeg(1000, 1000)))
        let third = Self.probe(server, paths, options: old)
        #expect(server.requests("/a.png") == 2)
        #expect(third[server.url("/a.png")]?.header == ImageHeader(format: .png, width: 1200, height: 1200))
        #expect(third[server.url("/b.jpg")]?.header == ImageHeader(format: .jpeg, width: 1000, height: 1000))
    }
}
