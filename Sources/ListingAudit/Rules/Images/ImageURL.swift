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
        var text = url.trimmingWhitespace().lowercased()
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<cut]) }
        for prefix in ["https://", "http://", "//"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            break
        }
        guard let slash = text.lastIndex(of: "/") else { return stripSizeSuffix(text) }
        return String(text[...slash]) + stripSizeSuffix(String(text[text.index(after: slash)...]))
    }

    private static let extensions = [".jpg", ".jpeg", ".png", ".webp", ".gif"]
    private static let namedSizes: Set<String> = [
        "pico", "icon", "thumb", "small", "compact", "medium", "large", "grande", "original", "master", "thumbnail",
    ]

    /// `a.jpg_800x800.jpg` → `a.jpg`; `a_800x800.jpg`, `a-300x300.jpg`, `a_large.jpg`, `a@2x.jpg` → `a.jpg`.
    private static func stripSizeSuffix(_ name: String) -> String {
        for ext in extensions {
            if let range = name.range(of: ext + "_") { return String(name[..<range.upperBound].dropLast()) }
        }
        guard let dot = name.lastIndex(of: ".") else { return name }
        var stem = String(name[..<dot])
        let ext = String(name[dot...])
        for retina in ["@2x", "@3x"] where stem.hasSuffix(retina) { stem = String(stem.dropLast(retina.count)) }
        if stem.hasSuffix("_crop_center") { stem = String(stem.dropLast("_crop_center".count)) }
        if let separator = stem.lastIndex(where: { $0 == "_" || $0 == "-" }) {
            let token = String(stem[stem.index(after: separator)...])
            if isDimensionToken(token) || namedSizes.contains(token) { stem = String(stem[..<separator]) }
        }
        return stem + ext
    }

    /// `800x800`, `800x`, `x800`.
    private static func isDimensionToken(_ token: String) -> Bool {
        let parts = token.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, !(parts[0].isEmpty && parts[1].isEmpty) else { return false }
        return parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    private static let placeholderWords = [
        "placeholder", "no-image", "no_image", "noimage", "no-photo", "no_photo", "nophoto", "coming-soon",
        "coming_soon", "comingsoon", "image-not-available", "image_not_available", "notavailable", "暂无图片",
    ]
    private static let placeholderNames: Set<String> = ["default", "blank", "dummy", "empty", "none", "null"]

    /// Whether the URL points at a stand-in picture (`placeholder.png`, `no-image.gif`, `default.jpg`).
    static func isPlaceholder(_ url: String) -> Bool {
        let lowered = url.lowercased()
        if placeholderWords.contains(where: { startsAWord($0, in: lowered) }) { return true }
        let name = normalised(url).split(separator: "/").last.map(String.init) ?? ""
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        return placeholderNames.contains(stem)
    }

    /// Whether `word` occurs in `text` not preceded by a letter (`piano-image` is not `no-image`).
    private static func startsAWord(_ word: String, in text: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: word, range: searchStart..<text.endIndex) {
            if range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter {
                return true
            }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    /// What is wrong with `url` as an address a marketplace can fetch, or `nil`.
    static func problem(_ url: String) -> Problem? {
        let text = url.trimmingWhitespace()
        let lowered = text.lowercased()
        if text.contains(where: \.isWhitespace) { return .containsSpaces }
        if lowered.hasPrefix("file:") || text.hasPrefix("\\\\") || isWindowsPath(text) { return .localFile }
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            let rest = lowered.drop { $0 != ":" }.dropFirst(3)
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return host.isEmpty || (!host.contains(".") && host != "localhost") ? .missingHost : nil
        }
        if lowered.hasPrefix("//") { return nil }
        if let colon = lowered.firstIndex(of: ":"), lowered[..<colon].allSatisfy(\.isLetter) { return .notHTTP }
        let firstPart = lowered.prefix { $0 != "/" }
        return firstPart.contains(".") && lowered.contains("/") ? .noScheme : .localFile
    }

    /// `C:\…` or `C:/…`.
    private static func isWindowsPath(_ text: String) -> Bool {
        let characters = Array(text.prefix(3))
        return characters.count == 3 && characters[0].isLetter && characters[1] == ":"
            && (characters[2] == "\\" || characters[2] == "/")
    }
}

extension Listing {
    /// Every image address of the listing, gallery first, then variant images not in the gallery; blanks dropped.
    var imageAddresses: [(url: String, location: SourceLocation)] {
        var seen = Set<String>()
        var result: [(url: String, location: SourceLocation)] = []
        for image in images where !image.url.trimmingWhitespace().isEmpty && seen.insert(image.url).inserted {
            result.append((image.url, image.location))
        }
        for variant in variants {
            guard let url = variant.imageURL, !url.trimmingWhitespace().isEmpty, seen.insert(url).inserted else {
                continue
            }
            result.append((url, variant.location))
        }
        return result
    }

    /// The number of different pictures: addresses compared after `ImageURL.normalised`, placeholders left out.
    var distinctImageCount: Int {
        Set(imageAddresses.filter { !ImageURL.isPlaceholder($0.url) }.map { ImageURL.normalised($0.url) }).count
    }
}
