#!/usr/bin/env python3
"""Peak memory and time of `listing-audit check --probe-images` against hostile loopback servers.

Usage: scripts/probe-memory.py [--https] [BINARY] [EXTRA CLI ARGUMENTS...]
(BINARY defaults to .build/debug/listing-audit.)

Starts one server per address 127.0.0.1 ... 127.0.0.4 (a thread per connection, as fast as loopback takes the
bytes), writes a generic export of 16 image addresses per case spread over those hosts, runs the binary once per
case under /usr/bin/time and prints the peak resident memory (MB), the wall time (s) and the run's probe summary.
Standard library only.

With --https the servers speak TLS with a self-signed certificate made for the run by `openssl req` (for
127.0.0.1 ... 127.0.0.4); the binary is told to trust it through the environment variable
URLSessionCertificateAuthorityInfoFile (read by the tool's libcurl client). Builds that fetched https through
URLSession ignore that variable on Linux; to measure one, pass as BINARY a wrapper that adds the certificate to the
system CA bundle in a private mount namespace (`unshare -m`, `mount --bind`; see /work/notes/issue-13-tls.md).
"""

import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import zlib
import struct

HOSTS = ["127.0.0.%d" % i for i in range(1, 5)]
IMAGES = 16


def png(width, height):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


PNG = png(3000, 3000)
ZEROS = b"\0" * 65536


def head(status, fields):
    text = "HTTP/1.1 %d X\r\nConnection: close\r\n" % status
    for name, value in fields:
        text += "%s: %s\r\n" % (name, value)
    return (text + "\r\n").encode()


def serve(connection, path):
    try:
        request = b""
        while b"\r\n\r\n" not in request and len(request) < 65536:
            part = connection.recv(4096)
            if not part:
                return
            request += part
        path = request.split(b" ")[1].decode()
        kind = path.split("/")[1]
        if kind == "calm":
            connection.sendall(head(200, [("Content-Type", "image/png"), ("Content-Length", len(PNG))]) + PNG)
        elif kind == "flood10gb":
            connection.sendall(head(200, [("Content-Type", "image/png"), ("Content-Length", 10 << 30)]) + PNG)
            while True:
                connection.sendall(ZEROS)
        elif kind == "endless":
            connection.sendall(head(200, [("Content-Type", "image/png")]) + PNG)
            while True:
                connection.sendall(ZEROS)
        elif kind == "chunked":
            connection.sendall(head(200, [("Transfer-Encoding", "chunked")]) + b"%x\r\n" % len(PNG) + PNG + b"\r\n")
            block = b"%x\r\n" % len(ZEROS) + ZEROS + b"\r\n"
            while True:
                connection.sendall(block)
        elif kind == "headflood":
            connection.sendall(b"HTTP/1.1 200 OK\r\n")
            while True:
                connection.sendall(b"X-Padding: " + b"a" * 4000 + b"\r\n")
        elif kind == "slowloris":
            for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 100:
                connection.sendall(bytes([byte]))
                time.sleep(1)
        elif kind == "invalid":
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: -5\r\nno colon here\r\n\r\n" + PNG)
        elif kind == "loop":
            connection.sendall(head(302, [("Location", path), ("Content-Length", 0)]))
    except OSError:
        pass
    finally:
        connection.close()


def certificate(folder):
    """A self-signed certificate and key for the loopback hosts, written to `folder`; returns (cert, key) paths."""
    cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    names = ",".join("IP:%s" % host for host in HOSTS)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=" + names, "-keyout", key, "-out", cert],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def tls_serve(context, connection):
    try:
        connection.settimeout(30)
        connection = context.wrap_socket(connection, server_side=True)
        connection.settimeout(None)
    except (OSError, ssl.SSLError):
        connection.close()
        return
    serve(connection, "")


def listen(host, context=None):
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, 0))
    listener.listen(128)

    def accept():
        while True:
            connection, _ = listener.accept()
            if context is None:
                threading.Thread(target=serve, args=(connection, ""), daemon=True).start()
            else:
                threading.Thread(target=tls_serve, args=(context, connection), daemon=True).start()
    threading.Thread(target=accept, daemon=True).start()
    return listener.getsockname()[1]


def run(binary, extra, kind, ports, folder, scheme, environment):
    export = os.path.join(folder, kind + ".csv")
    with open(export, "w") as out:
        out.write("listing_id,title,description,image_urls,price\n")
        for index in range(IMAGES):
            host = HOSTS[index % len(HOSTS)]
            out.write("L%d,Shirt %d,Soft shirt,%s://%s:%d/%s/%d.png,9.99\n"
                      % (index, index, scheme, host, ports[host], kind, index))
    started = time.time()
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%M", binary, "check", export, "--probe-images", "--fail-on", "never"]
        + extra, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=environment)
    seconds = time.time() - started
    if result.returncode != 0:
        sys.exit("%s: exit %d: %s" % (kind, result.returncode, result.stderr))
    lines = result.stderr.strip().splitlines()
    summary = next((line for line in lines if "probed" in line), "(no probe summary)")
    return int(lines[-1]) / 1024, seconds, summary.replace("note: ", "")


def main():
    arguments = sys.argv[1:]
    secure = arguments[:1] == ["--https"]
    if secure:
        arguments = arguments[1:]
    binary = arguments[0] if arguments else ".build/debug/listing-audit"
    extra = arguments[1:]
    environment = dict(os.environ)
    with tempfile.TemporaryDirectory() as folder:
        context = None
        if secure:
            cert, key = certificate(folder)
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(cert, key)
            environment["URLSessionCertificateAuthorityInfoFile"] = cert
        ports = {host: listen(host, context) for host in HOSTS}
        scheme = "https" if secure else "http"
        print("%-10s %9s %8s  (%s)" % ("case", "peak MB", "seconds", scheme))
        for kind in ["calm", "flood10gb", "endless", "chunked", "headflood", "slowloris", "invalid", "loop"]:
            peak, seconds, summary = run(binary, extra, kind, ports, folder, scheme, environment)
            print("%-10s %9.1f %8.1f  %s" % (kind, peak, seconds, summary))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
