/// What a table that is no listing, refund or order export is instead, told from its header row, so the refusal
/// says exactly why: a payments settlement report, a file whose first row is data (no header), customer reviews, a
/// SKU or attribute table that refers to products listed elsewhere, a conversation log, a table of people, or a list
/// of definitions.
/// Each is one sentence (`It is …` / `它是…`) for the lines `FormatDetector.unrecognisedReason` writes.
enum NotAnExport {
    /// What `header` is instead, or `nil` when it is none of the kinds told here.
    static func kind(header names: [String]) -> LocalizedText? {
        let folded = names.map(ColumnSynonyms.fold)
        let column = columnFinder(names)
        /// The header cell of the first column whose folded name is one of `exact`.
        func named(_ exact: [String]) -> String? {
            folded.firstIndex { exact.contains($0) }.map { names[$0] }
        }
        if TransactionSynonyms.isSettlement(names) {
            let settlement = ["settlement", "结算", "정산"]
            let column = folded.firstIndex { name in settlement.contains { name.contains($0) } }.map { names[$0] }
                ?? names[0]
            return LocalizedText(
                zh: "它是结算报表（\(column)）：逐笔列出货款、费用和退款的金额，没有商品标题和描述，也没有退款原因；"
                    + "既不是商品导出表，也不是可读取的订单表或售后表。",
                en: "It is a settlement report (\(column)): amounts of payments, fees and refunds, with no product "
                    + "titles and no refund reasons; neither a listing export nor an order or refund export we read.")
        }
        if let (position, cell) = dataCell(names) {
            return LocalizedText(
                zh: "它没有表头：第一行就是数据（第 \(position) 格“\(cell)”），没有列名就无法按含义识别各列；"
                    + "请带表头重新导出，或在第一行加上列名。",
                en: "It has no header: its first row is data, not a header (cell \(position) is '\(cell)'), so no "
                    + "column can be told by its name; export it with its header row, or add one.")
        }
        let productID = named(["goodsid", "productid", "itemid", "spuid", "listingid", "商品id", "宝贝id"])
        if let review = review(header: names) { return review }
        if let productID, let sku = named(["skuid", "sku", "skucode", "sku编码", "规格编码"]) {
            return LocalizedText(
                zh: "它是 SKU 表：每行一个规格（\(sku)），所属商品见 \(productID)，没有标题和描述；这些商品的标题在商品导出表中。",
                en: "It is a SKU table: one variant per row (\(sku)) of the product in \(productID), with no title or "
                    + "description; the products' titles are in the product export.")
        }
        if let productID, let attribute = named(["attribute", "attributename", "specification", "spec", "属性", "规格"]),
            named(["value", "attributevalue", "值", "属性值"]) != nil
        {
            return LocalizedText(
                zh: "它是属性表：每行一个属性（\(attribute)）及其值，所属商品见 \(productID)，没有标题和描述。",
                en: "It is an attribute table: one \(attribute) and its value per row, for the product in "
                    + "\(productID), with no title or description.")
        }
        if let turn = column(["utterance", "dialog", "conversation", "message", "对话", "会话", "聊天"]) {
            return LocalizedText(
                zh: "它是客服对话记录（\(turn)）：没有订单号、商品ID 或退款原因列，既不是商品表，也不是订单表或售后表。",
                en: "It is a log of customer-service conversations (\(turn)), with no order id, listing id or refund "
                    + "reason column: neither a listing export nor an order or refund export.")
        }
        let people = names.filter { ColumnSynonyms.isPersonName(ColumnSynonyms.fold($0)) }
        if !people.isEmpty, ColumnSynonyms.mapping(header: names) == nil {
            return LocalizedText(
                zh: "它是人员表（\(people.joined(separator: "、"))）：人名不是商品标题，表中也没有表示商品标题的列。",
                en: "It is a table of people (\(people.joined(separator: ", "))): a person's name is not a product "
                    + "title, and there is no column that means a product title.")
        }
        if let definition = column(["definition", "taxonomy", "定义", "释义"]) {
            return LocalizedText(
                zh: "它是分类或标签的定义表（\(definition)）：只说明各类别的含义，不含任何商品、订单或退款。",
                en: "It is a list of definitions (\(definition)) of tags or categories, holding no listings, orders "
                    + "or refunds.")
        }
        return nil
    }

    /// What a review export is (a review text column with a rating, score or vote column, or a column named for
    /// reviews), or `nil` for another header. An order id column does not make a review dump an order export.
    static func review(header names: [String]) -> LocalizedText? {
        let column = columnFinder(names)
        let reviewWords = ["review", "评价", "评论", "리뷰", "후기"]
        let opinion = column(["star", "rating", "score", "vote", "sentiment", "评分", "星级", "点赞", "평점", "별점"])
        let texts = ["content", "reviewtext", "message", "comment", "review", "评价内容", "评论内容", "内容"]
        guard let text = column(texts + reviewWords), opinion != nil || column(reviewWords) != nil else { return nil }
        return LocalizedText(
            zh: "它是评价导出（评价文字在“\(text)”列）：评价不是商品信息，也不是订单或售后记录。",
            en: "It is a review export (the review text is in '\(text)'): reviews are neither listings nor orders or "
                + "refunds.")
    }
    /// Finds the header cell of the first column whose folded name contains `parts[0]`, else `parts[1]`, …; a name
    /// ending in `id` names a record, not its text, and is passed over.
    private static func columnFinder(_ names: [String]) -> ([String]) -> String? {
        let folded = names.map(ColumnSynonyms.fold)
        return { parts in
            for part in parts {
                if let found = folded.firstIndex(where: { $0.contains(part) && !$0.hasSuffix("id") }) {
                    return names[found]
                }
            }
            return nil
        }
    }

    /// The 1-based position and text of the first header cell that reads as data rather than a column name: a
    /// number, a web address, or an id of six or more digits.
    private static func dataCell(_ names: [String]) -> (Int, String)? {
        for (index, name) in names.enumerated() {
            let bytes = Array(name.utf8).filter { $0 != 0x20 }
            guard !bytes.isEmpty else { continue }
            let isNumber = bytes.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }
                && bytes.contains { (0x30...0x39).contains($0) }
            var run = 0
            var longestRun = 0
            for byte in bytes {
                run = (0x30...0x39).contains(byte) ? run + 1 : 0
                longestRun = max(longestRun, run)
            }
            if isNumber || longestRun >= 6 || name.contains("://") { return (index + 1, name.abbreviated(to: 40)) }
        }
        return nil
    }
}
