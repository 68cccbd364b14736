/// Reading image URLs the way a listing reviewer does: the same picture at another size is the same picture, a
/// placeholder is no picture, and a local path is not something a marketplace can fetch.
enum ImageURL {
    /// What is wrong with an image address.
    enum Problem: Sendable, Equatable {
        case containsSpaces, localFile, missingHost, notHTTP, noScheme

        var text: LocalizedText {
            switch self {
            case .containsSpaces: LocalizedText(zh: "地址含空格", en: "contains spaces")
            case .localFile: LocalizedText(zh: "是本地文件路径", en: "is a local file path")
            case .missingHost: LocalizedText(zh: "缺少域名", en: "has no host")
            case .notHTTP: LocalizedText(zh: "不是 http(s) 地址", en: "is not an http(s) address")
            case .noScheme: LocalizedText(zh: "缺少 https:// 前缀", en: "lacks https://")
            }
        }
    }

    /// The URL with scheme, query, fragment and size variants removed, lower-cased: `…/a_800x800.jpg?v=2` and
    /// `…/a.jpg` compare equal, as do Alibaba `a.jpg_400x400.jpg`, WooCommerce `a-300x300.jpg` and Shopify
    /// `a_large.jpg`. Works on bytes: it runs for every image of every listing.
    static func normalised(_ url: String) -> String {
        var bytes = url.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        while let last = bytes.last, isSpace(last) { bytes.removeLast() }
        bytes.removeFirst(bytes.prefix(while: isSpace).count)
        if let cut = bytes.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
            bytes.removeSubrange(cut...)
        }
        for prefix in schemePrefixes where bytes.starts(with: prefix) {
            bytes.removeFirst(prefix.count)
            break
        }
        let nameStart = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        let name = stripSizeSuffix(Array(bytes[nameStart...]))
        return String(decoding: bytes[..<nameStart] + name, as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static let schemePrefixes = ["https://", "http://", "//"].map { Array($0.utf8) }
    private static let extensions = [".jpg", ".jpeg", ".png", ".webp", ".gif"].map { Array($0.utf8) }
    private static let namedSizes: Set<[UInt8]> = Set([
        "pico", "icon", "thumb", "small", "compact", "medium", "large", "grande", "original", "master", "thumbnail",
    ].map { Array($0.utf8) })
    private static let cropSuffix = Array("_crop_center".utf8)

    /// `a.jpg_800x800.jpg` → `a.jpg`; `a_800x800.jpg`, `a-300x300.jpg`, `a_large.jpg`, `a@2x.jpg` → `a.jpg`.
    private static func stripSizeSuffix(_ name: [UInt8]) -> [UInt8] {
        for ext in extensions {
            if let end = endOfFirst(ext + [UInt8(ascii: "_")], in: name) { return Array(name[..<(end - 1)]) }
        }
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return name }
        var stem = Array(name[..<dot])
        if stem.count > 3, stem[stem.count - 3] == UInt8(ascii: "@"), stem.last == UInt8(ascii: "x") {
            stem.removeLast(3)
        }
        if stem.count > cropSuffix.count, stem.suffix(cropSuffix.count).elementsEqual(cropSuffix) {
            stem.removeLast(cropSuffix.count)
        }
        if let separator = stem.lastIndex(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) {
            let token = Array(stem[(separator + 1)...])
            if isDimensionToken(token) || namedSizes.contains(token) { stem.removeSubrange(separator...) }
        }
        return stem + name[dot...]
    }

    /// The end offset of the first occurrence of `needle` in `haystack`.
    private static func endOfFirst(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start + needle.count }
        }
        return nil
    }

    /// `800x800`, `800x`, `x800`.
    private static func isDimensionToken(_ token: [UInt8]) -> Bool {
        guard let x = token.firstIndex(of: UInt8(ascii: "x")), token.count > 1 else { return false }
        let digits = token[..<x] + token[(x + 1)...]
        return !digits.isEmpty && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
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

    /// Whether the URL points at a stand-in picture (`placeholder.png`, `no-image.gif`, `default.jpg`). Words
    /// count only at a word start (`piano-image` is not `no-image`).
    static func isPlaceholder(_ url: String) -> Bool {
        if mayNamePlaceholder(url), placeholderWords.scan(FoldedText(url)).contains(0) { return true }
        // The last non-empty path component.
        var path = url.utf8[...]
        while path.last == UInt8(ascii: "/") { path = path.dropLast() }
        let name = path.lastIndex(of: UInt8(ascii: "/")).map { path[path.index(after: $0)...] } ?? path
        let stem = name.prefix { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "?") }
        guard stem.count <= 7 else { return false }
        return placeholderNames.contains(String(decoding: stem, as: UTF8.self).lowercased())
    }

    /// Whether `url` may hold a placeholder word: every one contains `no`, `placeholder`, `coming` or `暂无` (a
    /// byte test that spares almost every address the word scan).
    private static func mayNamePlaceholder(_ url: String) -> Bool {
        var previous: UInt8 = 0
        var hasPlaceholderLetters = false
        for byte in url.utf8 {
            let lower = byte | (byte &- 0x41 < 26 ? 0x20 : 0)
            if previous == UInt8(ascii: "n") && lower == UInt8(ascii: "o") { return true }
            if lower == 0xE6 || lower == 0xEF { return true }  // the lead bytes of 暂 and of full-width letters
            if previous == UInt8(ascii: "p") && lower == UInt8(ascii: "l") { hasPlaceholderLetters = true }
            if previous == UInt8(ascii: "c") && lower == UInt8(ascii: "o") { hasPlaceholderLetters = true }
            previous = lower
        }
        return hasPlaceholderLetters
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
            let host = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
            let hasDot = host.contains(UInt8(ascii: "."))
            return host.isEmpty || (!hasDot && String(decoding: host, as: UTF8.self).lowercased() != "localhost")
                ? .missingHost : nil
        }
        if text.hasPrefix("//") { return nil }
        if let colon = text.firstIndex(of: ":"), text[..<colon].allSatisfy(\.isLetter) { return .notHTTP }
        let firstPart = text.prefix { $0 != "/" }
        return firstPart.contains(".") && text.contains("/") ? .noScheme : .localFile
    }

    /// The verdict on an address written as plain ASCII starting `http://` or `https://` with no spaces (nearly every
    /// address), read from the bytes; `nil` for any other address (read by `problem` itself).
    private static func plainWebAddressProblem(_ url: String) -> (problem: Problem?, Void)? {
        let bytes = url.utf8
        guard bytes.count > 8, bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        func lower(_ byte: UInt8) -> UInt8 { byte | (byte &- 0x41 < 26 ? 0x20 : 0) }
        let prefix = bytes.prefix(8).map(lower)
        let scheme: Int
        if prefix.starts(with: "https://".utf8) {
            scheme = 8
        } else if prefix.starts(with: "http://".utf8) {
            scheme = 7
        } else {
            return nil
        }
        let host = bytes.dropFirst(scheme).prefix {
            $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#")
        }
        let hasDot = host.contains(UInt8(ascii: "."))
        let missing = host.isEmpty || (!hasDot && !host.map(lower).elementsEqual("localhost".utf8))
        return (missing ? .missingHost : nil, ())
    }

    /// `C:\…` or `C:/…`.
    private static func isWindowsPath(_ text: String) -> Bool {
        let characters = Array(text.prefix(3))
        return characters.count == 3 && characters[0].isLetter && characters[1] == ":"
            && (characters[2] == "\\" || characters[2] == "/")
    }
}
