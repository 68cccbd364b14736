/// Spec lists exported as printed key–value records, as marketplace crawls hold them (Flipkart's
/// `{"product_specification"=>[{"key"=>"Fabric", "value"=>"Cotton"}, …]}`): read as named values, so each spec is
/// an attribute of the listing as a spec table's row would be, not punctuation around words.
enum SpecificationPairs {
    /// The (key, value) pairs of `text` (`nil` key for a value given without one), or `nil` when it holds no
    /// `"value"=>"…"`.
    static func pairs(in text: String) -> [(key: String?, value: String)]? {
        let bytes = Array(text.utf8)
        var pairs: [(key: String?, value: String)] = []
        var key: String?
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"):
                key = nil
                index += 1
            case UInt8(ascii: "\""):
                let (name, afterName) = quoted(bytes, from: index)
                guard let arrow = afterName, arrow + 3 < bytes.count, bytes[arrow] == UInt8(ascii: "="),
                    bytes[arrow + 1] == UInt8(ascii: ">"), bytes[arrow + 2] == UInt8(ascii: "\"")
                else {
                    index = afterName ?? bytes.count
                    continue
                }
                let (value, next) = quoted(bytes, from: arrow + 2)
                index = next ?? bytes.count
                if name == "key" {
                    key = value
                } else if name == "value", !value.isEmpty {
                    pairs.append((key, value))
                    key = nil
                }
            default:
                index += 1
            }
        }
        return pairs.isEmpty ? nil : pairs
    }

    /// The text of the double-quoted string opening at `start` (a backslash keeps the byte after it) and the index
    /// after its closing quote, `nil` when it is not closed.
    private static func quoted(_ bytes: [UInt8], from start: Int) -> (String, Int?) {
        var text: [UInt8] = []
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return (String(decoding: text, as: UTF8.self), index + 1)
            case UInt8(ascii: "\\") where index + 1 < bytes.count:
                text.append(bytes[index + 1])
                index += 2
            default:
                text.append(bytes[index])
                index += 1
            }
        }
        return (String(decoding: text, as: UTF8.self), nil)
    }
}
