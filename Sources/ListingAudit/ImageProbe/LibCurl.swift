import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The few functions of libcurl's easy interface the `https://` probe needs, looked up at run time with `dlopen`
/// and `dlsym` in `libcurl.so.4` (the library FoundationNetworking itself loads on Linux, so it is present wherever
/// `URLSession` could speak TLS); the package takes no C module or third-party dependency for it.
///
/// `curl_easy_setopt` is variadic in C. It is called here through non-variadic function types, one per kind of
/// argument (a `long`, a pointer, a callback): on the Linux ABIs Swift supports (x86-64 System V, AArch64 AAPCS64)
/// a single variadic argument of those kinds is passed exactly as a fixed one.
struct LibCurl: @unchecked Sendable {
    // `@unchecked Sendable`: the fields are the addresses of C functions, never changed after loading.

    /// A `curl_easy_setopt` with a `long` argument.
    typealias SetLong = @convention(c) (OpaquePointer?, Int32, Int) -> Int32
    /// A `curl_easy_setopt` with a pointer argument (a C string, a list, the callbacks' user data).
    typealias SetPointer = @convention(c) (OpaquePointer?, Int32, UnsafeRawPointer?) -> Int32
    /// A `curl_easy_setopt` with a callback argument.
    typealias SetCallback = @convention(c) (OpaquePointer?, Int32, Callback?) -> Int32
    /// `size_t (*)(char *data, size_t size, size_t count, void *userdata)`: the header and write callbacks.
    typealias Callback = @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int
    /// `curl_slist_append`: a list of C strings (request header lines), grown by one.
    typealias ListAppend = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> OpaquePointer?

    let easyInit: @convention(c) () -> OpaquePointer?
    let setLong: SetLong
    let setPointer: SetPointer
    let setCallback: SetCallback
    let perform: @convention(c) (OpaquePointer?) -> Int32
    let cleanup: @convention(c) (OpaquePointer?) -> Void
    let listAppend: ListAppend
    let listFree: @convention(c) (OpaquePointer?) -> Void

    /// The library, loaded and globally initialised once; `nil` when `libcurl.so.4` or one of its functions is
    /// missing.
    static let shared: LibCurl? = LibCurl()

    private init?() {
        guard let library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL) else { return nil }
        func symbol<Function>(_ name: String, as type: Function.Type) -> Function? {
            dlsym(library, name).map { unsafeBitCast($0, to: type) }
        }
        guard let globalInit = symbol("curl_global_init", as: (@convention(c) (Int) -> Int32).self),
            let easyInit = symbol("curl_easy_init", as: (@convention(c) () -> OpaquePointer?).self),
            let setLong = symbol("curl_easy_setopt", as: SetLong.self),
            let setPointer = symbol("curl_easy_setopt", as: SetPointer.self),
            let setCallback = symbol("curl_easy_setopt", as: SetCallback.self),
            let perform = symbol("curl_easy_perform", as: (@convention(c) (OpaquePointer?) -> Int32).self),
            let cleanup = symbol("curl_easy_cleanup", as: (@convention(c) (OpaquePointer?) -> Void).self),
            let listAppend = symbol("curl_slist_append", as: ListAppend.self),
            let listFree = symbol("curl_slist_free_all", as: (@convention(c) (OpaquePointer?) -> Void).self),
            globalInit(Self.globalDefault) == Self.ok
        else { return nil }
        (self.easyInit, self.setLong, self.setPointer, self.setCallback) = (easyInit, setLong, setPointer, setCallback)
        (self.perform, self.cleanup, self.listAppend, self.listFree) = (perform, cleanup, listAppend, listFree)
    }

    // MARK: - Constants from curl/curl.h (stable parts of libcurl's ABI)

    /// `CURL_GLOBAL_DEFAULT` (`CURL_GLOBAL_SSL | CURL_GLOBAL_WIN32`).
    static let globalDefault = 3

    /// `CURLoption` numbers: `CURLOPTTYPE_LONG` + n, `CURLOPTTYPE_OBJECTPOINT` (10000) + n,
    /// `CURLOPTTYPE_FUNCTIONPOINT` (20000) + n.
    enum Option {
        /// `CURLOPT_WRITEDATA` (10001): the write callback's user data.
        static let writeData: Int32 = 10_001
        /// `CURLOPT_URL` (10002).
        static let url: Int32 = 10_002
        /// `CURLOPT_WRITEFUNCTION` (20011): the body callback.
        static let writeFunction: Int32 = 20_011
        /// `CURLOPT_USERAGENT` (10018).
        static let userAgent: Int32 = 10_018
        /// `CURLOPT_LOW_SPEED_LIMIT` (19): bytes per second below which a transfer is too slow …
        static let lowSpeedLimit: Int32 = 19
        /// `CURLOPT_LOW_SPEED_TIME` (20): … for this many seconds.
        static let lowSpeedTime: Int32 = 20
        /// `CURLOPT_HTTPHEADER` (10023): a `curl_slist` of extra request header lines.
        static let httpHeader: Int32 = 10_023
        /// `CURLOPT_HEADERDATA` (10029): the header callback's user data.
        static let headerData: Int32 = 10_029
        /// `CURLOPT_FOLLOWLOCATION` (52): 0, redirects are followed by the caller.
        static let followLocation: Int32 = 52
        /// `CURLOPT_CAINFO` (10065): a file of trusted CA certificates.
        static let caInfo: Int32 = 10_065
        /// `CURLOPT_HEADERFUNCTION` (20079): the callback given each response header line.
        static let headerFunction: Int32 = 20_079
        /// `CURLOPT_HTTP_VERSION` (84).
        static let httpVersion: Int32 = 84
        /// `CURLOPT_NOSIGNAL` (99): 1, no signals (the transfer runs on one of many threads).
        static let noSignal: Int32 = 99
        /// `CURLOPT_TIMEOUT_MS` (155): the whole transfer.
        static let timeoutMilliseconds: Int32 = 155
        /// `CURLOPT_CONNECTTIMEOUT_MS` (156): name lookup, TCP and TLS handshakes.
        static let connectTimeoutMilliseconds: Int32 = 156
    }

    /// `CURL_HTTP_VERSION_1_1`: HTTP/1.1 only, so response heads are the HTTP/1.x lines `HTTPResponseHead` reads.
    static let httpVersion1_1 = 2

    /// `CURLE_OK`.
    static let ok: Int32 = 0

    /// `CURLcode` values the probe tells apart.
    enum Code {
        /// `CURLE_COULDNT_RESOLVE_HOST`.
        static let couldNotResolveHost: Int32 = 6
        /// `CURLE_WEIRD_SERVER_REPLY`, `CURLE_GOT_NOTHING`: the server's answer was not HTTP.
        static let invalidReply: Set<Int32> = [8, 52]
        /// `CURLE_WRITE_ERROR`: a callback of ours stopped the transfer.
        static let stoppedByCallback: Int32 = 23
        /// `CURLE_OPERATION_TIMEDOUT`: a timeout or the low-speed limit.
        static let timedOut: Int32 = 28
        /// TLS handshake and certificate failures: `CURLE_SSL_CONNECT_ERROR` (35), `SSL_CERTPROBLEM` (58),
        /// `SSL_CIPHER` (59), `PEER_FAILED_VERIFICATION` (60), `SSL_CACERT_BADFILE` (77), `SSL_SHUTDOWN_FAILED`
        /// (80), `SSL_CRL_BADFILE` (82), `SSL_ISSUER_ERROR` (83), `SSL_PINNEDPUBKEYNOTMATCH` (90),
        /// `SSL_INVALIDCERTSTATUS` (91).
        static let secureConnection: Set<Int32> = [35, 58, 59, 60, 77, 80, 82, 83, 90, 91]
    }
}
