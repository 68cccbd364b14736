import Foundation

/// Where a config that `JSONDecoder` rejects as a whole is wrong. The decoder names no place; `JSONSerialization`
/// names a character offset ("around character 14"), turned here into a line and column.
enum JSONSyntax {
    /// The parser's reason located at a line and column; `.unreadableNumber` when the text parses as JSON (the
    /// decoder then failed on a number); `nil` when the parser's error names no place.
    static func reason(_ data: Data) -> ConfigurationError.Reason? {
        let system: String
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return .unreadableNumber
        } catch {
            guard let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String else { return nil }
            system = detail
        }
        let offset: Int
        if let range = system.range(of: "character ") {
            guard let number = Int(system[range.upperBound...].prefix(while: \.isNumber)) else { return nil }
            offset = number
        } else if system.contains("end of file") {
            offset = data.count
        } else {
            return nil
        }
        let before = data.prefix(max(0, min(offset, data.count)))
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? before.startIndex
        let line = 1 + before.count { $0 == UInt8(ascii: "\n") }
        let column = 1 + String(decoding: before[lineStart...], as: UTF8.self).count
        return .syntax(line: line, column: column, system: system)
    }
}
