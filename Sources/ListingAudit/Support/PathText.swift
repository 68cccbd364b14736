/// Path arithmetic on plain strings. `NSString.deletingLastPathComponent` traps on some one-character paths with
/// this toolchain's Foundation (`--out o` crashed the audit), so paths given by the user go through these instead.
public enum PathText {
    /// The folder part of `path`: `"a/b"` → `"a"`, `"/b"` → `"/"`, `"b"` and `""` → `""`; trailing slashes ignored.
    public static func parent(_ path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        var end = slash
        while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        return end == 0 ? "/" : String(decoding: bytes[..<end], as: UTF8.self)
    }
}
