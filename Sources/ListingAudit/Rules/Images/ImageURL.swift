/// Reading image URLs the way a listing reviewer does: the same picture at another size is the same picture, a
/// placeholder is no picture, and a local path is not something a marketplace can fetch.
enum ImageURL {
    /// What is wrong with an image address.
    enum Problem: Sendable, Equatable, CaseIterable {
        /// `siteRelative`: a path on the shop's own domain (`/goods-img/a.jpg`), fine inside the shop but not
        /// fetchable from the export alone. `notAnAddress`: text with no scheme, slash or file extension (a
        /// placeholder such as `REPLACE_WITH_IMAGE_LINK`), no address at all.
        /// `localServer`: the host is the shop's own computer or private network (`localhost:28089`, `127.0.0.1`,
        /// `192.168.1.5`), which no marketplace can reach. `schemeRelative`: a host and path with no scheme
        /// (`//cdn.example.com/a.jpg`), which a web page resolves against its own scheme but a marketplace does not:
        /// Google Merchant Center and Amazon take absolute http(s) addresses only.
        case containsSpaces, localFile, missingHost, localServer, notHTTP, noScheme, siteRelative, notAnAddress
        case schemeRelative

        /// Whether the address is relative to the page or site that shows it (`/goods-img/a.jpg`,
        /// `//cdn.example.com/a.jpg`): fine in a shop's own tables, which its site resolves; not in a feed.
        var isRelative: Bool { self == .siteRelative || self == .schemeRelative }

        var text: LocalizedText {
            switch self {
            case .containsSpaces: LocalizedText(zh: "地址含空格", en: "contains spaces")
            case .localFile: LocalizedText(zh: "是本地文件路径", en: "is a local file path")
            case .siteRelative:
                LocalizedText(
                    zh: "是站内相对地址，缺少店铺域名", en: "is a site-relative address without the shop's domain")
            case .notAnAddress:
                LocalizedText(
                    zh: "不是网址，而是一段文字（像是占位内容）", en: "is no address but text (a placeholder?)")
            case .missingHost: LocalizedText(zh: "缺少域名", en: "has no host")
            case .localServer:
                LocalizedText(
                    zh: "指向本机或内网地址，平台无法访问", en: "points at a local or private-network server no marketplace can reach")
            case .notHTTP: LocalizedText(zh: "不是 http(s) 地址", en: "is not an http(s) address")
            case .noScheme: LocalizedText(zh: "缺少 https:// 前缀", en: "lacks https://")
            case .schemeRelative:
                LocalizedText(zh: "以 // 开头，缺少 https:// 前缀", en: "starts with // and lacks https://")
            }
        }
    }

    /// The URL with scheme, query, fragment and size variants removed, lower-cased (`ImagePicture`):
    /// `…/a_800x800.jpg?v=2` and `…/a.jpg` compare equal.
    static func normalised(_ url: String) -> String {
        String(decoding: ImagePicture.bytes(of: ArraySlice(url.utf8)), as: UTF8.self)
    }

    /// Words of stand-in pictures' file names, one list of their own `PhraseBook`: `no` before each word file names
    /// use for a picture, and `coming soon`, each joined in the three ways file names join words (`no-img`,
    /// `no_photo`, `nopic`, `comingsoon`), and the phrases that need no joining.
    private static let placeholderWords = PhraseBook([
        PhraseBook.List(
            words: joined("no", ["image", "img", "photo", "pic", "picture", "foto"]) + joined("coming", ["soon"])
                + ["placeholder", "image-not-available", "image_not_available", "notavailable", "暂无图片"],
            selection: .every, inflects: true, minimumBytes: 2)
    ])

    /// `first` joined to each of `words` by a hyphen, an underscore and nothing.
    private static func joined(_ first: String, _ words: [String]) -> [String] {
        words.flatMap { word in ["-", "_", ""].map { first + $0 + word } }
    }
    private static let placeholderNames: Set<String> = ["default", "blank", "dummy", "empty", "none", "null"]
    /// `placeholderNames` as bytes, to compare ASCII file names with no `String` made.
    private static let placeholderNameBytes = placeholderNames.map { Array($0.utf8) }

    /// What the image rules need of `url`, read in one pass (`Scan`): the picture it shows, whether it points at a
    /// stand-in picture, and what keeps a marketplace from fetching it. A web address that names no file (a shop's
    /// home page, a folder: `Scan.namesNoFile`) and can be fetched is a stand-in too: it shows no product picture.
    static func read(_ url: String) -> (picture: ImagePicture, isPlaceholder: Bool, problem: Problem?) {
        read(ArraySlice(url.utf8))
    }

    /// `read` of the address whose UTF-8 bytes are `address` (`ListingImage.address`), read where they are.
    static func read(
        _ address: ArraySlice<UInt8>
    ) -> (picture: ImagePicture, isPlaceholder: Bool, problem: Problem?) {
        address.withUnsafeBufferPointer { bytes in
            let scan = Scan(bytes)
            let fault = problem(scan, bytes)
            return (ImagePicture(address: address, scan: scan), isStandIn(scan, bytes, fault), fault)
        }
    }

    /// Whether the address whose bytes `bytes` are read by `scan`, with the problem `fault`, shows a stand-in
    /// picture (`read`'s `isPlaceholder`).
    @inline(__always)
    static func isStandIn(_ scan: Scan, _ bytes: UnsafeBufferPointer<UInt8>, _ fault: Problem?) -> Bool {
        (fault == nil && scan.namesNoFile) || isPlaceholder(scan, bytes)
    }

    /// Whether the URL points at a stand-in picture (`placeholder.png`, `no-image.gif`, `default.jpg`) or names no
    /// picture at all (`https://shop.example.com/`, `https://cdn.example.com/images/`). Words count only at a word
    /// start (`piano-image` is not `no-image`).
    static func isPlaceholder(_ url: String) -> Bool { read(url).isPlaceholder }

    /// `isPlaceholder` of the address whose bytes `bytes` are read by `scan`.
    private static func isPlaceholder(_ scan: Scan, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if scan.mayNamePlaceholder,
            placeholderWords.scan(FoldedText(String(decoding: bytes, as: UTF8.self))).contains(0)
        {
            return true
        }
        // The last non-empty path component, up to its extension or query.
        let start = scan.lastComponent.lowerBound
        var stemEnd = start
        // A stem longer than seven bytes is no name: the search stops at the eighth.
        while stemEnd < scan.lastComponent.upperBound, stemEnd - start <= 7, bytes[stemEnd] != UInt8(ascii: "."),
            bytes[stemEnd] != UInt8(ascii: "?")
        {
            stemEnd += 1
        }
        guard stemEnd - start <= 7 else { return false }
        let stem = bytes[start..<stemEnd]
        guard stem.allSatisfy({ $0 < 0x80 }) else {
            // Lower-casing beyond ASCII can make an ASCII name (the Kelvin sign K lower-cases to k).
            return placeholderNames.contains(String(decoding: stem, as: UTF8.self).lowercased())
        }
        return placeholderNameBytes.contains { name in
            name.count == stem.count && zip(name, stem).allSatisfy { $0 == ($1 &- 0x41 < 26 ? $1 | 0x20 : $1) }
        }
    }

    /// Whether the lower-case ASCII `word` is at `index` of `bytes`, in any case.
    static func hasWord(_ word: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + word.utf8CodeUnitCount <= bytes.count else { return false }
        for offset in 0..<word.utf8CodeUnitCount {
            let byte = bytes[index + offset]
            if byte | (byte &- 0x41 < 26 ? 0x20 : 0) != word.utf8Start[offset] { return false }
        }
        return true
    }

    /// What is wrong with `url` as an address a marketplace can fetch, or `nil`.
    static func problem(_ url: String) -> Problem? { read(url).problem }

    /// `problem` of the address whose bytes `bytes` are read by `scan`: a plain web address by its host, any other
    /// as text.
    static func problem(_ scan: Scan, _ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        if let authority = scan.webAuthority { return hostProblem(bytes, authority) }
        let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        if text.unicodeScalars.contains(where: \.isWhitespace) { return .containsSpaces }
        let scheme = String(text.prefix(8)).lowercased()
        if scheme.hasPrefix("file:") || text.hasPrefix("\\\\") || isWindowsPath(text) { return .localFile }
        if scheme.hasPrefix("http://") || scheme.hasPrefix("https://") {
            let rest = text.utf8.drop { $0 != UInt8(ascii: ":") }.dropFirst(3)
            let authority = Array(rest.prefix {
                $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#")
            })
            return authority.withUnsafeBufferPointer { hostProblem($0, 0..<$0.count) }
        }
        if text.hasPrefix("//") { return .schemeRelative }
        if let colon = text.firstIndex(of: ":"), text[..<colon].allSatisfy(\.isLetter) { return .notHTTP }
        if text.hasPrefix("~/") || localDiskPrefixes.contains(where: text.hasPrefix) { return .localFile }
        if text.hasPrefix("/") { return .siteRelative }
        if !text.contains("/"), !text.contains("\\"), !text.contains(".") { return .notAnAddress }
        let firstPart = text.prefix { $0 != "/" }
        return firstPart.contains(".") && text.contains("/") ? .noScheme : .localFile
    }

    /// Where a path starting with `/` is on a computer's own disk (a home folder, a mounted volume), not on a site.
    private static let localDiskPrefixes = ["/Users/", "/home/", "/Volumes/", "/mnt/", "/tmp/", "/private/"]

    /// What is wrong with the authority of a web address (`user@host:port`): no host, a host with no dot (an
    /// intranet name), or the shop's own computer or private network (`localhost`, `127.0.0.1`, `10.…`,
    /// `192.168.…`, `172.16–31.…`, `[::1]`).
    ///
    /// The authority is the bytes `authority` of `bytes`, read in one pass over its `@`, `:` and `.`, eight bytes
    /// at a time (`ByteSearch`): the host follows the last `@` and ends at the first `:` after it.
    private static func hostProblem(_ bytes: UnsafeBufferPointer<UInt8>, _ authority: Range<Int>) -> Problem? {
        let text = UnsafeBufferPointer(rebasing: bytes[authority])
        let (at, colon, dot) = (UInt8(ascii: "@"), UInt8(ascii: ":"), UInt8(ascii: "."))
        var (start, firstColon, hasDot) = (0, Int?.none, false)
        var index = ByteSearch.first(in: text, from: 0, at, colon, dot, dot)
        while index < text.count {
            if text[index] == at {
                (start, firstColon, hasDot) = (index + 1, nil, false)
            } else if firstColon == nil {
                if text[index] == colon { firstColon = index } else { hasDot = true }
            }
            index = ByteSearch.first(in: text, from: index + 1, at, colon, dot, dot)
        }
        if start < text.count, text[start] == UInt8(ascii: "[") {
            var end = start + 1
            while end < text.count, text[end] != UInt8(ascii: "]") { end += 1 }
            return end - start == 4 && hasWord("::1", in: text, at: start + 1) ? .localServer : nil
        }
        let end = firstColon ?? text.count
        guard end > start else { return .missingHost }
        let isLocalhost = end - start == 9 && hasWord("localhost", in: text, at: start)
        if isLocalhost || isPrivateIPv4(text, start..<end) { return .localServer }
        return hasDot ? nil : .missingHost
    }

    /// Whether `host` is a dotted IPv4 address of a loopback, private or unspecified range: four parts of one to
    /// three digits, each at most 255.
    private static func isPrivateIPv4(_ bytes: UnsafeBufferPointer<UInt8>, _ host: Range<Int>) -> Bool {
        var (dots, digits, value) = (0, 0, 0)
        var (first, second) = (0, 0)
        for index in host {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard digits > 0, value <= 255, dots < 3 else { return false }
                if dots == 0 { first = value } else if dots == 1 { second = value }
                (dots, digits, value) = (dots + 1, 0, 0)
            } else {
                guard byte &- 0x30 < 10, digits < 3 else { return false }
                (digits, value) = (digits + 1, value * 10 + Int(byte - 0x30))
            }
        }
        guard dots == 3, digits > 0, value <= 255 else { return false }
        switch first {
        case 0, 10, 127: return true
        case 172: return (16...31).contains(second)
        case 192: return second == 168
        default: return false
        }
    }

    /// `C:\…` or `C:/…`.
    private static func isWindowsPath(_ text: String) -> Bool {
        let characters = Array(text.prefix(3))
        return characters.count == 3 && characters[0].isLetter && characters[1] == ":"
            && (characters[2] == "\\" || characters[2] == "/")
    }
}
