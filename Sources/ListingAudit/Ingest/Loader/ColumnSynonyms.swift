/// Maps the columns of a product table no adapter knows by what their names mean: English and Chinese synonyms for
/// each `MappedField`, scored. A header name equal to a synonym (case, spaces, `_` and `-` ignored) scores by the
/// synonym's rank (the first synonym is the likeliest); a name that only contains a synonym of four or more
/// characters scores less. Each column serves one field, the essentials first. The mapping is used when it finds an
/// id and a title; `--mapping` overrides it.
enum ColumnSynonyms {
    /// Each field's synonyms, likeliest first, in the folded form `fold` makes.
    static let table: [(MappedField, [String])] = [
        (.listingID, [
            "listingid", "productid", "goodsid", "itemid", "id", "nid", "pid", "uniqid", "spuid", "asin", "商品id",
            "宝贝id", "商品编号", "商品编码", "货号", "款号",
        ]),
        (.title, [
            "title", "productname", "goodsname", "itemname", "name", "rawtitle", "商品名称", "宝贝标题", "商品标题",
            "宝贝名称", "标题", "名称", "品名",
        ]),
        (.description, [
            "description", "productdescription", "goodsdetailcontent", "detailhtml", "bodyhtml", "body", "details",
            "detail", "aboutproduct", "desc", "商品详情", "宝贝描述", "详情", "描述", "商品描述",
        ]),
        (.category, [
            "category", "categoryname", "productcategorytree", "categorytree", "categoryl2", "categoryl1", "类目",
            "商品类目", "分类", "商品分类",
        ]),
        (.productType, ["producttype", "type", "商品类型"]),
        (.brand, ["brand", "brandname", "品牌"]),
        (.price, [
            "price", "sellingprice", "retailprice", "saleprice", "viewprice", "discountedprice", "listprice",
            "originalprice", "counterprice", "价格", "售价", "一口价", "销售价",
        ]),
        (.colours, ["colours", "colors", "colour", "color", "颜色", "颜色分类", "色彩"]),
        (.sizes, ["sizes", "size", "尺码", "尺寸", "规格"]),
        (.imageURLs, [
            "imageurls", "images", "imageurl", "image", "imagelink", "picurl", "goodscoverimg", "mainimage", "img",
            "picture", "主图", "商品主图", "图片", "主图链接",
        ]),
        (.sku, ["sku", "sellersku", "skucode", "商家编码", "商品sku"]),
        (.material, ["material", "fabric", "材质", "面料"]),
    ]

    /// How a column was matched, for `inspect`'s evidence.
    enum Evidence: String, Sendable {
        case synonym
        case contains = "name contains a synonym"
    }

    /// The mapping of `header` by meaning, with each mapped column's evidence; `nil` unless an id and a title are
    /// both found.
    static func mapping(header: [String]) -> (mapping: ColumnMapping, evidence: [String: Evidence])? {
        var columns: [MappedField: String] = [:]
        var evidence: [String: Evidence] = [:]
        for (field, match) in assign(header: header, table: table) {
            columns[field] = header[match.column]
            evidence[header[match.column]] = match.evidence
        }
        guard columns[.listingID] != nil, columns[.title] != nil else { return nil }
        return (ColumnMapping(columns: columns), evidence)
    }

    /// The column of each field of `table` that some header name means, with how it was matched: fields in table
    /// order, each taking the best-scoring column no earlier field took (so list the essentials first).
    static func assign<Field: Hashable>(
        header: [String], table: [(Field, [String])]
    ) -> [Field: (column: Int, evidence: Evidence)] {
        let folded = header.map(fold)
        var used = Set<Int>()
        var assigned: [Field: (column: Int, evidence: Evidence)] = [:]
        for (field, synonyms) in table {
            var best: (column: Int, score: Int)?
            for (column, name) in folded.enumerated() where !used.contains(column) && !name.isEmpty {
                guard let score = score(name, synonyms) else { continue }
                if best == nil || score > best!.score { best = (column, score) }
            }
            guard let best else { continue }
            used.insert(best.column)
            assigned[field] = (best.column, best.score >= 100 ? .synonym : .contains)
        }
        return assigned
    }

    /// 100 and more for an exact synonym (more for likelier ones), under 100 for a name containing one; `nil` for a
    /// name that does not match, a person's name, or an address column for any field but images.
    private static func score(_ name: String, _ synonyms: [String]) -> Int? {
        if let rank = synonyms.firstIndex(of: name) { return 200 - rank }
        // `FamilyName` and `customer_name` contain `name`, but name a person, not a product.
        if isPersonName(name) { return nil }
        // An address column (`detail_url`) holds no text to audit, whatever else its name says.
        if self.name(name, contains: "url") || self.name(name, contains: "link"), !synonyms.contains("imageurl") {
            return nil
        }
        for (rank, synonym) in synonyms.enumerated() where synonym.count >= 4 && self.name(name, contains: synonym) {
            return 50 - rank
        }
        return nil
    }

    /// The column a title would be read from when the header has no id column a synonym names (for the refusal).
    static func titleWithoutID(header: [String]) -> String? {
        guard mapping(header: header) == nil else { return nil }
        let titles = table.first { $0.0 == .title }!.1
        return header.first { score(fold($0), titles).map { $0 >= 100 } ?? false }
    }

    /// Folded column names that mean a person's name (or contain one of these): surnames, given names, the name of
    /// a customer, buyer, consignee or contact.
    static let personNames = [
        "surname", "familyname", "givenname", "firstname", "lastname", "middlename", "fullname", "username",
        "nickname", "customername", "buyername", "contactname", "recipientname", "姓名", "姓氏", "收货人", "买家昵称",
        "联系人",
    ]

    /// Whether the folded column name `name` means a person's name.
    static func isPersonName(_ name: String) -> Bool {
        personNames.contains { self.name(name, contains: $0) }
    }

    /// Whether the folded column name `name` contains `part`, as `String.contains` finds it: Foundation's search,
    /// by canonical equivalence, which costs some 6,000 instructions a call (34M to map one refund and one order
    /// header, thousands of calls). A name of ASCII bytes alone is answered here, as that search would answer: an
    /// ASCII part by a search of the bytes (an ASCII text is its own canonical form), a part holding a scalar from
    /// U+3000 on (CJK, kana, Hangul) never, as no such scalar decomposes to ASCII. Any other pair is Foundation's.
    static func name(_ name: String, contains part: String) -> Bool {
        var (name, part) = (name, part)
        let answer = name.withUTF8 { name in part.withUTF8 { part in asciiName(name, contains: part) } }
        return answer ?? name.contains(part)
    }

    /// `name(_:contains:)`'s answer for the UTF-8 bytes of a name and a part, or `nil` when Foundation must answer.
    private static func asciiName(
        _ name: UnsafeBufferPointer<UInt8>, contains part: UnsafeBufferPointer<UInt8>
    ) -> Bool? {
        guard !name.contains(where: { $0 >= 0x80 }) else { return nil }
        // A lead byte from 0xE3 on begins a scalar from U+3000 on.
        if part.contains(where: { $0 >= 0xE3 }) { return false }
        guard !part.contains(where: { $0 >= 0x80 }) else { return nil }
        return ByteSearch.occurs(part, in: name)
    }

    /// Lower-cased, without spaces, `_`, `-`, `.` or a byte-order mark.
    static func fold(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !" _-.\u{FEFF}\t".unicodeScalars.contains($0) })
    }
}
