import Foundation

/// The names of a JSON object's own members (not those of objects nested in it), found in its bytes without parsing
/// the values: a cheap pass over records beyond those read ahead, to learn the columns of a dump whose later records
/// have keys the first ones lack.
enum JSONObjectKeys {
    /// Calls `body` with each member name of the object `bytes` holds (a whole record, as `JSONRecordScanner` hands
    /// it out), in order.
    static func forEach(in bytes: [UInt8], _ body: (String) -> Void) {
        var depth = 0
        var expectingKey = false
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                expectingKey = depth == 1 && bytes[index] == UInt8(ascii: "{")
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            case UInt8(ascii: ","):
                if depth == 1 { expectingKey = true }
            case UInt8(ascii: "\""):
                let start = index
                var escaped = false
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\") {
                        escaped = true
                        index += 1
                    }
                    index += 1
                }
                if depth == 1, expectingKey {
                    expectingKey = false
                    if let key = string(bytes[start..<min(index + 1, bytes.count)], escaped: escaped) { body(key) }
                }
            default:
                break
            }
            index += 1
        }
    }

    /// The text of a quoted JSON string (a member name, or a string in a cell such as a gallery's array): its bytes
    /// between the quotes, or decoded by `JSONSerialization` when it holds an escape (`\/`, `\u0026`).
    static func string(_ quoted: ArraySlice<UInt8>, escaped: Bool) -> String? {
        guard quoted.count >= 2 else { return nil }
        guard escaped else { return String(decoding: quoted.dropFirst().dropLast(), as: UTF8.self) }
        return (try? JSONSerialization.jsonObject(with: Data(quoted), options: [.fragmentsAllowed])) as? String
    }
}
