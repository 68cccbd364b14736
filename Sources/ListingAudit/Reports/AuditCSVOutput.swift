/// A CSV report file written row by row through `CSVWriter`, flushed to disk every few megabytes so a million
/// rows never sit in memory as one string.
final class AuditCSVOutput {
    private static let flushBytes = 4 << 20
    private let file: OutputFile
    private var writer: CSVWriter

    /// Creates the file and writes the header row naming `columns` in `language`.
    init(path: String, columns: [OutputColumn], language: Language) throws(AuditError) {
        file = try OutputFile(path: path)
        writer = CSVWriter(columns: columns, language: language)
    }

    /// Appends one row.
    func append(_ cells: [String]) throws(AuditError) {
        writer.appendRow(cells)
        if writer.text.utf8.count >= Self.flushBytes {
            try file.write(writer.takeText())
        }
    }

    /// Writes what is left and closes the file.
    func finish() throws(AuditError) {
        try file.write(writer.takeText())
        try file.close()
    }
}
