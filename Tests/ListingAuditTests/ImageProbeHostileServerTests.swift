import Foundation
import Testing

@testable import ListingAudit

#if canImport(Glibc)
import Glibc
#endif

/// The image probe against servers that misbehave on purpose, at loopback speed: floods, a 10 GB body, heads that
/// never end or trickle in, broken heads and chunking, redirect loops. Each run must end in bounded time with the
/// image reported, and the built binary's peak memory must not grow with what the servers send.
@Suite(.serialized) struct ImageProbeHostileServerTests {
    @Test func floodsAtLoopbackSpeedStopAtTheHeader() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let png = TestImages.png(3000, 3000, filler: 0)
        var paths: [String] = []
        for index in 0..<8 {
            let path = "/flood\(index).png"
            let length = index.isMultiple(of: 2) ? 10 << 30 : nil
            server.route(path, .endless(prefix: png, contentLength: length, paced: false))
            paths.append(path)
        }
        var options = ImageProbeHTTPTests.options(timeout: 2)
        options.perHost = 8
        let started = Date()
        let table = ImageProbeHTTPTests.probe(server, paths, options: options)
        #expect(Date().timeIntervalSince(started) < 4)
        for (index, path) in paths.enumerated() {
            let probe = try #require(table[server.url(path)], "\(path)")
            #expect(probe.header == ImageHeader(format: .png, width: 3000, height: 3000), "\(path)")
            #expect(probe.byteSize == (index.isMultiple(of: 2) ? 10 << 30 : nil), "\(path)")
        }
    }

    @Test func headsThatNeverEndAreRefusedOrTimeOut() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/fast-head", .endlessHead(interval: nil))
        server.route("/slowloris-head", .endlessHead(interval: 1))
        let started = Date()
        let table = ImageProbeHTTPTests.probe(
            server, ["/fast-head", "/slowloris-head"], options: ImageProbeHTTPTests.options(timeout: 2))
        #expect(table[server.url("/fast-head")]?.outcome == .failed(.invalidResponse))
        #expect(table[server.url("/slowloris-head")]?.outcome == .failed(.timeout))
        // The image timeout is 2 s: a byte a second keeps the read timeout from firing, the image timeout does not.
        #expect(Date().timeIntervalSince(started) < 4.5)
    }

    @Test func invalidHeadsAreInvalidResponses() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let png = TestImages.png(800, 800)
        let heads = [
            "/no-colon": "HTTP/1.1 200 OK\r\nContent-Type image/png\r\n\r\n",
            "/control-byte": "HTTP/1.1 200 OK\r\nContent-Type: image/\u{1}png\r\n\r\n",
            "/status-word": "HTTP/1.1 OK 200\r\n\r\n",
            "/long-status": "HTTP/1.1 2000 OK\r\n\r\n",
            "/not-http-1": "HTTP/2 200\r\n\r\n",
            "/folded": "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n folded\r\n\r\n",
            "/two-lengths": "HTTP/1.1 200 OK\r\nContent-Length: 10\r\nContent-Length: 12\r\n\r\n",
            "/negative-length": "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n",
            "/no-head": "",
        ]
        for (path, head) in heads { server.route(path, .raw(Array(head.utf8) + png)) }
        let table = ImageProbeHTTPTests.probe(server, Array(heads.keys))
        for path in heads.keys {
            #expect(table[server.url(path)]?.outcome == .failed(.invalidResponse), "\(path)")
        }
    }

    @Test func chunkedBodiesAreReadAndBrokenOnesAreNot() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let small = TestImages.gif(320, 200)
        let large = TestImages.png(1500, 1000, filler: 100_000)
        server.route("/small.gif", .chunked(small, chunk: 7))
        server.route("/large.png", .chunked(large, chunk: 1000))
        server.route("/cut.gif", .chunked(small, chunk: 5, cut: 2))
        server.route("/bad-size", .raw(Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nab\r\n".utf8)))
        let table = ImageProbeHTTPTests.probe(server, ["/small.gif", "/large.png", "/cut.gif", "/bad-size"])
        let gif = try #require(table[server.url("/small.gif")])
        #expect(gif.header == ImageHeader(format: .gif, width: 320, height: 200))
        #expect(gif.byteSize == small.count)
        #expect(gif.prefixHash == ImageProbe.hash(prefixOf: small))
        let png = try #require(table[server.url("/large.png")])
        #expect(png.header == ImageHeader(format: .png, width: 1500, height: 1000))
        // Read only to the header: a chunked answer without a range gives no size.
        #expect(png.byteSize == nil)
        #expect(table[server.url("/cut.gif")]?.outcome == .failed(.connectionFailed))
        #expect(table[server.url("/bad-size")]?.outcome == .failed(.invalidResponse))
    }

    @Test func redirectLoopsStopAtTheFirstRepeatAndChainsAtTheLimit() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/self", .redirect("/self"))
        for step in 0..<10 { server.route("/chain\(step)", .redirect("/chain\(step + 1)")) }
        server.route("/relative/a", .redirect("b.png"))
        server.route("/relative/b.png", .body(TestImages.png(640, 640), contentType: "image/png"))
        // Handed to URLSession for TLS, which this plain server refuses: broken, but not a redirect loop.
        server.route("/to-https", .redirect("https://127.0.0.1:\(server.port)/secure.png"))
        let table = ImageProbeHTTPTests.probe(server, ["/self", "/chain0", "/relative/a", "/to-https"])
        #expect(table[server.url("/self")]?.outcome == .failed(.tooManyRedirects))
        #expect(server.requests("/self") == 1)
        #expect(table[server.url("/chain0")]?.outcome == .failed(.tooManyRedirects))
        // The first request and five redirects.
        #expect((0..<10).map { server.requests("/chain\($0)") }.reduce(0, +) == 6)
        #expect(table[server.url("/relative/a")]?.header == ImageHeader(format: .png, width: 640, height: 640))
        let secure = try #require(table[server.url("/to-https")])
        #expect(secure.isBroken && secure.outcome != .failed(.tooManyRedirects))
        #expect(server.requests("/to-https") == 1)
    }

    // MARK: - Peak memory of the built binary

    static let binary = TestPaths.root.appendingPathComponent(".build/debug/listing-audit")

    /// The peak resident memory, in kilobytes, of `listing-audit check` probing `addresses`, and the seconds it took;
    /// `environment` is added to the test's own for the run.
    static func peakMemory(
        probing addresses: [String], environment: [String: String] = [:]
    ) throws -> (kilobytes: Int, seconds: Double) {
        let folder = HistoryFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = "listing_id,title,description,image_urls,price\n"
        for (index, address) in addresses.enumerated() {
            text += "L\(index),Cotton shirt \(index),Soft cotton shirt,\(address),19.99\n"
        }
        let export = folder.appendingPathComponent("listings.csv")
        try Data(text.utf8).write(to: export)
        let arguments = [
            Self.binary.path, "check", export.path, "--probe-images", "--probe-per-host", "16", "--fail-on", "never",
        ]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let started = Date()
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        var envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0)=\($1)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        guard posix_spawn(&pid, Self.binary.path, &actions, nil, &argv, &envp) == 0 else {
            throw CocoaError(.executableLoad)
        }
        var status: Int32 = 0
        var usage = rusage()
        var waited = wait4(pid, &status, 0, &usage)
        while waited < 0, errno == EINTR { waited = wait4(pid, &status, 0, &usage) }
        try #require(waited == pid, "the child's resource usage")
        return (usage.ru_maxrss, Date().timeIntervalSince(started))
    }

    @Test(.enabled(
        if: FileManager.default.isExecutableFile(atPath: binary.path),
        "needs the built listing-audit binary (swift build) beside the test bundle"))
    func theBinarysPeakMemoryDoesNotGrowWithAFlood() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let png = TestImages.png(3000, 3000, filler: 0)
        var calm: [String] = []
        var flood: [String] = []
        for index in 0..<16 {
            server.route("/calm\(index).png", .body(png, contentType: "image/png"))
            calm.append(server.url("/calm\(index).png"))
            let length = index.isMultiple(of: 2) ? 10 << 30 : nil
            server.route("/flood\(index).png", .endless(prefix: png, contentLength: length, paced: false))
            flood.append(server.url("/flood\(index).png"))
        }
        let baseline = try Self.peakMemory(probing: calm)
        let flooded = try Self.peakMemory(probing: flood)
        // 16 images at once, each at most the 1 MB cap plus a 16 KB buffer: well under 40 MB more than a calm run
        // (URLSession buffered about 950 MB more with 4 such servers at once).
        #expect(flooded.kilobytes - baseline.kilobytes < 40_000, "calm \(baseline), flooded \(flooded)")
        #expect(flooded.seconds < 15)
    }
}
