extension PlatformReasonTable {
    /// Short reasons Chinese shops and ERP exports (聚水潭, 旺店通, 管易) write in their own after-sales sheets,
    /// beside the platforms' menus: 收到错误的商品, 到货太晚, 不想要了 and the like.
    static let genericChinese = PlatformReasonTable(
        source: "中文店铺/ERP 售后表常用原因", groups: [
        Group(.sizeFit, ["尺码问题", "尺寸问题", "大小不合适", "尺码不符"]),
        Group(.colourMismatch, ["颜色问题", "有色差", "色差问题"]),
        Group(.notAsDescribed, ["描述不符", "与描述不符", "图文不符", "货不对版"]),
        Group(.qualityDefect, ["质量差", "质量不好", "有瑕疵", "瑕疵", "坏了", "不能用", "无法使用"]),
        Group(.damagedInTransit, ["破损", "运输破损", "物流破损", "快递破损", "压坏了"]),
        Group(.wrongOrMissingItem, ["错发", "漏发", "少发", "错发漏发", "收到错误的商品", "收到的商品错误", "发错了"]),
        Group(.changedMind, ["拍错", "多拍", "拍多了", "不喜欢", "买错"]),
        Group(.changedMind, Weight.broad, ["不想要了", "不要了", "不需要了"]),
        Group(.changedMind, Weight.noCause, ["七天无理由", "7天无理由", "无理由退货"]),
        Group(.deliveryProblem, ["到货太晚", "发货慢", "物流慢", "快递慢", "未收到货", "没收到货", "物流问题", "快递问题", "无快递信息"]),
        Group(.other, Weight.nothing, ["其他", "其它", "其他原因", "OTHERS"]),
    ])
}
