import Foundation

/// A column mapping file: a JSON object of field → column name, e.g. `{"listing_id": "Artikel", "title": "Name"}`.
/// One reader serves `--mapping` (listing fields, `ColumnMapping`) and `--refund-mapping` / `--order-mapping`
/// (`TransactionMapping`); every refusal names the file and says, in English and Chinese, what is wrong and which
/// fields there are.
struct MappingFile {
    /// Header name per field.
    let columns: [String: String]
    /// The value of each setting key given (a key that is no field, such as `separator`).
    let settings: [String: String]

    /// Reads the mapping file at `path`; the arguments are those of `parse`.
    /// - Throws: `.fileNotFound` / `.unreadable` when it cannot be read, else as `parse` does.
    static func load(
        path: String, fields: [String], settings: [String] = [], required: [String] = []
    ) throws(IngestError) -> MappingFile {
        guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: SystemError.reason(error))
        }
        return try parse(data, source: path, fields: fields, settings: settings, required: required)
    }

    /// Parses a mapping of `fields` from JSON bytes. `settings` are the other keys allowed (text values);
    /// `required` the fields it must name (when empty: at least one field). `source` names the file in messages.
    /// - Throws: `.unusableInput` at line 1 of `source` when the bytes are not JSON or not an object, when a key is
    ///   neither a field nor a setting, when a value is not text, or when a required field is missing.
    static func parse(
        _ data: Data, source: String, fields: [String], settings: [String] = [], required: [String] = []
    ) throws(IngestError) -> MappingFile {
        let location = SourceLocation(file: source, line: 1)
        let known = (fields + settings).joined(separator: ", ")
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .input(
                location, zh: "列映射文件不是有效的 JSON：列映射文件应是一个 JSON 对象（字段: 列名），可用字段：\(known)",
                en: "column mapping is not valid JSON: a column mapping must be a JSON object of field: column name; "
                    + "fields: \(known)")
        }
        guard let pairs = object as? [String: Any] else {
            throw .input(
                location, zh: "列映射文件应是一个 JSON 对象（字段: 列名），可用字段：\(known)",
                en: "a column mapping must be a JSON object of field: column name; fields: \(known)")
        }
        var columns: [String: String] = [:]
        var given: [String: String] = [:]
        for (key, value) in pairs.sorted(by: { $0.key < $1.key }) {
            let isSetting = settings.contains(key)
            guard isSetting || fields.contains(key) else {
                throw .input(
                    location, zh: "列映射中的字段“\(key)”不存在；可用字段：\(known)",
                    en: "unknown field \"\(key)\" in the column mapping; fields: \(known)")
            }
            guard let text = value as? String, isSetting ? !text.isEmpty : !text.isBlank else {
                throw .input(
                    location, zh: "列映射中“\(key)”的值应是\(isSetting ? "文字" : "列名（文字）")",
                    en: "the column mapping's value for \"\(key)\" must be "
                        + (isSetting ? "text" : "a column name (text)"))
            }
            if isSetting { given[key] = text } else { columns[key] = text }
        }
        if let missing = required.first(where: { columns[$0] == nil }) {
            throw .input(
                location, zh: "列映射必须指明“\(missing)”对应的列", en: "column mapping must name the \"\(missing)\" column")
        }
        guard !columns.isEmpty else {
            throw .input(
                location, zh: "列映射没有指明任何列；可用字段：\(known)", en: "the column mapping names no column; fields: \(known)")
        }
        return MappingFile(columns: columns, settings: given)
    }
}
