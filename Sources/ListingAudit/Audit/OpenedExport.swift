/// A refund or order export opened ahead of the stage that reads it: its header row read and its format told by
/// `TransactionReader`, so the reports' language is known before any report is written (`LanguageStage`). Nothing is
/// read twice: the stage reads on from the header with the same reader, so an export on standard input works as
/// before. An export that cannot be opened fails its own stage, with the error it always gave, once the stages before
/// it have run as they always did.
struct OpenedExport<Kind: TransactionKind> {
    /// The export's path; `nil` without one.
    private let path: String?
    // How it is opened (see `init`).
    private let mapping: TransactionMapping?
    private let fields: [Kind.Field]
    private let progress: ProgressReporter?
    /// The opened reader, or why the export could not be opened; `nil` without an export or when its stage opens it.
    private let opened: Result<TransactionReader<Kind>, IngestError>?

    /// The export at `path` (`nil`: none), its columns named by `mapping` when given, its chunks carrying `fields`;
    /// `progress` is told how far it has been read. It is opened now unless `ahead` is false: then its stage opens it.
    init(
        path: String?, mapping: TransactionMapping?, reading fields: [Kind.Field], progress: ProgressReporter?,
        ahead: Bool = true
    ) {
        self.path = path
        self.mapping = mapping
        self.fields = fields
        self.progress = progress
        guard ahead, let path else {
            opened = nil
            return
        }
        do {
            opened = .success(try Self.open(path, mapping: mapping, reading: fields, progress: progress))
        } catch {
            opened = .failure(error)
        }
    }

    /// The reader of the export at `path`, positioned after its header.
    private static func open(
        _ path: String, mapping: TransactionMapping?, reading fields: [Kind.Field], progress: ProgressReporter?
    ) throws(IngestError) -> TransactionReader<Kind> {
        try TransactionReader(path: path, options: ReadOptions(progress: progress), reading: fields, mapping: mapping)
    }

    /// Whether the export was opened and is a Chinese platform's (`TransactionKind.isChinese`).
    var isChinese: Bool {
        guard case .success(let reader) = opened else { return false }
        return Kind.isChinese(reader.format)
    }

    /// The reader, positioned after the header: the one opened ahead, or opened now; `nil` without an export.
    /// - Throws: `AuditError.ingest` with the reader's error when the export cannot be opened.
    func reader() throws(AuditError) -> TransactionReader<Kind>? {
        do {
            if let opened { return try opened.get() }
            guard let path else { return nil }
            return try Self.open(path, mapping: mapping, reading: fields, progress: progress)
        } catch {
            throw .ingest(error)
        }
    }
}
