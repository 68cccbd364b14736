extension ReasonLexicon {
    /// Words that say what kind of goods a text is about, and words that name an earlier purchase. Goods worn on
    /// the body (garments, shoes, jewellery, and the verbs of wearing) keep size words about fit; goods that are
    /// not worn (food and produce, electronics, furniture, household goods and kitchenware, books) turn them into a
    /// difference from the description, since nothing is fitted. Listed last, so a word another list names keeps
    /// that role.
    static let goods: [LexiconGroup] = [
        LexiconGroup(.goods(worn: true), [
            "衣服", "衣", "上衣", "外套", "衬衫", "t恤", "毛衣", "卫衣", "羽绒服", "大衣", "风衣", "内衣", "文胸", "睡衣", "裤子",
            "裤", "裙子", "裙", "连衣裙", "鞋子", "鞋", "靴子", "袜子", "帽子", "手套", "围巾", "戒指", "手链", "项链", "手表",
            "腰带", "皮带", "穿", "戴", "试穿", "上脚",
            "wear", "wears", "wearing", "wore", "dress", "dresses", "top", "tops", "shirt", "tee", "blouse", "sweater",
            "cardigan", "jacket", "coat", "pants", "trousers", "jeans", "shorts", "skirt", "leggings", "bra", "shoes",
            "boots", "sneakers", "sandals", "socks", "hat", "gloves", "ring", "bracelet", "necklace", "belt",
            "jumpsuit", "romper", "swimsuit", "bikini", "hoodie", "vest", "tunic", "pullover", "tank",
        ]),
        LexiconGroup(.goods(worn: false), [
            // Food and produce, and where it is bought and how it is eaten.
            "水果", "苹果", "橙子", "橘子", "桔子", "柑橘", "梨子", "桃子", "芒果", "猕猴桃", "葡萄", "樱桃", "草莓", "西瓜",
            "荔枝", "柚子", "榴莲", "果子", "果实", "个头", "鸡蛋", "蔬菜", "零食", "饼干", "坚果", "核桃", "大米", "超市",
            "吃", "口感",
            // Electronics, furniture and household goods, books and toys.
            "平板", "电脑", "笔记本", "手机", "显示器", "电视", "相机", "充电宝", "音箱", "鼠标", "路由器", "硬盘", "u盘",
            "台灯", "灯泡", "杯子", "水杯", "保温杯", "锅", "碗", "盘子", "椅子", "桌子", "柜子", "床垫", "枕头", "被子",
            "窗帘", "地毯", "行李箱", "书", "玩具", "花瓶", "插座",
            // Kitchenware and containers.
            "模具", "烤盘", "蛋糕", "餐具", "刀具", "砧板", "饭盒", "保鲜盒", "收纳盒", "收纳箱", "容器", "盆", "茶壶",
            "fruit", "apples", "oranges", "snack", "snacks", "laptop", "tablet", "phone", "monitor", "tv", "television",
            "lamp", "mug", "chair", "desk", "book", "bottle", "pillow", "blanket", "duvet", "mattress", "curtains",
            "rug", "toy", "vase", "suitcase", "pan", "pot", "mold", "mould", "baking tin", "container", "lunch box",
            "teapot", "kettle",
        ]),
        // The size of produce (个头小, 果子偏小): a difference from the description, whatever else the text names.
        LexiconGroup(.phrase(.notAsDescribed, 3), combine(
            ["个头", "个儿", "果子", "果型"], ["不大", "小", "太小", "很小", "偏小", "不够大", "有点小", "比较小", "小小的"])),
        LexiconGroup(.earlier, [
            "上次", "上一次", "上回", "上批", "上一批", "之前买的", "以前买的", "之前买过", "以前买过", "之前的", "以前的",
            "原来买的", "第一次买的", "last time", "last order", "my last one", "previous order", "previous one",
            "previous purchase", "my old one", "i bought before", "ordered before", "bought before",
        ]),
    ]
}
