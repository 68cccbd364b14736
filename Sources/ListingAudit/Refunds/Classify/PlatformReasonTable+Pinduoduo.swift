extension PlatformReasonTable {
    /// 拼多多: the reasons of 仅退款 (未收到货 / 已收到货), 退货退款 and 换货 in the 拼多多商家后台 after-sales list.
    static let pinduoduo = PlatformReasonTable(
        source: "拼多多 售后原因（仅退款、退货退款、换货）", groups: [
        Group(.sizeFit, ["尺寸/大小不合适", "大小/尺寸不合适", "尺码不合适", "尺码拍错", "大小/尺寸与描述不符"]),
        Group(.colourMismatch, ["颜色/款式与描述不符", "颜色/图案/款式与描述不符", "颜色与描述不符"]),
        Group(.notAsDescribed, [
            "商品与描述不符", "货物与描述不符", "材质与描述不符", "假冒品牌", "规格与描述不符", "功效与描述不符", "图片与实物不符",
        ]),
        Group(.qualityDefect, [
            "质量问题", "商品质量问题", "做工粗糙/有瑕疵", "变质/发霉/有异物", "临期/过期", "商品过期", "功能故障/无法使用",
        ]),
        Group(.damagedInTransit, ["商品破损", "商品破损/包装破损", "包装/商品破损", "货物破损已拒签"]),
        Group(.wrongOrMissingItem, ["少件/漏发", "商家发错货", "发错货", "空包裹", "少件/漏发/空包裹"]),
        Group(.changedMind, ["多拍/拍错/不想要", "拍错/多拍", "效果不好/不喜欢", "不喜欢/不想要", "买贵了/降价"]),
        Group(.changedMind, Weight.noCause, ["七天无理由退货", "7天无理由退货", "协商一致退款"]),
        Group(.deliveryProblem, [
            "快递一直未送达", "快递无跟踪记录", "未按约定时间发货", "物流一直未更新", "发货慢", "未收到货",
        ]),
        Group(.other, ["缺货", "退运费", "地址信息填写错误"]),
        Group(.other, Weight.nothing, ["其他"]),
    ])
}
