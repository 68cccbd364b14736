/// The comparison key of a product title: the title folded (`TextFold`: lower case, full-width forms to half-width,
/// traditional characters to simplified) and every run of what is not a letter, digit or ideograph (white space,
/// punctuation, symbols) folded to one space, so `【新款】Women’s  Maxi-Dress！` and `【新款】women's maxi dress!`
/// compare equal.
public enum TitleKey {
    /// The key of `title`; `""` when it has no letters or digits.
    public static func of(_ title: String) -> String {
        var title = title
        var key: [UInt8] = []
        title.withUTF8 { append(of: $0, to: &key) }
        return String(decoding: key, as: UTF8.self)
    }

    /// Appends the UTF-8 key of the UTF-8 `title` to `key` (nothing when it has no letters or digits).
    static func append(of title: UnsafeBufferPointer<UInt8>, to key: inout [UInt8]) {
        let start = key.count
        var pendingSpace = false
        var index = 0
        while index < title.count {
            let (value, length) = UTF8Scalars.decodeChecked(title, at: index)
            index += length
            let folded = TextFold.fold(value)
            guard TextFold.isMeaningful(folded) else {
                pendingSpace = key.count > start
                continue
            }
            if pendingSpace {
                key.append(0x20)
                pendingSpace = false
            }
            UTF8Scalars.append(folded, to: &key)
        }
    }
}
