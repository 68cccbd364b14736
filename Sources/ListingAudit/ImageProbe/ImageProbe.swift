/// What probing one image address found: whether it could be fetched, and what its first bytes and headers say.
public struct ImageProbe: Sendable, Codable, Hashable {
    /// Why an image could not be fetched or read.
    public enum Failure: String, Sendable, Codable, Hashable, CaseIterable {
        case timeout, hostNotFound, secureConnection, connectionFailed, tooManyRedirects, invalidResponse
        case fileNotFound, unreadableFile, notAnImage
        /// `https://` cannot be fetched on this machine: libcurl (`libcurl.so.4`) could not be loaded.
        case secureFetchUnavailable

        /// The failure in words.
        public var text: LocalizedText {
            switch self {
            case .timeout: LocalizedText(zh: "超时", en: "timed out")
            case .hostNotFound: LocalizedText(zh: "域名无法解析", en: "host not found")
            case .secureConnection: LocalizedText(zh: "HTTPS 证书或加密连接失败", en: "TLS failure")
            case .connectionFailed: LocalizedText(zh: "连接失败", en: "connection failed")
            case .tooManyRedirects: LocalizedText(zh: "重定向过多", en: "too many redirects")
            case .invalidResponse: LocalizedText(zh: "服务器响应无效", en: "invalid server response")
            case .fileNotFound: LocalizedText(zh: "文件不存在", en: "file not found")
            case .unreadableFile: LocalizedText(zh: "文件无法读取", en: "file unreadable")
            case .notAnImage: LocalizedText(zh: "内容不是可识别的图片", en: "not a readable image")
            case .secureFetchUnavailable:
                LocalizedText(
                    zh: "本机无法读取 https 地址（找不到 libcurl.so.4）",
                    en: "https cannot be fetched on this machine (libcurl.so.4 not found)")
            }
        }
    }

    /// How the probe ended.
    public enum Outcome: Sendable, Codable, Hashable {
        /// The image's bytes were read (HTTP 2xx or a local file).
        case fetched
        /// The server answered with this error status (4xx, 5xx, or a redirect it never finished).
        case status(Int)
        /// The image could not be fetched or read.
        case failed(Failure)
        /// The run's time budget ran out before this image was probed: nothing is known.
        case notProbed
    }

    /// The address as the export wrote it.
    public var address: String
    public var outcome: Outcome
    /// The real format and pixel size, when the bytes are an image we read.
    public var header: ImageHeader?
    /// The whole file's size in bytes (`Content-Range` total, `Content-Length`, or the file's size), when known.
    public var byteSize: Int?
    /// The `Content-Type` the server sent, if any.
    public var contentType: String?
    /// FNV-1a of the first `ImageProbe.hashedPrefix` bytes (fewer for a smaller file): with `byteSize`, the same
    /// bytes under two addresses.
    public var prefixHash: UInt64?

    /// How many leading bytes `prefixHash` covers at most.
    public static let hashedPrefix = 4096

    public init(
        address: String, outcome: Outcome, header: ImageHeader? = nil, byteSize: Int? = nil,
        contentType: String? = nil, prefixHash: UInt64? = nil
    ) {
        self.address = address
        self.outcome = outcome
        self.header = header
        self.byteSize = byteSize
        self.contentType = contentType
        self.prefixHash = prefixHash
    }

    /// Whether the image cannot be shown: an error status, a failed fetch, or bytes that are no image.
    public var isBroken: Bool {
        switch outcome {
        case .fetched: header == nil
        case .status, .failed: true
        case .notProbed: false
        }
    }

    /// Why the image is broken, as a number for a finding's message: the HTTP status, or a failure as its case
    /// number less one (below 0); `nil` when the image is not broken. `brokenReason(_:)` says it in words.
    var brokenCode: Int? {
        switch outcome {
        case .fetched: header == nil ? -1 - Failure.notAnImage.caseNumber : nil
        case .status(let code): code
        case .failed(let failure): -1 - failure.caseNumber
        case .notProbed: nil
        }
    }

    /// The reason `code` (`brokenCode`) stands for, in both languages: `HTTP 404`, `timed out`, …
    static func brokenReason(_ code: Int) -> LocalizedText {
        code >= 0 ? LocalizedText(zh: "HTTP \(code)", en: "HTTP \(code)") : Failure(caseNumber: -1 - code).text
    }

    /// The key two probes share when their bytes are the same file: size and prefix hash.
    public var contentKey: String? {
        guard let byteSize, let prefixHash, header != nil else { return nil }
        return "\(byteSize):\(prefixHash)"
    }

    /// FNV-1a of `bytes`' first `hashedPrefix` bytes.
    static func hash(prefixOf bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes.prefix(hashedPrefix) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
