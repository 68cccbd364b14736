/// Maps the columns of a refund or order export that no known layout recognises by what their names mean: English,
/// Chinese and Korean synonyms for each field, scored as `ColumnSynonyms` scores a product table's (an exact
/// synonym beats a name that only contains one; likelier synonyms first). Such a file is read as the `mapped`
/// format when the essentials are found: for refunds, something that names the product or order and a reason or a
/// refund amount; for orders, an order reference, something that names the product, and a quantity or amount.
/// A settlement report (payouts by `settlement-id`) is neither, whatever else its columns say.
enum TransactionSynonyms {
    /// Refund fields, essentials first, each with its synonyms in `ColumnSynonyms.fold` form.
    static let refunds: [(RefundField, [String])] = [
        (.reason, [
            "returnreason", "refundreason", "reason", "reasonforreturn", "退款原因", "退货原因", "售后原因", "申请原因",
            "原因", "반품사유", "환불사유", "교환사유", "사유",
        ]),
        (.amount, [
            "refundamount", "refundedamount", "refundtotal", "returnamount", "退款金额", "实际退款金额", "申请退款金额",
            "환불금액", "반품금액",
        ]),
        (.orderID, [
            "orderid", "ordernumber", "orderno", "订单号", "订单编号", "子订单编号", "주문번호", "주문코드",
        ]),
        (.listingID, [
            "listingid", "productid", "itemid", "goodsid", "商品id", "商品编号", "宝贝id", "상품번호", "상품코드",
        ]),
        (.sku, ["sku", "sellersku", "skuid", "skucode", "商家编码", "sku编码", "규격코드", "옵션코드"]),
        (.title, [
            "productname", "producttitle", "title", "itemname", "goodsname", "商品名称", "商品标题", "宝贝名称",
            "商品", "상품명", "제품명", "상품",
        ]),
        (.id, [
            "refundid", "returnid", "rmanumber", "rma", "售后单号", "退款单号", "售后编号", "반품번호", "환불번호",
        ]),
        (.comment, [
            "comment", "comments", "customercomments", "note", "reasondetail", "reasonnote", "问题描述", "买家留言",
            "退款说明", "备注", "상세사유", "고객메모", "메모",
        ]),
        (.quantity, ["quantity", "qty", "returnquantity", "退货数量", "数量", "수량", "반품수량"]),
        (.date, [
            "returndate", "refunddate", "requestdate", "date", "createdat", "申请时间", "退款申请时间", "创建时间",
            "반품일", "반품일자", "신청일", "날짜", "일자",
        ]),
        (.type, ["refundtype", "returntype", "requesttype", "售后类型", "退款类型", "服务类型", "반품유형"]),
        (.status, ["refundstatus", "returnstatus", "status", "售后状态", "退款状态", "처리상태", "상태"]),
    ]

    /// Order fields, essentials first, each with its synonyms in `ColumnSynonyms.fold` form.
    static let orders: [(OrderField, [String])] = [
        (.orderID, ["orderid", "ordernumber", "orderno", "订单号", "订单编号", "子订单编号", "주문번호", "주문코드"]),
        (.listingID, ["listingid", "productid", "itemid", "goodsid", "商品id", "商品编号", "宝贝id", "상품번호", "상품코드"]),
        (.sku, ["sku", "sellersku", "skuid", "skucode", "商家编码", "sku编码", "옵션코드"]),
        (.title, ["productname", "producttitle", "title", "itemname", "goodsname", "商品名称", "商品标题", "상품명", "제품명"]),
        (.quantity, ["quantity", "qty", "quantitypurchased", "购买数量", "商品数量", "数量", "수량", "주문수량"]),
        (.amount, [
            "amount", "linetotal", "itemtotal", "ordertotal", "total", "price", "paidamount", "实付金额", "订单金额",
            "商品金额", "金额", "결제금액", "주문금액", "판매가", "가격",
        ]),
        (.date, [
            "orderdate", "purchasedate", "createdat", "date", "下单时间", "付款时间", "创建时间", "주문일", "주문일시",
            "결제일", "날짜",
        ]),
    ]

    /// The refund columns `header` names by meaning, or `nil` unless the essentials are there (a reason or refund
    /// amount, and an order id, listing id, SKU or title) and it is no settlement report.
    static func refundColumns(_ header: [String]) -> [RefundField: (column: Int, evidence: ColumnSynonyms.Evidence)]? {
        guard !isSettlement(header) else { return nil }
        let found = ColumnSynonyms.assign(header: header, table: refunds)
        let names = found[.orderID] != nil || found[.listingID] != nil || found[.sku] != nil || found[.title] != nil
        guard names, found[.reason] != nil || found[.amount] != nil else { return nil }
        return found
    }

    /// The order columns `header` names by meaning, or `nil` unless the essentials are there (an order id; a listing
    /// id, SKU or title; a quantity or amount) and it is no settlement report.
    static func orderColumns(_ header: [String]) -> [OrderField: (column: Int, evidence: ColumnSynonyms.Evidence)]? {
        guard !isSettlement(header) else { return nil }
        let found = ColumnSynonyms.assign(header: header, table: orders)
        guard found[.orderID] != nil, found[.listingID] != nil || found[.sku] != nil || found[.title] != nil,
            found[.quantity] != nil || found[.amount] != nil
        else { return nil }
        return found
    }

    /// Whether `header` is a payments settlement report (a column named for the settlement: `settlement-id`, 结算单号,
    /// 정산번호): it lists money moved per order, not orders or refunds to count.
    static func isSettlement(_ header: [String]) -> Bool {
        header.contains { name in
            let folded = ColumnSynonyms.fold(name)
            return ["settlement", "结算", "정산"].contains { ColumnSynonyms.name(folded, contains: $0) }
        }
    }
}
