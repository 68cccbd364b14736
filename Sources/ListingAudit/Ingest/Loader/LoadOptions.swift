/// How to load a listing export; every `nil` means detect.
public struct LoadOptions: Sendable {
    /// Encoding and delimiter overrides.
    public var read: ReadOptions
    /// Read the file as this format instead of detecting it from the header row.
    public var format: ExportFormat?
    /// A user column mapping; when set, the file is read as `.mapped` with it.
    public var mapping: ColumnMapping?

    public init(read: ReadOptions = ReadOptions(), format: ExportFormat? = nil, mapping: ColumnMapping? = nil) {
        self.read = read
        self.format = format
        self.mapping = mapping
    }
}
