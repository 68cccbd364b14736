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
    /// `a_large.jpg`.
    static func normalised(_ url: String) -> String {
        String(decoding: picture(url), as: UTF8.self)
    }

    /// `normalised` as bytes, worked out in one buffer: it runs for every image of every listing.
    static func picture(_ url: String) -> [UInt8] {
        var url = url
        return url.withUTF8 { source in
            var start = 0
            var end = source.count
            while end > start, isSpace(source[end - 1]) { end -= 1 }
            while start < end, isSpace(source[start]) { start += 1 }
            if let cut = source[start..<end].firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
                end = cut
            }
            for prefix in schemePrefixes where hasPrefix(prefix, source, start..<end) {
                start += prefix.count
                break
            }
            // One buffer holding the lower-cased address; the size suffix is cut out of it in place.
            var bytes = [UInt8](unsafeUninitializedCapacity: end - start) { buffer, count in
                for index in start..<end {
                    let byte = source[index]
                    buffer[index - start] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                count = end - start
            }
            var nameStart = bytes.count
            while nameStart > 0, bytes[nameStart - 1] != UInt8(ascii: "/") { nameStart -= 1 }
            bytes.removeSubrange(sizeSuffix(in: bytes, name: nameStart..<bytes.count))
            return bytes
        }
    }

    /// Whether `bytes[range]` starts with the lower-case `prefix`, in any case.
    private static func hasPrefix(_ prefix: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= prefix.count else { return false }
        for offset in prefix.indices {
            let byte = bytes[range.lowerBound + offset]
            if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != prefix[offset] { return false }
        }
        return true
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static let schemePrefixes = ["https://", "http://", "//"].map { Array($0.utf8) }
    private static let extensions = [".jpg_", ".jpeg_", ".png_", ".webp_", ".gif_"].map { Array($0.utf8) }
    private static let namedSizes: [[UInt8]] = ([
        "pico", "icon", "thumb", "small", "compact", "medium", "large", "grande", "original", "master", "thumbnail",
    ].map { Array($0.utf8) })
    private static let cropSuffix = Array("_crop_center".utf8)

    /// The part of the file name `name` (a range of `bytes`) that only names a size, to cut out (empty when none):
    /// `a.jpg_800x800.jpg` cuts `_800x800.jpg`; `a_800x800.jpg`, `a-300x300.jpg`, `a_large.jpg`, `a@2x.jpg` cut the
    /// part before `.jpg`.
    private static func sizeSuffix(in bytes: [UInt8], name: Range<Int>) -> Range<Int> {
        for ext in extensions {
            if let end = endOfFirst(ext, in: bytes, name) { return (end - 1)..<name.upperBound }
        }
        guard let dot = bytes[name].lastIndex(of: UInt8(ascii: ".")) else { return name.upperBound..<name.upperBound }
        var stemEnd = dot
        let stemStart = name.lowerBound
        if stemEnd - stemStart > 3, bytes[stemEnd - 3] == UInt8(ascii: "@"), bytes[stemEnd - 1] == UInt8(ascii: "x") {
            stemEnd -= 3
        }
        if stemEnd - stemStart > cropSuffix.count, bytes[(stemEnd - cropSuffix.count)..<stemEnd].elementsEqual(cropSuffix) {
            stemEnd -= cropSuffix.count
        }
        if let separator = bytes[stemStart..<stemEnd].lastIndex(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) {
            let token = bytes[(separator + 1)..<stemEnd]
            if isDimensionToken(token) || namedSizes.contains(where: { $0.elementsEqual(token) }) { stemEnd = separator }
        }
        return stemEnd..<dot
    }

    /// The end offset of the first occurrence of `needle` in `haystack[range]`.
    private static func endOfFirst(_ needle: [UInt8], in haystack: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.count >= needle.count else { return nil }
        for start in range.lowerBound...(range.upperBound - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start + needle.count }
        }
        return nil
    }

    /// `800x800`, `800x`, `x800`.
    private static func isDimensionToken(_ token: ArraySlice<UInt8>) -> Bool {
        guard let x = token.firstIndex(of: UInt8(ascii: "x")), token.count > 1 else { return false }
        return token[token.startIndex..<x].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            && token[(x + 1)...].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
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
        var url = url
        let stem = url.withUTF8 { bytes -> String? in
            // The last non-empty path component, up to its extension or query.
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            var stemEnd = start
            while stemEnd < end, bytes[stemEnd] != UInt8(ascii: "."), bytes[stemEnd] != UInt8(ascii: "?") {
                stemEnd += 1
            }
            return stemEnd - start <= 7 ? String(decoding: bytes[start..<stemEnd], as: UTF8.self) : nil
        }
        guard let stem else { return false }
        return placeholderNames.contains(stem.lowercased())
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
            var hasDot = false
            while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"),
                bytes[end] != UInt8(ascii: "#")
            {
                if bytes[end] == UInt8(ascii: ".") { hasDot = true }
                end += 1
            }
            let isLocalhost = end - scheme == 9 && hasWord("localhost", in: bytes, at: scheme)
            return (end == scheme || (!hasDot && !isLocalhost) ? .missingHost : nil, ())
        }
    }

    /// `C:\…` or `C:/…`.
    private static func isWindowsPath(_ text: String) -> Bool {
        let characters = Array(text.prefix(3))
        return characters.count == 3 && characters[0].isLetter && characters[1] == ":"
            && (characters[2] == "\\" || characters[2] == "/")
    }
}
