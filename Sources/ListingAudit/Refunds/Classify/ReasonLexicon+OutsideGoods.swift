extension ReasonLexicon {
    /// Topics outside the goods bought: the shop, its people and their replies (服务, 售后, 商家, 卖家, 回复,
    /// `seller`, `staff`), and gifts or free extras (赠品, 小礼物, `free sample`). A verdict or problem word in their
    /// clause is aimed at them (服务太差, 赠品不好, `the seller was awful`), so it is no verdict on the goods: the
    /// text is `other` by the labelling guide unless it complains of the goods too. The quality or workmanship of
    /// the service or a gift is theirs, not the goods' (服务质量, 赠品的做工: 质量 and 做工 alone are the goods').
    /// Listed before the languages' own lists, so these roles win.
    static let outsideGoods: [LexiconGroup] = [
        LexiconGroup(.service, [
            "服务", "售后", "商家", "卖家", "店家", "店主", "掌柜", "店铺", "这家店", "小二", "服务员", "回复", "seller",
            "sellers", "vendor", "staff", "service", "store", "shop", "reply", "replies",
        ] + combine(["服务", "售后"], ["质量", "的质量"])),
        LexiconGroup(.gift, [
            "赠品", "赠送", "赠送的", "赠的", "小礼品", "小礼物", "free sample", "free samples", "freebie", "freebies",
        ] + combine(["赠品", "小礼品", "小礼物"], ["质量", "的质量", "做工", "的做工", "品质"])),
    ]
}
