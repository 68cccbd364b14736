/// An image file format, as its bytes declare it.
public enum ImageFormat: String, Sendable, Codable, CaseIterable {
    case jpeg, png, gif, webp, avif, heic, bmp

    /// The file-name extensions that name this format, lower-case, without the dot.
    public var extensions: [String] {
        switch self {
        case .jpeg: ["jpg", "jpeg", "jpe", "jfif"]
        case .png: ["png"]
        case .gif: ["gif"]
        case .webp: ["webp"]
        case .avif: ["avif"]
        case .heic: ["heic", "heif"]
        case .bmp: ["bmp", "dib"]
        }
    }

    /// The media types that name this format, lower-case.
    public var mediaTypes: [String] {
        switch self {
        case .jpeg: ["image/jpeg", "image/jpg", "image/pjpeg"]
        case .png: ["image/png", "image/x-png"]
        case .gif: ["image/gif"]
        case .webp: ["image/webp"]
        case .avif: ["image/avif"]
        case .heic: ["image/heic", "image/heif"]
        case .bmp: ["image/bmp", "image/x-bmp", "image/x-ms-bmp"]
        }
    }

    /// The format an extension names (any case), if it names one.
    public static func named(extension name: String) -> ImageFormat? {
        let lower = name.lowercased()
        return allCases.first { $0.extensions.contains(lower) }
    }

    /// The format a `Content-Type` value names (parameters ignored), if it names an image format.
    public static func named(mediaType value: String) -> ImageFormat? {
        let type = value.split(separator: ";").first.map { String($0).trimmingWhitespace().lowercased() } ?? ""
        return allCases.first { $0.mediaTypes.contains(type) }
    }
}

/// What an image file's first bytes say: its real format and its size in pixels as displayed (JPEG EXIF
/// orientations 5–8 swap width and height).
public struct ImageHeader: Sendable, Codable, Hashable {
    public var format: ImageFormat
    public var width: Int
    public var height: Int

    public init(format: ImageFormat, width: Int, height: Int) {
        self.format = format
        self.width = width
        self.height = height
    }
}
