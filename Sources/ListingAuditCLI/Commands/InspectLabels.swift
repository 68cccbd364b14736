import ListingAudit

/// The words of `inspect`'s text output in the language asked for: labels, export formats, how a file was read and
/// the model fields columns feed. English keeps the identifiers (`listing_id`, `chinese-shop`) the options and
/// mapping files use; Chinese names them in Chinese.
struct InspectLabels {
    let language: Language

    /// `zh` or `en`, as asked.
    func say(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// `label: value` with the language's colon.
    func pair(_ zh: String, _ en: String, _ value: String) -> String {
        language == .zh ? "\(zh)：\(value)" : "\(en): \(value)"
    }

    /// An export format (`--as` value) by name.
    func format(_ name: String) -> String {
        guard language == .zh else { return name }
        return Self.formatNames[name] ?? name
    }

    /// A field delimiter's name (`comma`, `tab`, …) or the character itself.
    func delimiter(_ name: String) -> String {
        guard language == .zh else { return name }
        return ["comma": "逗号", "tab": "制表符", "semicolon": "分号", "pipe": "竖线"][name] ?? name
    }

    /// A model field (`title`, `attribute:material`, `order_id`).
    func field(_ name: String) -> String {
        guard language == .zh else { return name }
        if let known = Self.fieldNames[name] { return known }
        if name.hasPrefix("attribute:") {
            let attribute = String(name.dropFirst("attribute:".count))
            return "属性「" + (Self.fieldNames[attribute] ?? attribute) + "」"
        }
        return name
    }

    /// Why a column was taken by meaning (`synonym`, `name contains a synonym`).
    func evidence(_ text: String) -> String {
        guard language == .zh else { return text }
        switch text {
        case "synonym": return "同义词"
        case "name contains a synonym": return "列名含同义词"
        case "mapping file": return "列映射文件"
        default: return text
        }
    }

    /// The layout of an XML feed or a JSON dump, as the ingest report names it (`RSS 2.0`, `JSON Lines`,
    /// `Shopify Admin API, array of records`).
    func layout(_ name: String) -> String {
        guard language == .zh else { return name }
        let names = [
            "RSS 2.0": "RSS 2.0", "Atom": "Atom", "products": "商品列表", "array of records": "记录数组",
            "records in an object": "对象中的记录", "JSON Lines": "每行一条记录",
        ]
        let parts = name.components(separatedBy: ", ").map { part in
            part == "Shopify Admin API" ? "Shopify 后台接口" : names[part] ?? part
        }
        return parts.joined(separator: "，")
    }

    private static let formatNames: [String: String] = [
        "shopify": "Shopify 导出", "woocommerce": "WooCommerce 导出", "amazon-listings-report": "Amazon 商品报告",
        "amazon-flat-file": "Amazon 批量上传表", "google-merchant": "Google 商品源", "magento": "Magento 导出",
        "chinese-shop": "中文店铺导出", "taobao-assistant": "淘宝助理导出", "olist": "Olist 导出",
        "generic": "通用表格", "mapped": "按列名含义读取", "amazon-fba-returns": "Amazon FBA 退货报告",
        "amazon-orders": "Amazon 订单报告",
    ]

    private static let fieldNames: [String: String] = [
        "listing_id": "商品ID", "title": "标题", "description": "描述", "category": "类目", "price": "价格",
        "colours": "颜色", "sizes": "尺码", "image_urls": "图片", "images": "图片", "sku": "SKU", "material": "材质",
        "product_type": "商品类型", "image_alt": "图片说明", "brand": "品牌", "variants": "规格",
        "option_names": "规格名", "variant_image": "规格图片", "store_view_code": "店铺视图", "parent_sku": "父 SKU",
        "parent_child": "父子关系", "parent": "父商品", "image_position": "图片顺序", "attributes": "属性",
        "tags": "标签", "subtitle": "副标题", "status": "状态", "asin": "ASIN",
        "refund_id": "退款单号", "order_id": "订单号", "reason": "退款原因", "comment": "买家留言", "amount": "金额",
        "quantity": "数量", "date": "日期", "type": "售后类型", "needs_return": "是否需要退货",
    ]
}
