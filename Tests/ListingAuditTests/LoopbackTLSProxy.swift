import Foundation

/// A TLS front for a `LoopbackHTTPServer`, so the `https://` probe meets the same hostile routes: `python3` with
/// its `ssl` module, a self-signed certificate for 127.0.0.1 made by `openssl req` when the proxy starts, each
/// connection's TLS taken off and the plain request passed to the server, whose answer is sent back as fast as the
/// client reads it. The probe is told to trust the certificate through `ImageProbeOptions.certificateAuthorities`.
/// The proxy ends when `stop()` is called or the test process goes (it watches its standard input).
final class LoopbackTLSProxy {
    /// Whether `python3` and `openssl` are on the `PATH`; the TLS tests are skipped without them.
    static let available = ["python3", "openssl"].allSatisfy { name in
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }

    /// The proxy's script: arguments are a folder for the certificate and the plain server's port; it prints its
    /// own port once it listens.
    private static let script = #"""
        import os, socket, ssl, subprocess, sys, threading
        folder, target = sys.argv[1], int(sys.argv[2])
        cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", key, "-out", cert], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(128)

        def handle(connection):
            secure = plain = None
            try:
                connection.settimeout(10)
                secure = context.wrap_socket(connection, server_side=True)
                request = b""
                while b"\r\n\r\n" not in request and len(request) < 65536:
                    part = secure.recv(4096)
                    if not part:
                        return
                    request += part
                secure.settimeout(None)
                plain = socket.create_connection(("127.0.0.1", target))
                plain.sendall(request)
                while True:
                    part = plain.recv(65536)
                    if not part:
                        return
                    secure.sendall(part)
            except (OSError, ssl.SSLError):
                pass
            finally:
                for end in (plain, secure, connection):
                    if end is not None:
                        end.close()

        def watch():
            sys.stdin.read()
            os._exit(0)

        threading.Thread(target=watch, daemon=True).start()
        print(listener.getsockname()[1], flush=True)
        while True:
            connection, _ = listener.accept()
            threading.Thread(target=handle, args=(connection,), daemon=True).start()
        """#

    /// The proxy's port on 127.0.0.1.
    let port: Int
    /// The certificate file to trust.
    let certificate: String
    private let folder: URL
    private let process = Process()
    private let input = Pipe()

    /// Starts a proxy in front of the plain server on `serverPort`; throws when it does not start.
    init(forwardingTo serverPort: UInt16) throws {
        folder = HistoryFixtures.temporaryFolder()
        certificate = folder.appendingPathComponent("cert.pem").path
        let script = folder.appendingPathComponent("proxy.py")
        try Data(Self.script.utf8).write(to: script)
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, folder.path, String(serverPort)]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let line = String(decoding: output.fileHandleForReading.availableLine(), as: UTF8.self)
        guard let port = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            Self.end(process, input: input)
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "TLS proxy: '\(line)'"])
        }
        self.port = port
    }

    /// The `https://` address of `path` through the proxy.
    func url(_ path: String) -> String { "https://127.0.0.1:\(port)\(path)" }

    /// Ends the proxy and removes its certificate.
    func stop() {
        Self.end(process, input: input)
        try? FileManager.default.removeItem(at: folder)
    }

    /// Ends the proxy's `process` (whose standard input is `input`) and waits for it.
    private static func end(_ process: Process, input: Pipe) {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}

extension FileHandle {
    /// The bytes up to and without the first newline (or all, at the end of the stream), read a byte at a time so
    /// nothing after the line is taken from the stream.
    fileprivate func availableLine() -> [UInt8] {
        var line: [UInt8] = []
        while let byte = try? read(upToCount: 1), let first = byte.first, first != 10 { line.append(first) }
        return line
    }
}
