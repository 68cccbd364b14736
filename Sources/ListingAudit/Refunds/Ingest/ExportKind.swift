/// What an input file is, told from its header row: listings, refunds, orders, or none of these.
public enum ExportKind: String, Sendable, Codable, CaseIterable {
    case listings
    case refunds
    case orders
    case unknown

    /// The kind of the file at `path`, from its header. `isListings` decides for headers that are neither refund
    /// nor order exports; it defaults to `looksLikeListings`, and the listing adapters' own detection can be passed.
    /// - Throws: `IngestError.fileNotFound` / `.unreadable` / `.unusableInput` (empty file).
    public static func detect(
        path: String, options: ReadOptions = ReadOptions(),
        isListings: ([String]) -> Bool = ExportKind.looksLikeListings
    ) throws(IngestError) -> ExportKind {
        detect(header: try ExportTable.header(path: path, options: options), isListings: isListings)
    }

    /// The kind of a file with this header row.
    public static func detect(
        header: [String], isListings: ([String]) -> Bool = ExportKind.looksLikeListings
    ) -> ExportKind {
        transactionKind(header: header) ?? (isListings(header) ? .listings : .unknown)
    }

    /// `.refunds` or `.orders` when a refund or order export layout recognises the header, else `nil`.
    static func transactionKind(header: [String]) -> ExportKind? {
        if RefundLoader.recognises(header: header) != nil { return .refunds }
        if OrderLoader.recognises(header: header) != nil { return .orders }
        return nil
    }

    /// Whether a header is a listing export: a listing adapter recognises it, it has the shape of one, or its columns
    /// name an id and a title by meaning (`ColumnSynonyms`).
    public static func isListingHeader(_ header: [String]) -> Bool {
        ListingLoader.detectFormat(header: header) != nil || looksLikeListings(header)
            || ColumnSynonyms.mapping(header: header) != nil
    }

    /// Whether a header looks like a product listing export: a title column together with a description, image,
    /// price or variant column, or the 淘宝助理 / Amazon flat-file preambles.
    public static func looksLikeListings(_ header: [String]) -> Bool {
        if let first = header.first.map(HeaderIndex.normalise),
            first.hasPrefix("templatetype=") || first.hasPrefix("version 1.00")
        {
            return true
        }
        let index = HeaderIndex(header)
        let title = ["title", "name", "item-name", "item_name", "product name", "商品名称", "宝贝名称", "商品标题"]
        let detail = [
            "body (html)", "description", "item-description", "product_description", "image src", "image_link",
            "images", "image-url", "regular price", "price", "variant sku", "宝贝描述", "商品描述", "商品详情", "主图",
            "价格", "销售价",
        ]
        return index.column(title) != nil && index.column(detail) != nil
    }
}
