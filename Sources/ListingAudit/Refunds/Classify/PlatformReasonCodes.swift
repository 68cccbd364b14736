/// Reason codes and picked reasons of the platforms, mapped to the taxonomy: Amazon FBA return codes, Shopify
/// return reasons (codes, handles and display names) and the reasons Chinese platforms offer in their menus.
///
/// Specific reasons weigh 3; reasons that say little about the cause (`NO_REASON_GIVEN`, 七天无理由, `UNWANTED`)
/// weigh less, so a buyer's specific comment outranks them; `OTHER` / 其他 weigh almost nothing.
enum PlatformReasonCodes {
    struct Code: Sendable {
        let category: RefundCategory
        let weight: Double
    }

    static let specific = 3.0

    /// The code `reason` is, or `nil` when it is free text.
    static func lookup(_ reason: FoldedText) -> Code? {
        var scalars: [UInt32] = []
        reason.forEachScalar { value, _, _ in scalars.append(value) }
        if scalars.count > 48 { return nil }
        let key = self.key(scalars)
        if key.isEmpty { return nil }
        if let code = table[key] { return code }
        if key.starts(with: undeliverable) { return Code(category: .deliveryProblem, weight: specific) }
        return nil
    }

    /// The lookup key: the folded reason without spaces, punctuation or separators (`APPAREL_TOO_SMALL`,
    /// `apparel-too-small` and `Apparel too small` share one key; so do `少件/漏发` and `少件、漏发`).
    static func key(_ scalars: [UInt32]) -> [UInt32] {
        scalars.filter { value in
            if value < 0x80 {
                return (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A)
            }
            return !(0x2000...0x206F).contains(value) && !(0x3000...0x303F).contains(value)
                && !(0xFF00...0xFF65).contains(value)
        }
    }

    private static let undeliverable = key(Array("undeliverable".unicodeScalars.map(\.value)))

    private static let table: [[UInt32]: Code] = {
        var table: [[UInt32]: Code] = [:]
        for (category, weight, names) in entries {
            for name in names {
                var scalars: [UInt32] = []
                FoldedText(name).forEachScalar { value, _, _ in scalars.append(value) }
                table[key(scalars)] = Code(category: category, weight: weight)
            }
        }
        return table
    }()

    private static let entries: [(RefundCategory, Double, [String])] = [
        (.sizeFit, specific, [
            "APPAREL_TOO_SMALL", "APPAREL_TOO_LARGE", "AMZ-PG-APP-TOO-SMALL", "AMZ-PG-APP-TOO-LARGE", "SIZE_TOO_SMALL",
            "SIZE_TOO_LARGE", "too-small", "too-big", "Size was too small", "Size was too large", "尺码拍错", "尺码不合适",
            "大小不合适", "尺寸不合适", "尺寸不符", "大小/尺寸与商品描述不符", "大小尺寸与商品描述不符", "大小/尺寸与描述不符", "商品尺码与描述不一致", "尺码与描述不符",
            "大小/尺寸/重量与商品描述不符",
        ]),
        (.sizeFit, 2, ["尺码拍错/不喜欢/效果不好", "尺码拍错/不喜欢/效果差"]),
        (.colourMismatch, specific, [
            "COLOR", "DID_NOT_LIKE_COLOR", "颜色/图案/款式与商品描述不符", "颜色/款式/图案与描述不符", "颜色/图案/款式与描述不符", "颜色与商品描述不符", "颜色不符",
            "色差",
        ]),
        (.notAsDescribed, specific, [
            "NOT_AS_DESCRIBED", "AMZ-PG-BAD-DESC", "DID_NOT_LIKE_FABRIC", "PART_NOT_COMPATIBLE", "NOT_COMPATIBLE",
            "EXCESSIVE_INSTALLATION", "item-not-as-described", "Item not as described", "商品与描述不符", "与商品描述不符",
            "商品与页面描述不符", "材质与商品描述不符", "材质/面料与商品描述不符", "材质、面料与商品描述不符", "材质成分含量与描述不符", "材质/面料与商品不符", "材质面料与商品描述不符",
            "商品材质/品牌/外观等描述不符", "生产日期/保质期/规格等描述不符", "品种/规格/成分等描述不符", "品种/产品/规格/成分等描述不符", "规格等描述不符", "功能/效果与商品描述不符",
            "假冒品牌", "假冒产品", "认为是假货", "三无产品", "与描述不符",
        ]),
        (.qualityDefect, specific, [
            "DEFECTIVE", "QUALITY_UNACCEPTABLE", "damaged-or-defective", "Damaged or defective", "质量问题", "做工粗糙/有瑕疵",
            "做工粗糙/有瑕疵/有污渍", "商品功能缺失或故障", "功能故障", "缩水/褪色", "开线/走丝", "剪裁/做工瑕疵", "做工瑕疵(胶水印/两只鞋不对称等)", "质量问题(断底/断面/脱胶等)",
            "商品使用后过敏",
        ]),
        (.damagedInTransit, specific, [
            "DAMAGED_BY_CARRIER", "DAMAGED_BY_FC", "包装/商品破损/污渍", "包装/商品破损/污渍/裂痕/变形", "商品破损", "包装破损", "商品少件/破损/污迹",
            "商品少件/破损/污迹/生锈/等",
        ]),
        (.wrongOrMissingItem, specific, [
            "MISSING_PARTS", "WRONG_ITEM", "RECEIVED_WRONG_ITEM", "EXTRA_ITEM", "received-the-wrong-item",
            "Received the wrong item", "少件/漏发", "空包裹/少件/漏发", "收到商品少件/错件/空包裹", "商家发错货", "卖家发错货", "发错货", "包裹为空", "空包裹",
            "卖家发错货/少件、破损",
        ]),
        (.changedMind, specific, [
            "APPAREL_STYLE", "AMZ-PG-APP-STYLE", "STYLE", "style", "ORDERED_WRONG_ITEM", "MISORDERED",
            "FOUND_BETTER_PRICE", "UNAUTHORIZED_PURCHASE", "不喜欢/效果不好", "不喜欢/效果差", "多拍/拍错/不想要", "多拍/错拍/不想要", "拍错/多拍",
            "拍错/多拍/不喜欢", "不合适/不满意", "没用/少用优惠",
        ]),
        (.changedMind, 2, [
            "UNWANTED", "UNWANTED_ITEM", "CR-UNWANTED_ITEM", "changed-my-mind", "Customer changed their mind", "不想要了",
        ]),
        (.changedMind, 1, ["NO_REASON_GIVEN", "七天无理由退换货", "7天无理由退换货", "7天无理由", "七天无理由", "双方协商一致退款"]),
        (.deliveryProblem, specific, [
            "MISSED_ESTIMATED_DELIVERY", "NEVER_ARRIVED", "arrived-late", "快递一直未送到", "未按约定时间发货", "快递无跟踪记录", "快递长时间未送达",
            "物流无跟踪记录", "已拒签包裹", "未收到商品", "未收到货", "快递一直未到", "卖家承诺发货时间/提货地点不符", "商家未按约定时间发货", "无快递信息",
        ]),
        (.other, specific, ["SWITCHEROO", "发票问题", "退运费", "地址/电话等信息填写错误", "缺货"]),
        (.other, 0.1, ["OTHER", "OTHERS", "UNKNOWN", "UNKNOWN_OTHER_REASON", "other-reason", "unknown", "其他", "其它"]),
    ]
}
