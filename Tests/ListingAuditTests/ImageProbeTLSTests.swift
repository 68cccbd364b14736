import Foundation
import Testing

@testable import ListingAudit

/// The `https://` probe (libcurl through `SecureHTTPClient`) against the hostile routes of `LoopbackHTTPServer`
/// behind a TLS proxy (`LoopbackTLSProxy`, needing `python3` and `openssl`): each image ends in bounded time with
/// the same probe as over `http://`, and the built binary's peak memory does not grow with what the servers send.
@Suite(
    .serialized,
    .enabled(if: LoopbackTLSProxy.available, "needs python3 (with its ssl module) and openssl on the PATH"))
struct ImageProbeTLSTests {
    @Test func hostileServersOverTLSEndInTimeWithTheRightProbes() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let proxy = try LoopbackTLSProxy(forwardingTo: server.port)
        defer { proxy.stop() }
        let calm = TestImages.png(1200, 800, filler: 200_000)
        let flood = TestImages.png(3000, 3000, filler: 0)
        server.route("/calm.png", .body(calm, contentType: "image/png"))
        server.route("/flood0.png", .endless(prefix: flood, contentLength: 10 << 30, paced: false))
        server.route("/flood1.png", .endless(prefix: flood, contentLength: nil, paced: false))
        server.route("/large.png", .chunked(TestImages.png(1500, 1000, filler: 100_000), chunk: 1000))
        server.route("/fast-head", .endlessHead(interval: nil))
        server.route("/slowloris-head", .endlessHead(interval: 1))
        server.route("/negative-length", .raw(Array("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n".utf8) + calm))
        server.route("/no-colon", .raw(Array("HTTP/1.1 200 OK\r\nContent-Type image/png\r\n\r\n".utf8) + calm))
        server.route("/self", .redirect("/self"))
        server.route("/to-http", .redirect(server.url("/calm.png")))
        var options = ImageProbeHTTPTests.options(timeout: 2)
        options.certificateAuthorities = proxy.certificate
        options.perHost = 16
        let paths = [
            "/calm.png", "/flood0.png", "/flood1.png", "/large.png", "/fast-head", "/slowloris-head",
            "/negative-length", "/no-colon", "/self", "/to-http", "/missing.png",
        ]
        let started = Date()
        let table = ImageProber.probe(paths.map(proxy.url), options: options)
        // The image timeout is 2 s: only the slowloris head takes it.
        #expect(Date().timeIntervalSince(started) < 4.5)
        func probe(_ path: String) -> ImageProbe? { table[proxy.url(path)] }
        #expect(probe("/calm.png")?.header == ImageHeader(format: .png, width: 1200, height: 800))
        #expect(probe("/calm.png")?.byteSize == calm.count)
        #expect(probe("/calm.png")?.prefixHash == ImageProbe.hash(prefixOf: calm))
        #expect(probe("/flood0.png")?.header == ImageHeader(format: .png, width: 3000, height: 3000))
        #expect(probe("/flood0.png")?.byteSize == 10 << 30)
        #expect(probe("/flood1.png")?.header == ImageHeader(format: .png, width: 3000, height: 3000))
        #expect(probe("/flood1.png")?.byteSize == nil)
        #expect(probe("/large.png")?.header == ImageHeader(format: .png, width: 1500, height: 1000))
        #expect(probe("/fast-head")?.outcome == .failed(.invalidResponse))
        #expect(probe("/slowloris-head")?.outcome == .failed(.timeout))
        #expect(probe("/negative-length")?.outcome == .failed(.invalidResponse))
        #expect(probe("/no-colon")?.outcome == .failed(.invalidResponse))
        #expect(probe("/self")?.outcome == .failed(.tooManyRedirects))
        #expect(server.requests("/self") == 1)
        // From https to http: followed by the probe itself, to the plain client.
        #expect(probe("/to-http")?.header == ImageHeader(format: .png, width: 1200, height: 800))
        #expect(probe("/missing.png")?.outcome == .status(404))
    }

    @Test func anUntrustedCertificateIsATLSFailure() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let proxy = try LoopbackTLSProxy(forwardingTo: server.port)
        defer { proxy.stop() }
        server.route("/calm.png", .body(TestImages.png(640, 640), contentType: "image/png"))
        var options = ImageProbeHTTPTests.options()
        options.certificateAuthorities = nil
        let table = ImageProber.probe([proxy.url("/calm.png")], options: options)
        #expect(table[proxy.url("/calm.png")]?.outcome == .failed(.secureConnection))
        #expect(server.requests("/calm.png") == 0)
    }

    @Test(.enabled(
        if: FileManager.default.isExecutableFile(atPath: ImageProbeHostileServerTests.binary.path),
        "needs the built listing-audit binary (swift build) beside the test bundle"))
    func theBinarysPeakMemoryDoesNotGrowWithAnHTTPSFlood() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let proxy = try LoopbackTLSProxy(forwardingTo: server.port)
        defer { proxy.stop() }
        let png = TestImages.png(3000, 3000, filler: 0)
        var calm: [String] = []
        var flood: [String] = []
        for index in 0..<16 {
            server.route("/calm\(index).png", .body(png, contentType: "image/png"))
            calm.append(proxy.url("/calm\(index).png"))
            let length = index.isMultiple(of: 2) ? 10 << 30 : nil
            server.route("/flood\(index).png", .endless(prefix: png, contentLength: length, paced: false))
            flood.append(proxy.url("/flood\(index).png"))
        }
        let trust = ["URLSessionCertificateAuthorityInfoFile": proxy.certificate]
        let baseline = try ImageProbeHostileServerTests.peakMemory(probing: calm, environment: trust)
        let flooded = try ImageProbeHostileServerTests.peakMemory(probing: flood, environment: trust)
        // Each image was fetched (a binary that did not trust the certificate would fail them all cheaply).
        let requested = (0..<16).map { server.requests("/calm\($0).png") + server.requests("/flood\($0).png") }
        #expect(requested.allSatisfy { $0 >= 2 }, "requests per calm and flood pair: \(requested)")
        // Each image at most the 1 MB cap plus libcurl's and TLS buffers: well under 40 MB more than a calm run
        // (URLSession, which fetched https before, grew to 1–2 GB with 16 such servers).
        #expect(flooded.kilobytes - baseline.kilobytes < 40_000, "calm \(baseline), flooded \(flooded)")
        #expect(flooded.seconds < 15)
    }
}
