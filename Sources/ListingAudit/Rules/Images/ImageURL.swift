/// Reading image URLs the way a listing reviewer does: the same picture at another size is the same picture, a
/// placeholder is no picture, and a local path is not something a marketplace can fetch.
enum ImageURL {
    /// What is wrong with an image address.
    enum Problem: Sendable, Equatable {
        /// `siteRelative`: a path on the shop's own domain (`/goods-img/a.jpg`), fine inside the shop but not
        /// fetchable from the export alone. `notAnAddress`: text with no scheme, slash or file extension (a
        /// placeholder such as `REPLACE_WITH_IMAGE_LINK`), no address at all.
        /// `localServer`: the host is the shop's own computer or private network (`localhost:28089`, `127.0.0.1`,
        /// `192.168.1.5`), which no marketplace can reach.
        case containsSpaces, localFile, missingHost, localServer, notHTTP, noScheme, siteRelative, notAnAddress

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
            }
        }
    }

    /// The URL with scheme, query, fragment and size variants removed, lower-cased (`ImagePicture`): `…/a_800x800.jpg?v=2`
    /// and `…/a.jpg` compare equal.
    static func normalised(_ url: String) -> String {
        String(decoding: ImagePicture.bytes(of: url), as: UTF8.self)
    }

    /// Words of stand-in pictures' file names, one list of their own `PhraseBook`.
    private static let placeholderWords = PhraseBook([
        PhraseBook.List(
            words: [
                "placeholder", "no-image", "no_image", "noimage", "no-photo", "no_photo", "nophoto", "coming-soon",
                "coming_soon", "comingsoon", "image-not-available", "image_not_available", "notavailable", "暂无图片",
            ], selection: .every, inflects: true, minimumBytes: 2)
    ])
    private static let placeholderNames: Set<String> = ["default", "blank", "dummy", "empty", "none", "null"]
    /// `placeholderNames` as bytes, to compare ASCII file names with no `String` made.
    private static let placeholderNameBytes = placeholderNames.map { Array($0.utf8) }

    /// Whether the URL points at a stand-in picture (`placeholder.png`, `no-image.gif`, `default.jpg`). Words
    /// count only at a word start (`piano-image` is not `no-image`).
    static func isPlaceholder(_ url: String) -> Bool {
        if mayNamePlaceholder(url), placeholderWords.scan(FoldedText(url)).contains(0) { return true }
        var url = url
        return url.withUTF8 { bytes in
            // The last non-empty path component, up to its extension or query.
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            var stemEnd = start
            while stemEnd < end, bytes[stemEnd] != UInt8(ascii: "."), bytes[stemEnd] != UInt8(ascii: "?") {
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
    }

    /// Whether `url` may hold a placeholder word: every one contains `no`, `placeholder` or `coming` (in any case),
    /// or `暂无`; full-width letters fold to those too. A byte test that spares almost every address the word scan.
    private static func mayNamePlaceholder(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 1 else { return false }
            if base[0] == 0xE6 || base[0] == 0xEF { return true }  // the lead bytes of 暂 and of full-width letters
            var previous = base[0] | 0x20
            for index in 1..<bytes.count {
                let byte = base[index]
                if byte >= 0xE6 {
                    if byte == 0xE6 || byte == 0xEF { return true }
                    previous = byte
                    continue
                }
                let lower = byte | 0x20
                // Lower-casing by setting bit 5 also maps some punctuation onto letters; the word test below is exact.
                if lower == UInt8(ascii: "o") {
                    if previous == UInt8(ascii: "n") { return true }
                    if previous == UInt8(ascii: "c"), hasWord("ming", in: bytes, at: index + 1) { return true }
                } else if lower == UInt8(ascii: "l"), previous == UInt8(ascii: "p"),
                    hasWord("aceholder", in: bytes, at: index + 1)
                {
                    return true
                }
                previous = lower
            }
            return false
        }
    }

    /// Whether the lower-case ASCII `word` is at `index` of `bytes`, in any case.
    private static func hasWord(_ word: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + word.utf8CodeUnitCount <= bytes.count else { return false }
        for offset in 0..<word.utf8CodeUnitCount {
            let byte = bytes[index + offset]
            if byte | (byte &- 0x41 < 26 ? 0x20 : 0) != word.utf8Start[offset] { return false }
        }
        return true
    }

    /// What is wrong with `url` as an address a marketplace can fetch, or `nil`.
    static func problem(_ url: String) -> Problem? {
        if let verdict = plainWebAddressProblem(url) { return verdict.problem }
        let text = url.trimmingWhitespace()
        if text.unicodeScalars.contains(where: \.isWhitespace) { return .containsSpaces }
        let scheme = String(text.prefix(8)).lowercased()
        if scheme.hasPrefix("file:") || text.hasPrefix("\\\\") || isWindowsPath(text) { return .localFile }
        if scheme.hasPrefix("http://") || scheme.hasPrefix("https://") {
            let rest = text.utf8.drop { $0 != UInt8(ascii: ":") }.dropFirst(3)
            let authority = rest.prefix {
                $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#")
            }
            return hostProblem(Array(authority))
        }
        if text.hasPrefix("//") { return nil }
        if let colon = text.firstIndex(of: ":"), text[..<colon].allSatisfy(\.isLetter) { return .notHTTP }
        if text.hasPrefix("~/") || localDiskPrefixes.contains(where: text.hasPrefix) { return .localFile }
        if text.hasPrefix("/") { return .siteRelative }
        if !text.contains("/"), !text.contains("\\"), !text.contains(".") { return .notAnAddress }
        let firstPart = text.prefix { $0 != "/" }
        return firstPart.contains(".") && text.contains("/") ? .noScheme : .localFile
    }

    /// Where a path starting with `/` is on a computer's own disk (a home folder, a mounted volume), not on a site.
    private static let localDiskPrefixes = ["/Users/", "/home/", "/Volumes/", "/mnt/", "/tmp/", "/private/"]

    /// The verdict on an address written as plain ASCII starting `http://` or `https://` with no spaces (nearly every
    /// address), read from the bytes; `nil` for any other address (read by `problem` itself).
    private static func plainWebAddressProblem(_ url: String) -> (problem: Problem?, Void)? {
        var url = url
        return url.withUTF8 { bytes -> (problem: Problem?, Void)? in
            guard bytes.count > 8, bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
            let scheme: Int
            if hasWord("https://", in: bytes, at: 0) {
                scheme = 8
            } else if hasWord("http://", in: bytes, at: 0) {
                scheme = 7
            } else {
                return nil
            }
            var end = scheme
            while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"),
                bytes[end] != UInt8(ascii: "#")
            {
                end += 1
            }
            return (hostProblem(Array(bytes[scheme..<end])), ())
        }
    }

    /// What is wrong with the authority of a web address (`user@host:port`): no host, a host with no dot (an
    /// intranet name), or the shop's own computer or private network (`localhost`, `127.0.0.1`, `10.…`,
    /// `192.168.…`, `172.16–31.…`, `[::1]`).
    private static func hostProblem(_ authority: [UInt8]) -> Problem? {
        var host = authority[...]
        if let at = host.lastIndex(of: UInt8(ascii: "@")) { host = host[(at + 1)...] }
        if host.first == UInt8(ascii: "[") {
            let inside = host.dropFirst().prefix { $0 != UInt8(ascii: "]") }
            return inside.elementsEqual("::1".utf8) ? .localServer : nil
        }
        if let colon = host.firstIndex(of: UInt8(ascii: ":")) { host = host[..<colon] }
        guard !host.isEmpty else { return .missingHost }
        let lowered = host.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        if lowered.elementsEqual("localhost".utf8) || isPrivateIPv4(lowered) { return .localServer }
        return lowered.contains(UInt8(ascii: ".")) ? nil : .missingHost
    }

    /// Whether `host` is a dotted IPv4 address of a loopback, private or unspecified range.
    private static func isPrivateIPv4(_ host: [UInt8]) -> Bool {
        let parts = host.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        var numbers: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
            numbers.append(part.reduce(0) { $0 * 10 + Int($1 - 0x30) })
        }
        guard numbers.allSatisfy({ $0 <= 255 }) else { return false }
        switch numbers[0] {
        case 0, 10, 127: return true
        case 172: return (16...31).contains(numbers[1])
        case 192: return numbers[1] == 168
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
