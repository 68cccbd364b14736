extension PlatformReasonTable {
    /// 京东: the reasons of 退货, 换货 and 仅退款 in the buyer's 申请售后 form and the merchant's 售后 export.
    static let jd = PlatformReasonTable(
        source: "京东 申请售后原因（退货、换货、仅退款）", groups: [
        Group(.sizeFit, ["尺码不合适", "尺码/尺寸不合适", "尺寸不合适", "尺码偏大", "尺码偏小"]),
        Group(.colourMismatch, ["颜色与描述不符", "颜色/款式与描述不符", "商品颜色与页面不符"]),
        Group(.notAsDescribed, ["商品与页面描述不符", "商品与描述不符", "与页面描述不符", "实物与页面描述不符", "疑似假货"]),
        Group(.qualityDefect, [
            "商品质量问题", "质量问题", "商品故障", "性能故障", "商品无法正常使用", "功能故障", "商品有瑕疵", "商品变质", "商品过期",
        ]),
        Group(.damagedInTransit, ["收到商品破损", "商品破损", "包装破损", "外包装破损", "运输途中破损"]),
        Group(.wrongOrMissingItem, [
            "收到商品少件/错件/空包裹", "收到商品少件", "收到商品错件", "少件/漏发", "发错货", "商品少件", "配件缺失", "赠品未收到",
        ]),
        Group(.changedMind, [
            "拍错了/订单信息填写错误", "拍错了", "买错了", "商品降价", "买贵了", "不喜欢/不合适", "不喜欢", "买多了", "重复购买",
        ]),
        Group(.changedMind, Weight.broad, ["不想要了", "我不想要了"]),
        Group(.changedMind, Weight.noCause, ["7天无理由退货", "七天无理由退货", "7天无理由退换货"]),
        Group(.deliveryProblem, [
            "配送太慢", "物流太慢", "发货太慢", "一直未收到货", "未收到货", "快递一直未送达", "配送超时", "未按约定时间送达",
        ]),
        // A courier's service is the delivery's (the labelling guide: "courier or shipping service").
        Group(.deliveryProblem, ["快递员服务态度差"]),
        Group(.other, ["订单信息填写错误", "地址信息填写错误", "发票问题", "价保", "缺货"]),
        Group(.other, Weight.nothing, ["其他", "其它"]),
    ])
}
