extension PlatformReasonTable {
    /// 抖店 (抖音电商): the reasons of 仅退款 (before and after shipping), 退货退款 and 换货 in the after-sales list
    /// of the 抖店 back end and its 售后 export.
    static let douyin = PlatformReasonTable(
        source: "抖店 售后原因（仅退款、退货退款、换货）", groups: [
        Group(.sizeFit, ["尺码不合适", "尺码拍错", "尺码/尺寸与商品描述不符", "大小/尺寸与商品描述不符", "尺码偏大", "尺码偏小"]),
        Group(.colourMismatch, ["颜色/图案/款式与商品描述不符", "颜色与商品描述不符", "实物与图片颜色不符"]),
        Group(.notAsDescribed, [
            "商品与页面描述不符", "材质与商品描述不符", "效果与商品描述不符", "生产日期/保质期与商品描述不符", "假冒品牌",
            "商品与描述不符", "规格与商品描述不符", "实物与描述不符",
        ]),
        Group(.qualityDefect, [
            "质量问题", "商品质量问题", "做工问题", "商品变质/发霉/有异物", "功能故障", "商品瑕疵", "使用后过敏", "做工粗糙/有瑕疵",
        ]),
        Group(.damagedInTransit, ["包装/商品破损/污渍", "商品破损/包装破损", "商品破损", "包装破损", "货物破损已拒签"]),
        Group(.wrongOrMissingItem, ["少件/漏发", "发错货", "商家发错货", "收到商品少件/错件/空包裹", "空包裹", "少件/漏发/空包裹"]),
        Group(.changedMind, ["拍错/多拍", "多拍/拍错/不想要", "不喜欢/不合适", "颜色拍错", "款式拍错", "不喜欢", "买贵了/降价"]),
        Group(.changedMind, Weight.broad, ["不想要了", "我不想要了"]),
        Group(.changedMind, Weight.noCause, ["七天无理由退货", "7天无理由退货", "协商一致退款"]),
        Group(.deliveryProblem, [
            "快递一直未送达", "快递无跟踪记录", "未按约定时间发货", "发货太慢", "物流太慢", "商家发货太慢", "快递停滞不动",
        ]),
        Group(.other, ["地址/电话等信息填写错误", "地址信息填写错误", "缺货", "商家缺货", "退运费"]),
        Group(.other, Weight.nothing, ["其他"]),
    ])
}
