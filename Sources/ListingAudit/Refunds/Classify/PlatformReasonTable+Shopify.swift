extension PlatformReasonTable {
    /// Shopify's `ReturnReason` enum (Admin API up to 2025-10), the reason in returns exports, and the display
    /// names the admin shows for it in English and Simplified Chinese.
    static let shopifyLegacy = PlatformReasonTable(
        source: "Shopify ReturnReason enum and admin names (en, zh-CN)", groups: [
        Group(.sizeFit, [
            "SIZE_TOO_SMALL", "SIZE_TOO_LARGE", "Size was too small", "Size was too large", "Size too small",
            "Size too large", "尺码太小", "尺码太大", "尺寸太小", "尺寸太大",
        ]),
        Group(.colourMismatch, ["COLOR", "Color", "Colour", "颜色"]),
        Group(.changedMind, ["STYLE", "Style", "款式"]),
        Group(.changedMind, Weight.broad, [
            "UNWANTED", "Customer changed their mind", "Changed my mind", "客户改变了主意", "客户改变主意", "改变主意",
        ]),
        Group(.notAsDescribed, ["NOT_AS_DESCRIBED", "Item not as described", "Not as described", "商品与描述不符"]),
        Group(.qualityDefect, ["DEFECTIVE", "Damaged or defective", "Defective", "已损坏或有缺陷", "损坏或有缺陷"]),
        Group(.wrongOrMissingItem, ["WRONG_ITEM", "Received the wrong item", "收到了错误的商品", "收到错误的商品"]),
        Group(.other, Weight.nothing, ["OTHER", "UNKNOWN", "Other", "Unknown", "其他", "未知"]),
    ])

    /// Shopify's return reason definitions (`ReturnReasonDefinition`, Admin API 2026-01, introduced in 2025):
    /// stable handles and their English and Simplified Chinese names. Shopify suggests a subset per product
    /// category; the library is larger than this table, which holds the general reasons and the category
    /// reasons of apparel, footwear, beauty, food, electronics and home goods, written from the library as the
    /// admin shows it. Unlisted handles fall to free-text scoring.
    static let shopifyDefinitions = PlatformReasonTable(
        source: "Shopify return reason definitions (en, zh-CN)", groups: [
        Group(.sizeFit, [
            "too-small", "too-big", "too-large", "too-tight", "too-loose", "too-short", "too-long", "too-narrow",
            "too-wide", "size-too-small", "size-too-large", "wrong-size", "fit", "doesnt-fit", "poor-fit",
            "Too small", "Too big", "Too large", "Too tight", "Too loose", "Too short", "Too long", "Too narrow",
            "Too wide", "Wrong size", "Doesn't fit", "Poor fit", "Fit", "太小", "太大", "太紧", "太松", "太短",
            "太长", "太窄", "太宽", "尺码不对", "尺码错误", "不合身", "合身度",
        ]),
        Group(.sizeFit, Weight.broad, [
            "comfort", "uncomfortable", "Comfort", "Uncomfortable", "舒适度", "不舒适", "穿着不舒服",
        ]),
        Group(.colourMismatch, [
            "color-too-bright", "color-too-dark", "color-too-light", "color-different-than-expected",
            "color-not-as-pictured", "color-different-from-image", "Color too bright", "Color too dark",
            "Color too light", "Color different than expected", "Color not as pictured", "颜色太亮", "颜色太暗",
            "颜色太浅", "颜色太深", "颜色与预期不同", "颜色与图片不符", "颜色与图片不一致",
        ]),
        Group(.notAsDescribed, [
            "not-as-described", "item-not-as-described", "not-as-pictured", "different-from-description", "material",
            "fabric", "material-not-as-expected", "fabric-not-as-expected", "not-compatible", "incompatible", "scent",
            "taste", "texture", "Not as pictured", "Different from description", "Material", "Fabric",
            "Material not as expected", "Fabric not as expected", "Not compatible", "Incompatible", "Scent", "Taste",
            "Texture", "与图片不符", "与描述不同", "材质", "面料", "材质与预期不符", "面料与预期不符", "不兼容", "气味", "味道",
            "质地",
        ]),
        Group(.qualityDefect, [
            "quality", "poor-quality", "defective", "damaged-or-defective", "stopped-working", "doesnt-work",
            "broken", "malfunction", "battery-issue", "poor-performance", "expired", "spoiled", "allergic-reaction",
            "skin-reaction", "Quality", "Poor quality", "Stopped working", "Doesn't work", "Broken", "Malfunction",
            "Battery issue", "Poor performance", "Expired", "Spoiled", "Allergic reaction", "Skin reaction", "质量",
            "质量差", "质量不佳", "停止工作", "无法使用", "不工作", "损坏", "故障", "电池问题", "性能不佳", "已过期", "变质",
            "过敏反应", "皮肤过敏",
        ]),
        Group(.damagedInTransit, [
            "arrived-damaged", "damaged-in-shipping", "damaged-packaging", "Arrived damaged", "Damaged in shipping",
            "Damaged packaging", "到货时已损坏", "运输途中损坏", "包装损坏",
        ]),
        Group(.wrongOrMissingItem, [
            "wrong-item", "received-the-wrong-item", "received-wrong-item", "missing-parts", "missing-item",
            "missing-accessories", "extra-item", "wrong-color-sent", "wrong-size-sent", "Wrong item",
            "Received wrong item", "Missing parts", "Missing item", "Missing accessories", "Extra item",
            "错误的商品", "收到错误商品", "缺少部件", "缺少零件", "缺少商品", "缺少配件", "多发了商品",
        ]),
        Group(.changedMind, [
            "style", "didnt-like-style", "ordered-by-mistake", "ordered-wrong-item", "duplicate-order",
            "found-better-price", "better-price-available", "price-dropped", "unflattering", "not-my-style",
            "Didn't like the style", "Ordered by mistake", "Ordered the wrong item", "Duplicate order",
            "Found a better price", "Better price available", "Price dropped", "Unflattering", "Not my style",
            "不喜欢款式", "误下单", "下错单", "重复下单", "找到更便宜的", "找到了更优惠的价格", "降价了", "不显身材", "不是我的风格",
        ]),
        Group(.changedMind, Weight.broad, [
            "changed-my-mind", "changed-mind", "no-longer-needed", "unwanted-gift", "Changed my mind",
            "No longer needed", "Unwanted gift", "改变主意了", "不再需要", "不想要的礼物",
        ]),
        Group(.deliveryProblem, [
            "arrived-late", "late-delivery", "never-arrived", "not-delivered", "Arrived late", "Late delivery",
            "Never arrived", "Not delivered", "到货太晚", "送达太晚", "延迟送达", "未送达", "一直未送达",
        ]),
        Group(.other, Weight.nothing, ["other-reason", "other", "unknown", "Other reason", "其他原因"]),
    ])
}
