extension ReasonLexicon {
    /// Chinese buyer phrases and topic words, weighted by how surely they name a category.
    static let chinese: [LexiconGroup] = [
        // Size and fit.
        LexiconGroup(.phrase(.sizeFit, 3), [
            "太小", "太大", "偏小", "偏大", "小了", "大了", "太紧", "太松", "偏紧", "偏松", "勒", "太长", "太短", "偏长", "偏短", "短了", "长了", "小一码",
            "大一码", "大一号", "小一号", "穿不上", "穿不下", "穿不进", "不合身", "拍错尺码", "尺码拍错", "尺码不合适", "大小不合适", "尺寸不合适", "码数不对", "码数不准",
            "尺码不准", "尺码偏", "挤脚", "磨脚", "夹脚", "紧了", "松了", "肥了", "瘦了", "小了一圈", "大了一圈", "宽了", "窄了", "拖地",
        ]),
        LexiconGroup(.phrase(.sizeFit, 3.5), ["尺码表不准"]),
        LexiconGroup(.reference(.sizeFit, 3.5), ["尺码表", "尺寸表", "尺码对照表", "尺寸对照表"]),
        LexiconGroup(.phrase(.sizeFit, 2), ["不合适", "紧", "不合脚", "撑不起来", "到脚踝", "半码", "窄", "买大了", "买小了"]),
        LexiconGroup(.subject(.sizeFit, 1), [
            "尺码", "码数", "尺寸", "大小", "码", "腰围", "胸围", "肩宽", "衣长", "裤长", "袖长", "袖子", "裤腿", "鞋码", "身高", "体重", "模特", "跟模特",
            "上身", "肩膀",
        ]),
        // Colour.
        LexiconGroup(.phrase(.colourMismatch, 3), [
            "色差", "色差大", "色差太大", "色差很大", "色差严重", "颜色不对", "颜色不一样", "颜色不符", "颜色差", "偏黄", "偏红", "偏绿", "偏蓝", "偏深", "偏浅",
            "偏暗", "偏灰", "发黄", "发灰", "深很多", "浅很多", "暗很多", "颜色深", "颜色浅", "颜色太深", "颜色太浅", "太艳", "颜色艳", "颜色太艳", "颜色发暗",
            "颜色很怪", "颜色奇怪",
        ]),
        LexiconGroup(.subject(.colourMismatch, 1), ["颜色", "色", "色号", "配色"]),
        LexiconGroup(.name(.colourMismatch), [
            "黑色", "白色", "红色", "蓝色", "绿色", "黄色", "灰色", "粉色", "紫色", "棕色", "米色", "米白", "米黄色", "卡其色", "藏青", "酒红", "咖啡色",
            "驼色", "杏色", "雾霾蓝", "天蓝色", "天蓝", "深蓝", "浅蓝", "墨绿", "军绿", "玫红", "枣红", "奶白", "蓝", "红", "绿", "黄", "紫", "粉",
        ]),
        // Not as described.
        LexiconGroup(.phrase(.notAsDescribed, 3), [
            "货不对板", "假货", "假冒", "不是正品", "山寨", "虚假宣传", "夸大宣传", "功能不符", "不防水",
        ]),
        LexiconGroup(.phrase(.notAsDescribed, 3.5), [
            "实物比图片小", "比图片小", "比想象中小", "比想象的小", "实物比图片", "比图片薄", "和描述的功能不一样",
        ]),
        LexiconGroup(.phrase(.notAsDescribed, 2), ["假的", "以为是"]),
        LexiconGroup(.phrase(.notAsDescribed, 2.5), [
            "两个东西", "完全是两个", "页面写", "页面上写", "页面说", "标题写", "写的有", "洗标", "吊牌写", "说是", "写的", "写着", "标的", "标着", "标注", "宣传说",
            "宣传的", "详情页写", "详情页说", "详情页上", "声称", "号称", "图片上有", "图片有", "实物没有", "以为",
        ]),
        LexiconGroup(.subject(.notAsDescribed, 1), ["功能", "规格", "型号", "参数", "厚度"]),
        // Aspects: compared with the listing they differ from it; judged alone, poor material is a defect and a
        // style judged badly a dislike.
        LexiconGroup(.aspect(judged: .qualityDefect), ["材质", "面料", "布料", "成分", "纯棉", "真皮", "质感", "手感"]),
        LexiconGroup(.aspect(judged: .changedMind), ["款式", "图案", "样式", "版型", "设计", "风格", "花色"]),
        // Quality and defects.
        LexiconGroup(.phrase(.qualityDefect, 3), [
            "质量问题", "质量差", "质量太差", "质量不好", "质量不行", "做工粗糙", "做工差", "做工太差", "做工不好", "线头", "开线", "起球", "掉色", "褪色", "缩水",
            "开胶", "脱胶", "瑕疵", "异味", "有味道", "故障", "不能用", "用不了", "不工作", "破洞", "破了个洞", "有洞", "掉毛", "起皱", "断了", "漏水", "漏气",
            "不充电", "充不进电", "没反应", "有划痕", "脱线", "掉漆", "生锈", "断底", "过敏", "刺鼻",
            // A fabric's or a surface's own faults, beside 起球, 开线 and 掉色: pulled or broken threads, fuzz, peeling.
            "勾丝", "抽丝", "跳线", "断线", "起毛", "掉皮", "脱皮", "起皮", "脱色", "串色",
        ]),
        LexiconGroup(.phrase(.qualityDefect, 2.5), ["坏了", "污渍", "污迹", "脏了", "有污点", "失灵"]),
        LexiconGroup(.phrase(.qualityDefect, 2), ["坏的", "坏", "薄", "粗糙", "劣质"]),
        LexiconGroup(.phrase(.qualityDefect, 3), [
            "不亮", "不亮了", "坏掉", "没电", "掉电快", "不耐用", "松动", "脱落", "掉了", "歪", "卡顿", "死机", "发热", "掉扣子", "扣子掉", "拧不紧", "关不紧",
            "霉味", "发霉", "臭味", "味道大", "味道很大", "闪烁", "接触不良",
        ]),
        LexiconGroup(.subject(.qualityDefect, 1), ["质量", "做工", "品质"]),
        // Damaged in transit.
        LexiconGroup(.phrase(.damagedInTransit, 3), [
            "破损", "压坏", "压扁", "压碎", "摔坏", "摔碎", "摔裂", "磕碰", "磕坏", "凹陷", "裂了", "裂开", "碎裂", "运输损坏", "快递压坏", "包装破", "外包装破",
            "盒子破", "盒子坏", "漏液", "洒了", "撒了",
        ]),
        LexiconGroup(.phrase(.damagedInTransit, 3.5), [
            "泡坏", "湿的", "泡了", "碎成", "湿了", "泡水", "压变形", "碎了", "暴力运输", "暴力分拣", "收到时已破损", "收到就碎",
        ]),
        LexiconGroup(.phrase(.damagedInTransit, 2.5), ["破了", "破洞", "变形", "裂", "口子", "划伤"]),
        LexiconGroup(.subject(.damagedInTransit, 1), ["包装", "外包装", "快递盒", "纸箱", "盒子", "外箱", "箱子"]),
        // Wrong or missing item (fulfilment).
        LexiconGroup(.phrase(.wrongOrMissingItem, 3.5), [
            "发错", "错发", "寄错", "发成了", "发错货", "空包裹", "空包", "少件", "漏发", "少发", "缺件", "只收到一", "只收到了一", "少了一", "少一个", "少一件",
            "缺少", "没有配件", "配件没有", "少配件", "多发", "只发了", "只来了一", "只到了一", "别的款", "别人的", "发了个别的", "不是我买的", "没放", "漏放", "忘放",
            "没装",
        ]),
        LexiconGroup(.subject(.wrongOrMissingItem, 1), ["配件"]),
        // Changed mind.
        LexiconGroup(.phrase(.changedMind, 3), [
            "不想要", "不要了", "不需要", "拍错", "买错", "多拍", "错拍", "重复下单", "重复购买", "买重了", "拍多了", "买多了", "不喜欢", "买贵了", "别家便宜",
            "别家更便宜", "降价了", "降价", "家人不喜欢", "用不上", "不合心意", "没用了", "冲动消费", "已经有一个", "已经有了", "有一个了", "没什么原因", "占地方", "用不到",
            "不好看", "下错单", "错单", "下错了", "用不着", "买了别的",
        ]),
        LexiconGroup(.phrase(.changedMind, 1.5), ["七天无理由", "7天无理由", "无理由"]),
        // Delivery.
        LexiconGroup(.phrase(.deliveryProblem, 3.5), [
            "没收到货", "未收到货", "没收到", "未收到", "一直没到", "一直未到", "还没到", "未送到", "未送达", "没送到", "还没发货", "没发货", "未发货", "不发货", "拒收",
            "拒签", "丢件", "丢了", "快递丢", "不发货", "还不发货", "显示签收", "揽收", "海关", "清关", "卡住", "退回", "中转站", "停在", "超过承诺时间",
            "显示已签收", "签收了", "不动了",
        ]),
        LexiconGroup(.phrase(.deliveryProblem, 3), [
            "发货太慢", "发货慢", "物流太慢", "物流慢", "快递太慢", "快递慢", "太慢了", "没更新", "不更新", "无物流", "物流信息", "没有物流", "无跟踪", "超时",
            "延迟发货", "迟迟不发", "送错地址", "地址错",
        ]),
        LexiconGroup(.subject(.deliveryProblem, 1), ["物流", "快递", "配送"]),
        // Other.
        LexiconGroup(.phrase(.other, 2), ["客服", "发票", "退运费", "运费险", "不回消息", "扣款", "多扣"]),
        // A charge for the delivery (快递费 holds 快递) is money the shop owes or asks, not a delivery problem.
        LexiconGroup(.phrase(.other, 2), ["快递费", "运费", "邮费"]),
        // Structure words.
        LexiconGroup(.fulfilmentSensitive(.colourMismatch, 3), ["错颜色", "颜色错了", "颜色错"]),
        LexiconGroup(.fulfilmentSensitive(.sizeFit, 3), ["错尺码", "尺码错了", "码数错了"]),
        LexiconGroup(.mismatch, [
            "其实是", "实际是", "实际只有", "实际上", "实物只有", "结果是", "实物是", "卖家秀", "买家秀", "跟主图", "和主图", "主图", "差太远", "与描述不符", "描述不符",
            "和描述不符", "与商品描述不符", "图文不符", "与图片不符", "和图片不符", "跟图片不符", "与宣传不符", "不符", "不一样", "不一致", "不同", "差太多", "差很多",
            "完全两样", "两回事", "不像", "不是一个", "跟图片", "和图片", "与图片", "比图片", "图片上",
        ]),
        LexiconGroup(.promise, ["说好的", "说好是"]),
        LexiconGroup(.problem, ["不对", "不行", "有问题", "问题", "太差", "很差", "差劲", "不好", "不准", "错了", "偏", "奇怪", "怪"]),
        LexiconGroup(.positive, [
            "合适", "正好", "刚好", "没问题", "没毛病", "很好", "挺好", "不错", "好看", "喜欢", "满意", "完好", "合身", "还行", "能接受",
        ]),
        LexiconGroup(.negator, ["不是", "并不是", "并非"]),
        // Only the bare 不: a longer word ending in it (也不, 都不) would hide the 不-words after it (不好吃).
        LexiconGroup(.closeNegator, ["不"]),
        LexiconGroup(.absence, ["没有", "没", "无", "并没有"]),
        LexiconGroup(.contrast, ["但是", "但", "可是", "不过", "就是", "只是", "而是", "然而"]),
        LexiconGroup(.ordered, [
            "我拍的是", "拍的是", "我买的是", "要的是", "我要的是", "下单的是", "我选的是", "要的", "拍的", "而不是", "我买的",
        ]),
        LexiconGroup(.received, ["收到的是", "收到是", "发的是", "发来的是", "给我发", "发来", "发的", "来的是", "来的", "到的是"]),
        LexiconGroup(.neutral, [
            "退款原因", "买家留言", "申请退货", "申请退款", "要求退款", "退货退款", "仅退款", "退款", "退货", "补充", "已经联系过客服", "联系过客服", "希望尽快处理",
            "尽快处理", "已拍照", "订单号", "其他", "其它", "收到",
        ]),
    ]
}
