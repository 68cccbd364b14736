extension PlatformReasonTable {
    /// Amazon: the `reason` codes of the FBA customer returns report (`GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA`),
    /// their `CR-` and `AMZ-PG-` forms in seller-fulfilled return reports, and the reasons Seller Central's
    /// Manage Returns page and returns reports show (English, and the Chinese of the Chinese-language Seller
    /// Central). Written from the documented code list; display texts as Seller Central shows them.
    static let amazon = PlatformReasonTable(
        source: "Amazon FBA customer returns report, Seller Central returns", groups: [
        Group(.sizeFit, [
            "APPAREL_TOO_SMALL", "APPAREL_TOO_LARGE", "CR-APPAREL_TOO_SMALL", "CR-APPAREL_TOO_LARGE",
            "AMZ-PG-APP-TOO-SMALL", "AMZ-PG-APP-TOO-LARGE", "Too small", "Too large", "Item is too small",
            "Item is too large", "尺码太小", "尺码太大", "尺寸过小", "尺寸过大",
        ]),
        Group(.changedMind, [
            "APPAREL_STYLE", "CR-APPAREL_STYLE", "AMZ-PG-APP-STYLE", "Style not as expected", "Didn't like the style",
            "款式与预期不符", "ORDERED_WRONG_ITEM", "CR-ORDERED_WRONG_ITEM", "AMZ-PG-MISORDERED", "MISORDERED",
            "Bought by mistake", "Ordered wrong item", "Accidental order", "误购", "买错了", "FOUND_BETTER_PRICE",
            "CR-FOUND_BETTER_PRICE", "Better price available", "Found better price", "有更优惠的价格", "找到了更便宜的价格",
            "UNAUTHORIZED_PURCHASE", "CR-UNAUTHORIZED_PURCHASE", "Didn't approve purchase", "Unauthorized purchase",
            "未经授权的购买", "未批准购买",
        ]),
        Group(.changedMind, Weight.broad, [
            "UNWANTED_ITEM", "CR-UNWANTED_ITEM", "No longer needed", "No longer needed/wanted", "No longer wanted",
            "Unwanted item", "不再需要", "不想要了",
        ]),
        Group(.changedMind, Weight.noCause, [
            "NO_REASON_GIVEN", "CR-NO_REASON_GIVEN", "No reason given", "Customer did not give a reason", "未提供原因",
        ]),
        Group(.notAsDescribed, [
            "NOT_AS_DESCRIBED", "CR-NOT_AS_DESCRIBED", "AMZ-PG-BAD-DESC", "Inaccurate website description",
            "Not as described", "Item not as described", "Website description inaccurate", "网站描述不准确",
            "与描述不符", "NOT_COMPATIBLE", "CR-NOT_COMPATIBLE", "PART_NOT_COMPATIBLE", "Incompatible or not useful",
            "Incompatible or not useful for intended purpose", "Not compatible",
            "Part not compatible with existing system",
            "不兼容或无用", "不兼容", "EXCESSIVE_INSTALLATION", "Excessive installation", "安装过于复杂",
            "DID_NOT_LIKE_FABRIC", "Didn't like the fabric",
        ]),
        Group(.colourMismatch, ["DID_NOT_LIKE_COLOR", "Didn't like the color"]),
        Group(.qualityDefect, [
            "DEFECTIVE", "CR-DEFECTIVE", "Item defective or doesn't work", "Defective", "商品有缺陷或无法使用",
            "商品有缺陷或不能使用", "QUALITY_UNACCEPTABLE", "CR-QUALITY_UNACCEPTABLE", "Performance or quality not adequate",
            "Quality unacceptable", "性能或质量不佳", "性能或质量不符合要求", "Product damaged, but shipping box OK",
            "Product damaged but shipping box OK", "商品损坏，但外包装完好", "商品损坏但包装箱完好",
        ]),
        Group(.damagedInTransit, [
            "DAMAGED_BY_CARRIER", "CR-DAMAGED_BY_CARRIER", "DAMAGED_BY_FC", "CR-DAMAGED_BY_FC", "Damaged by carrier",
            "Damaged by fulfillment center", "Both product and shipping box damaged", "Item and box both damaged",
            "商品和外包装均已损坏", "商品和包装箱均损坏", "承运人造成的损坏", "运营中心造成的损坏",
        ]),
        Group(.wrongOrMissingItem, [
            "SWITCHEROO", "CR-SWITCHEROO", "Wrong item was sent", "Wrong item sent", "Received wrong item",
            "发错商品", "发错了商品", "收到错误的商品", "MISSING_PARTS", "CR-MISSING_PARTS",
            "Missing parts or accessories", "Missing parts", "缺少零件或配件", "缺少配件", "EXTRA_ITEM", "CR-EXTRA_ITEM",
            "Received extra item I didn't buy (no refund needed)", "Received extra item", "收到了未购买的额外商品",
        ]),
        Group(.deliveryProblem, [
            "NEVER_ARRIVED", "CR-NEVER_ARRIVED", "Never arrived", "Item never arrived", "商品未送达",
            "MISSED_ESTIMATED_DELIVERY", "CR-MISSED_ESTIMATED_DELIVERY", "Item arrived too late", "Arrived too late",
            "Missed estimated delivery", "商品送达太晚", "到货太晚", "UNDELIVERABLE_REFUSED", "UNDELIVERABLE_UNKNOWN",
            "UNDELIVERABLE_INSUFFICIENT_ADDRESS", "UNDELIVERABLE_FAILED_DELIVERY_ATTEMPTS",
            "UNDELIVERABLE_CARRIER_MISS_SORTED", "UNDELIVERABLE_MISSING_LABEL", "UNDELIVERABLE_UNCLAIMED",
            "Undeliverable", "无法投递",
        ]),
        Group(.other, Weight.nothing, ["OTHER", "CR-OTHER", "UNKNOWN", "UNKNOWN_OTHER_REASON", "Other"]),
    ])
}
