/// The listings of an audit as the reports need them — id, title, profile and where each starts — in flat arrays,
/// ids and titles in one UTF-8 byte arena: a listing costs its text plus 29 bytes, not two `String` allocations and
/// a struct of ninety bytes. `AuditListing` values are made on demand.
public struct ListingTable: RandomAccessCollection, Sendable {
    /// Every id and title, back to back.
    private var text: [UInt8] = []
    /// Listing `i`'s id is `text[bounds[2i]..<bounds[2i + 1]]`, its title `text[bounds[2i + 1]..<bounds[2i + 2]]`.
    private var bounds: [Int] = [0]
    private var profiles: [ProductProfile] = []
    /// Where each listing starts: an index into `files`, the line, and the column (`-1` when not known).
    private var fileIndices: [Int32] = []
    private var lines: [Int32] = []
    private var columns: [Int32] = []
    private var files: [String] = []
    /// `files`' names, for the listings' locations.
    private var fileNames: [SourceFileName] = []

    /// An empty table.
    public init() {}

    /// A table of `listings`, in order.
    public init(_ listings: [AuditListing]) {
        for listing in listings {
            append(id: listing.id, title: listing.title, profile: listing.profile, location: listing.location)
        }
    }

    /// Adds one listing at the end.
    mutating func append(id: String, title: String, profile: ProductProfile, location: SourceLocation) {
        text.append(contentsOf: id.utf8)
        bounds.append(text.count)
        text.append(contentsOf: title.utf8)
        bounds.append(text.count)
        profiles.append(profile)
        if files.last != location.file, !files.contains(location.file) {
            files.append(location.file)
            fileNames.append(location.fileName)
        }
        fileIndices.append(Int32(files.lastIndex(of: location.file) ?? 0))
        lines.append(Int32(clamping: location.line))
        columns.append(location.column.map { Int32(clamping: $0) } ?? -1)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { profiles.count }

    /// Listing `index` as a value.
    public subscript(index: Int) -> AuditListing {
        AuditListing(id: id(index), title: title(index), profile: profiles[index], location: location(index))
    }

    /// The id of listing `index`.
    func id(_ index: Int) -> String { string(2 * index) }

    /// The title of listing `index`.
    func title(_ index: Int) -> String { string(2 * index + 1) }

    /// Calls `body` with the UTF-8 bytes of listing `index`'s id.
    func withID<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { withBytes(2 * index, body) }

    /// Calls `body` with the UTF-8 bytes of listing `index`'s title.
    func withTitle<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { withBytes(2 * index + 1, body) }

    /// The profile listing `index` was checked under.
    func profile(_ index: Int) -> ProductProfile { profiles[index] }

    /// The position of the first listing with id `id`, if any (a linear search).
    func firstIndex(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { wanted in indices.first { withID($0) { $0.elementsEqual(wanted) } } }
    }

    /// Where listing `index` starts in its export.
    func location(_ index: Int) -> SourceLocation {
        SourceLocation(
            file: fileNames[Int(fileIndices[index])], line: Int(lines[index]),
            column: columns[index] < 0 ? nil : Int(columns[index]))
    }

    private func string(_ field: Int) -> String {
        withBytes(field) { String(decoding: $0, as: UTF8.self) }
    }

    private func withBytes<R>(_ field: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[bounds[field]..<bounds[field + 1]])) }
    }
}
