#!/usr/bin/env python3
"""Writes the invented 抖店-style demo shop: listings.csv (商品导出), after-sales.csv (售后单导出), orders.csv
(订单导出). Deterministic (fixed seed); run from this folder: python3 generate.py

Planted causes (see DemoShopTests):
  D01 雪纺连衣裙: only 均码, no measurements           -> many size refunds
  D02 纯棉T恤: 颜色分类 如图 / 随机色                   -> colour refunds
  D03 托特包: one image, vague hype description         -> not-as-described refunds
  D04 玻璃香薰机: clean listing, courier damage / wrong item refunds (must NOT top the list)
  D05 针织背心: 均码 without measurements, but 2 orders, 1 size refund                 (must NOT top the list)
  D06 羽绒马甲: new product, findings, no orders or refunds
"""
import csv
import random

rng = random.Random(20261126)
IMG = "https://img.demo-shop.example/{}/{}.jpg"
SIZE_TABLE = "尺码表（平铺测量，单位cm）：S 胸围88 衣长60；M 胸围92 衣长62；L 胸围96 衣长64；XL 胸围100 衣长66。身高155-160选S，160-165选M，165-170选L，170-175选XL。"


def clean(material, extra):
    return f"面料/材质：{material}。{extra}实物拍摄。洗涤：30度以下冷水手洗，不可漂白。"


# id, title, category, description, colours, sizes, images, price, material, orders, refund mix {category: count}
P = []


def add(pid, title, cat, desc, colours, sizes, images, price, material, orders, refunds):
    P.append(dict(id=pid, title=title, cat=cat, desc=desc, colours=colours, sizes=sizes, images=images,
                  price=price, material=material, orders=orders, refunds=refunds))


# ---- planted causes
add("D01", "碎花雪纺连衣裙女夏季收腰显瘦中长款", "女装/连衣裙",
    "仙女风碎花雪纺裙，收腰设计显瘦，温柔气质，约会通勤都合适。面料：聚酯纤维。均码，多种场合都能穿。",
    ["蓝色碎花", "粉色碎花"], ["均码"], 4, 129.0, "聚酯纤维", 420,
    {"size": 46, "changed": 8, "quality": 3, "damaged": 1})
add("D02", "纯棉圆领短袖T恤男女同款宽松打底衫", "男装/T恤",
    clean("100%棉，200g重磅", SIZE_TABLE), ["如图", "随机色"], ["S", "M", "L", "XL"], 5, 59.0, "100%棉",
    380, {"colour": 34, "changed": 7, "size": 5, "quality": 2})
add("D03", "复古帆布托特包大容量单肩包", "箱包/托特包",
    "超好看的包包，质量很好，好评如潮，百搭款，实物更好看，以实物为准，喜欢的亲赶紧下单。",
    ["米白"], [], 1, 79.0, "", 260, {"nad": 27, "quality": 6, "changed": 5})
add("D04", "玻璃香薰机超声波加湿器家用卧室", "家居用品/香薰机",
    "材质：高硼硅玻璃+ABS底座。尺寸：直径10cm，高16cm，净重420g。容量200ml，功率12W，USB-C供电，续航8小时。"
    "超声波雾化，定时1/3/6小时，七彩夜灯可关闭。包装清单：主机、USB-C线、说明书。",
    ["透明"], [], 5, 149.0, "高硼硅玻璃", 520,
    {"damaged": 31, "wrong": 9, "delivery": 4, "changed": 6})
add("D05", "羊毛针织背心女V领", "女装/针织衫",
    "面料：70%羊毛 30%锦纶。V领套头款，均码。", ["驼色", "黑色"], ["均码"], 3, 199.0, "羊毛", 2, {"size": 1})
add("D06", "轻薄羽绒马甲女短款立领", "女装/羽绒服",
    "今年新款，轻薄保暖，百搭。", ["黑色", "米白"], ["均码"], 1, 239.0, "", 0, {})

# ---- clean listings with ordinary refunds
APPAREL = [
    ("高腰直筒牛仔裤女", "女装/牛仔裤", "98%棉 2%氨纶"), ("法式方领泡泡袖衬衫", "女装/衬衫", "100%棉"),
    ("男士休闲西裤修身", "男装/休闲裤", "65%聚酯纤维 35%粘胶"), ("连帽加绒卫衣男", "男装/卫衣", "80%棉 20%聚酯纤维"),
    ("儿童纯棉家居服套装", "童装/家居服", "100%棉"), ("针织开衫女薄款", "女装/针织衫", "70%粘胶 30%锦纶"),
]
SHOES = [("男士真皮休闲鞋", "鞋靴/休闲鞋", "头层牛皮"), ("女士软底帆布鞋", "鞋靴/帆布鞋", "帆布+橡胶大底")]
OTHER = [
    ("双肩电脑包15.6英寸", "箱包/双肩包", "材质：防泼水牛津布。尺寸：30×15×44cm，重量780g，可放15.6英寸笔记本。", "牛津布"),
    ("真皮长款钱包男", "箱包/钱包", "材质：头层牛皮。尺寸：19×9.5×2cm，12个卡位，重量150g。", "头层牛皮"),
    ("纯棉四件套1.8m床", "家纺/床品套件", "材质：100%棉，40支，200根。规格：被套200×230cm，床单245×250cm，枕套48×74cm×2。", "100%棉"),
    ("珊瑚绒毛毯加厚", "家纺/毛毯", "材质：珊瑚绒（100%聚酯纤维）。尺寸：150×200cm，克重300g/㎡，重量1.5kg。", "珊瑚绒"),
    ("记忆棉枕头护颈", "家纺/枕头", "材质：慢回弹记忆棉，外套40支棉。尺寸：60×35×11cm，重量1.2kg。", "记忆棉"),
    ("真丝眼罩遮光睡眠", "家纺/眼罩", "材质：22姆米桑蚕丝，内填棉。尺寸：20×9cm，松紧带可调。", "桑蚕丝"),
    ("蓝牙耳机降噪入耳式", "数码/蓝牙耳机", "蓝牙5.3，主动降噪-35dB，续航单次8小时（带仓32小时），Type-C充电，重量单耳4.5g。", "ABS"),
    ("20000毫安充电宝快充", "数码/移动电源", "容量20000mAh，支持22.5W快充，Type-C双向，尺寸14.5×7×2.6cm，重量380g。", "阻燃PC"),
    ("机械键盘87键青轴", "数码/键盘", "87键，青轴，热插拔，USB-C有线，尺寸36×13×4cm，重量850g，PBT键帽。", "铝合金+PBT"),
    ("智能手表运动心率", "数码/智能手表", "1.43英寸AMOLED屏，续航10天，5ATM防水，支持心率血氧，表带20mm硅胶。", "铝合金"),
    ("每日坚果750g礼盒", "食品/坚果", "净含量750g（25g×30袋）。配料：核桃仁、巴旦木、腰果、蔓越莓干、蓝莓干。保质期180天，常温保存。", ""),
    ("云南小粒咖啡豆500g", "食品/咖啡", "净含量500g，中度烘焙，产地云南保山。配料：咖啡豆。保质期12个月，密封避光保存。", ""),
    ("手工红糖姜茶", "食品/冲饮", "净含量300g（15g×20条）。配料：红糖、生姜。保质期18个月，每条用200ml热水冲泡。", ""),
    ("玻尿酸保湿面膜10片", "美妆/面膜", "净含量25ml×10片。主要成分：透明质酸钠、神经酰胺、泛醇。保质期3年，适合干性及混合性肌肤。", ""),
    ("氨基酸洗面奶120g", "美妆/洁面", "净含量120g。主要成分：椰油酰甘氨酸钾、甘油。pH约6.0，保质期3年。", ""),
    ("哑光雾面口红", "美妆/口红", "净含量3.5g。色号：#01豆沙、#02正红、#03枫叶。主要成分：蜂蜡、维生素E。保质期3年。", ""),
    ("不锈钢保温杯500ml", "家居用品/保温杯", "材质：316不锈钢内胆。容量500ml，保温12小时，高23cm，直径7cm，重量320g。", "316不锈钢"),
    ("竹制收纳盒三件套", "家居用品/收纳盒", "材质：楠竹。尺寸：大30×20×10cm，中25×15×8cm，小20×10×6cm。", "楠竹"),
    ("陶瓷马克杯带盖", "家居用品/杯子", "材质：高温陶瓷。容量380ml，高10cm，口径8.5cm，可微波炉加热。", "陶瓷"),
    ("硅胶锅铲套装5件", "家居用品/厨具", "材质：食品级硅胶+榉木柄。长度28-32cm，耐温-40至230℃。", "食品级硅胶"),
    ("纯棉浴巾70×140", "家纺/浴巾", "材质：100%长绒棉，克重500g。尺寸：70×140cm，吸水速干。", "长绒棉"),
    ("防滑地垫门口", "家纺/地垫", "材质：法兰绒面+TPR防滑底。尺寸：50×80cm，厚度1cm，可机洗。", "法兰绒"),
    ("遮光窗帘成品", "家纺/窗帘", "材质：100%聚酯纤维，遮光率85%。尺寸：宽200×高250cm，挂钩式。", "聚酯纤维"),
    ("儿童积木大颗粒", "玩具/积木", "材质：ABS。数量120块，颗粒3.2cm，适合3岁以上。", "ABS"),
]
COLOURS = [["黑色", "白色"], ["藏青", "灰色"], ["卡其色", "黑色"], ["米白", "雾霾蓝"], ["酒红", "黑色"]]

n = 7
for title, cat, material in APPAREL:
    add(f"D{n:02d}", title, cat, clean(material, SIZE_TABLE), rng.choice(COLOURS), ["S", "M", "L", "XL"],
        4, float(rng.choice([89, 109, 129, 159])), material, rng.randint(150, 400),
        {"size": rng.randint(2, 6), "changed": rng.randint(4, 9), "quality": rng.randint(0, 3),
         "delivery": rng.randint(0, 2)})
    n += 1
for title, cat, material in SHOES:
    add(f"D{n:02d}", title, cat, clean(material, "鞋码对照：38码脚长240mm，39码245mm，40码250mm，41码255mm，42码260mm。"),
        ["黑色", "棕色"], ["38", "39", "40", "41", "42"], 4, 199.0, material, rng.randint(120, 300),
        {"size": rng.randint(2, 5), "changed": rng.randint(3, 7), "quality": rng.randint(0, 2)})
    n += 1
for title, cat, desc, material in OTHER:
    add(f"D{n:02d}", title, cat, desc + " 实物拍摄，包装清单见详情图。", [rng.choice(["黑色", "白色", "灰色", "原木色"])], [],
        4, float(rng.choice([39, 59, 89, 129, 199])), material, rng.randint(80, 350),
        {"changed": rng.randint(2, 7), "quality": rng.randint(0, 3), "damaged": rng.randint(0, 2),
         "delivery": rng.randint(0, 2), "nad": rng.randint(0, 1)})
    n += 1

# ---- listings.csv: one row per SKU; product-level fields on the first row only
with open("listings.csv", "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["商品ID", "商品名称", "商品类目", "商品详情", "颜色分类", "尺码", "商家编码", "价格", "主图", "材质"])
    for p in P:
        sizes = p["sizes"] or [""]
        first = True
        p["skus"] = []
        for colour in p["colours"]:
            for size in sizes:
                sku = f"{p['id']}-{len(p['skus']) + 1:02d}"
                p["skus"].append(sku)
                images = "|".join(IMG.format(p["id"], i) for i in range(1, p["images"] + 1)) if first else ""
                w.writerow([p["id"], p["title"] if first else "", p["cat"] if first else "",
                            p["desc"] if first else "", colour, size, sku, f"{p['price']:.2f}", images,
                            p["material"] if first else ""])
                first = False

# ---- reasons and buyer comments (抖店 after-sales reasons)
REASONS = {
    "size": [("尺码不合适", "穿上太小了，勒得慌"), ("尺码拍错/不喜欢/效果不好", "偏大一码，肩膀太宽"),
             ("大小尺寸与商品描述不符", "均码根本穿不上，腰围太小"), ("尺码不合适", "平时穿M，这个M像XS"),
             ("尺码不合适", "")],
    "colour": [("颜色/款式/图案与描述不符", "收到的颜色和图片完全不一样"), ("颜色/款式/图案与描述不符", "选的如图色，发来是灰的"),
               ("颜色与商品描述不符", "随机色发了个我不要的颜色"), ("颜色/款式/图案与描述不符", "色差太大")],
    "nad": [("商品与描述不符", "实物很小，和图片差别大"), ("材质/面料与商品不符", "摸着像塑料，不是帆布"),
            ("商品与描述不符", "详情里什么都没写，收到才知道没有内袋"), ("货不对板", "")],
    "quality": [("质量问题", "线头很多，做工粗糙"), ("做工粗糙/有瑕疵", "有污渍"), ("质量问题", "用了两天就坏了")],
    "damaged": [("商品破损/污渍", "快递盒压扁了，玻璃碎了"), ("商品破损", "收到时底座裂开"), ("快递破损", "外箱破了，东西摔坏")],
    "wrong": [("商家发错货", "发成别的款了"), ("少件/漏发", "少了充电线")],
    "delivery": [("快递一直未送达", "物流5天没更新"), ("未按约定时间发货", "")],
    "changed": [("七天无理由退换货", ""), ("不想要了", "买多了"), ("多拍/拍错/不想要", "拍错了"), ("不喜欢", "")],
}
TYPES = {"size": "退货退款", "colour": "退货退款", "nad": "退货退款", "quality": "退货退款", "damaged": "仅退款",
         "wrong": "仅退款", "delivery": "仅退款", "changed": "退货退款"}

rows = []
orders = []
order_no = 6920000000000000
for p in P:
    for _ in range(p["orders"]):
        order_no += rng.randint(1, 97)
        sku = rng.choice(p["skus"])
        orders.append((str(order_no), p, sku))
by_listing = {}
for order in orders:
    by_listing.setdefault(order[1]["id"], []).append(order)

refund_no = 1200000000
for p in P:
    pool = by_listing.get(p["id"], [])
    for kind, count in p["refunds"].items():
        for _ in range(count):
            refund_no += rng.randint(1, 9)
            order_id, _, sku = rng.choice(pool) if pool else ("", p, p["skus"][0])
            reason, comment = rng.choice(REASONS[kind])
            kind_type = TYPES[kind]
            if kind == "size" and rng.random() < 0.15:
                kind_type = "换货"
            r = rng.random()
            listing_id, title, sku_cell = p["id"], p["title"], sku
            if r < 0.12:
                listing_id = ""            # matched only by SKU
            elif r < 0.18:
                listing_id, sku_cell = "", ""  # matched only by title
            month_day = f"2026-11-{rng.randint(1, 25):02d} {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}"
            rows.append([f"AS{refund_no}", order_id, listing_id, title, sku_cell, kind_type, reason, comment,
                         f"{p['price']:.2f}", month_day, rng.choice(["退款成功", "退款成功", "待商家处理"])])
# refunds of a product since deleted from the shop: match nothing
for i in range(6):
    refund_no += 3
    rows.append([f"AS{refund_no}", str(6920000000900000 + i), "D99", "已下架 冰丝防晒袖套", "D99-01", "退货退款",
                 "不想要了", "", "19.90", "2026-11-03 10:00", "退款成功"])
rng.shuffle(rows)
with open("after-sales.csv", "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["售后单号", "订单号", "商品ID", "商品名称", "SKU", "售后类型", "售后原因", "问题描述", "退款金额", "申请时间",
                "售后状态"])
    w.writerows(rows)

with open("orders.csv", "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["订单号", "商品ID", "商品名称", "商家编码", "商品数量", "订单金额", "下单时间"])
    for order_id, p, sku in orders:
        w.writerow([order_id, p["id"], p["title"], sku, 1, f"{p['price']:.2f}",
                    f"2026-10-{rng.randint(1, 31):02d} {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}"])
print(len(P), "listings,", len(rows), "after-sales rows,", len(orders), "order lines")
