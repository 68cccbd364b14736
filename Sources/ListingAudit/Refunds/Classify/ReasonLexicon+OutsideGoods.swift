extension ReasonLexicon {
    /// Topics outside the goods bought: the shop, its people and their replies (服务, 售后, 商家, 卖家, 回复,
    /// `seller`, `staff`), and gifts or free extras (赠品, 小礼物, `free sample`). A verdict or problem word in their
    /// clause is aimed at them (服务太差, 赠品不好, `the seller was awful`), so it is no verdict on the goods: the
    /// text is `other` by the labelling guide unless it complains of the goods too. The quality or workmanship of
    /// the service or a gift is theirs, not the goods' (服务质量, 赠品的做工: 质量 and 做工 alone are the goods').
    /// Couriers and the conduct of people (`courier`, 态度) are here too: whose service a word judges depends on
    /// them. Listed before the languages' own lists, so these roles win.
    static let outsideGoods: [LexiconGroup] = [
        LexiconGroup(.service(agent: true), [
            "售后", "商家", "卖家", "店家", "店主", "掌柜", "店铺", "这家店", "小二", "服务员", "seller", "sellers", "vendor",
            "staff", "store", "shop",
        ] + combine(["售后"], ["质量", "的质量"])),
        LexiconGroup(.service(agent: false), ["服务", "回复", "service", "reply", "replies", "服务质量", "服务的质量"]),
        LexiconGroup(.gift, [
            "赠品", "赠送", "赠送的", "赠的", "小礼品", "小礼物", "free sample", "free samples", "freebie", "freebies",
        ] + combine(["赠品", "小礼品", "小礼物"], ["质量", "的质量", "做工", "的做工", "品质"])),
        LexiconGroup(.courier(firm: false), [
            "快递员", "快递小哥", "快递哥", "快递人员", "快递师傅", "送货员", "送货师傅", "送货小哥", "配送员", "派送员", "投递员",
            "邮递员", "courier", "couriers", "delivery driver", "delivery guy", "delivery man", "delivery person",
            "mailman", "postman", "mail carrier",
        ] + combine(couriers + ["京东"], ["快递", "物流"])),
        LexiconGroup(.courier(firm: true), couriers + ["fedex", "usps", "dhl"]),
        LexiconGroup(.conduct(complains: false), ["态度"]),
        LexiconGroup(.conduct(complains: true), ["rude"]),
        // Praise of a service or a delivery (服务态度好, 快递员服务好, 物流给力) describes the courier or the service before
        // it, as 很好 and 不错 do: 好 alone is no lexicon word, so the courier was left a weak delivery topic. Bare 好
        // joins only the service words: after 快递 or 物流 it starts 好像 and 好几天 as often (快递好几天才到).
        LexiconGroup(.positive, combine(["服务", "服务态度", "态度", "服务质量"], ["好", "超好", "真好", "特好"] + praiseOfService)
            + combine(["快递", "物流", "配送", "送货"], praiseOfService)),
    ]

    /// Words praising a service or a delivery whole, beside the general 很好 and 不错.
    private static let praiseOfService = ["棒", "很棒", "超棒", "赞", "超赞", "给力", "很给力", "到位", "周到", "热情", "一流"]

    /// Couriers' firms, as buyers name them (顺丰, 圆通). With 快递 or 物流 after them they name the delivery service,
    /// as 快递 does (申通快递 is one word: a delivery topic); so does 京东快递, though 京东 alone is the shop.
    private static let couriers = ["顺丰", "圆通", "中通", "申通", "韵达", "百世", "汇通", "德邦", "极兔", "邮政"]
}
